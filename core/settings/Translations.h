#pragma once

#include <QString>

class QCoreApplication;

namespace Kontor {

// Installs Kontor's and Qt's translators for "de" or "en" on the application, replacing earlier ones.
// The .qm files are compiled in as resources (:/i18n/kontor_de.qm). Returns false if none could be loaded.
namespace Translations {
bool install(const QString &language);
} // namespace Translations

} // namespace Kontor
