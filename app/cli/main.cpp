#include "CliApplication.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same organisation and application as the desktop app, so both read one settings file.
    QCoreApplication::setOrganizationName(u"Kontor"_s);
    QCoreApplication::setApplicationName(u"Kontor"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KONTOR_VERSION));
    return Kontor::CliApplication().run(QCoreApplication::arguments().mid(1));
}
