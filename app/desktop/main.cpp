#include "StorageThread.h"
#include "main/MainWindow.h"
#include "settings/Settings.h"
#include "settings/Translations.h"
#include "users/UserService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {
struct MainText
{
    Q_DECLARE_TR_FUNCTIONS(Kontor::Main)
};

void showFatal(const QString &text, const QString &detail)
{
    QMessageBox box(QMessageBox::Critical, MainText::tr("Kontor"), text, QMessageBox::Close);
    box.setInformativeText(detail);
    box.exec();
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Kontor"_s);
    QApplication::setApplicationName(u"Kontor"_s);
    QApplication::setApplicationVersion(QStringLiteral(KONTOR_VERSION));
    // Kontor may live on in the system tray with its window closed (Settings::closeToTray); the main window's
    // ReminderTray quits when the window closes without a tray, and File > Quit always does.
    QApplication::setQuitOnLastWindowClosed(false);

    Kontor::Settings settings;
    Kontor::Translations::install(settings.effectiveLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(MainText::tr("Kontor, a contact manager"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s, MainText::tr("Open the database FILE."), MainText::tr("FILE"));
    parser.addOption(dbOption);
    parser.process(app);

    const QString path
        = QFileInfo(parser.isSet(dbOption) ? parser.value(dbOption) : settings.databasePath()).absoluteFilePath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        showFatal(
            MainText::tr("Kontor cannot create the folder for the database %1.").arg(QDir::toNativeSeparators(path)),
            {});
        return 1;
    }

    Kontor::StorageThread storage;
    std::unique_ptr<Kontor::MainWindow> window;
    storage.open(path, {}, &app, [&](const Kontor::Result<void> &opened) {
        if (!opened) {
            showFatal(MainText::tr("Kontor cannot open the database %1.").arg(QDir::toNativeSeparators(path)),
                opened.error().toString());
            QApplication::exit(1);
            return;
        }
        storage.run<Kontor::Result<Kontor::User>>(
            &app,
            [](Kontor::Database &db) { return Kontor::UserService(db).ensureLocalUser(); },
            [&](const Kontor::Result<Kontor::User> &user) {
                if (!user) {
                    showFatal(MainText::tr("Kontor cannot set up the user in the database %1.")
                                  .arg(QDir::toNativeSeparators(path)),
                        user.error().toString());
                    QApplication::exit(1);
                    return;
                }
                const Kontor::Session session{user->id, user->teamId, Kontor::Origin::Ui};
                window = std::make_unique<Kontor::MainWindow>(&storage, session, &settings);
                window->setWindowTitle(MainText::tr("Kontor - %1").arg(QFileInfo(path).fileName()));
                window->show(); // its TrashPurger empties what is older than the trash's retention, now and daily
            });
    });
    const int code = QApplication::exec();
    window.reset(); // before the storage thread: its models still hold the thread
    return code;
}
