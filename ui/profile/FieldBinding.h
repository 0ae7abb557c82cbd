#pragma once

#include "contacts/Contact.h"

#include <QString>

#include <functional>

class QWidget;

namespace Kontor {

// How one value of a contact is shown, put into its editor and read back. Made by ProfileFieldFactory,
// driven by DetailsPanel through an InlineField.
struct FieldBinding
{
    QString key; // ContactFields key or "custom.<uuid>": matched against Error::location.field
    QString name; // camelCase object name stem
    QString label; // translated
    QWidget *editor = nullptr;
    bool multiLine = false;
    std::function<QString(const Contact &)> display;
    std::function<void(const Contact &)> fill;
    // Writes the editor's value into the contact; returns a translated problem when it cannot be read.
    std::function<QString(Contact &)> apply;
};

} // namespace Kontor
