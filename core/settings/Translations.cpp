#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

bool Translations::install(const QString &language)
{
    static QTranslator *s_kontor = nullptr;
    static QTranslator *s_qt = nullptr;
    auto *app = QCoreApplication::instance();
    if (!app) {
        return false;
    }
    for (QTranslator **t : {&s_kontor, &s_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const QString lang = language == u"de"_s ? u"de"_s : u"en"_s;
    QLocale::setDefault(QLocale(lang == u"de"_s ? QLocale::German : QLocale::English,
        lang == u"de"_s ? QLocale::Germany : QLocale::UnitedStates));
    s_kontor = new QTranslator(app);
    const bool loaded = s_kontor->load(u":/i18n/kontor_%1.qm"_s.arg(lang));
    if (loaded) {
        QCoreApplication::installTranslator(s_kontor);
    }
    // Qt's own texts (standard buttons, dialogs) where the system has them.
    s_qt = new QTranslator(app);
    if (s_qt->load(u"qtbase_%1"_s.arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(s_qt);
    }
    return loaded;
}

} // namespace Kontor
