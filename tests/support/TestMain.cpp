#define CATCH_CONFIG_RUNNER
#include <QtGlobal>

#include <catch2/catch.hpp>

#ifdef KONTOR_TEST_GUI
#include "settings/Translations.h"

#include <QApplication>
#else
#include <QCoreApplication>
#endif

int main(int argc, char **argv)
{
#ifdef KONTOR_TEST_GUI
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    // GUI tests see what an English user sees - the English catalogue's plural forms and US number and date
    // formats - whatever the machine's locale and whichever test ran before; a test that switches to German
    // (LanguageScope) switches back to this.
    Kontor::Translations::install(QStringLiteral("en"));
#else
    QCoreApplication app(argc, argv);
#endif
    // Tests never read or write the user's settings.
    QCoreApplication::setOrganizationName(QStringLiteral("KontorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("KontorTests"));
    return Catch::Session().run(argc, argv);
}
