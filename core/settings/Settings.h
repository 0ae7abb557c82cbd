#pragma once

#include <QString>
#include <QStringList>
#include <QTime>

class QSettings;

namespace Kontor {

// Typed application settings with their defaults in one place (KeePassXC's Config). Stored with QSettings
// under organisation "Kontor"; tests point it at a temporary file with Settings(path).
class Settings
{
public:
    Settings(); // the user's settings
    explicit Settings(const QString &iniFile);
    ~Settings();

    // "" follows the system locale; otherwise "de" or "en".
    QString language() const;
    void setLanguage(const QString &language);
    // ISO region for phone numbers written without country code; default from the system locale.
    QString defaultPhoneRegion() const;
    void setDefaultPhoneRegion(const QString &region);
    // The database the desktop app opens; default <AppDataLocation>/kontor.sqlite.
    QString databasePath() const;
    void setDatabasePath(const QString &path);

    // The fields the contacts' quick search looks in (FilterFields keys among name, company, email, phone,
    // street, city, tags); default all of them.
    QStringList quickSearchFields() const;
    void setQuickSearchFields(const QStringList &fields);
    static QStringList allQuickSearchFields();

    // Birthday reminders: days before (0-60, default 3) and the local time of day (default 05:30).
    int birthdayReminderDays() const;
    void setBirthdayReminderDays(int days);
    QTime birthdayReminderTime() const;
    void setBirthdayReminderTime(const QTime &time);
    // Closing the main window keeps Kontor in the system tray, where reminders keep coming (default on).
    bool closeToTray() const;
    void setCloseToTray(bool on);
    // The biggest file that can be attached as a document, in MiB (1-2048, default 25).
    int documentMaxSizeMb() const;
    void setDocumentMaxSizeMb(int mb);
    qint64 documentMaxSizeBytes() const { return qint64(documentMaxSizeMb()) * 1024 * 1024; }

    static QString defaultDatabasePath();
    // The language to use now: the setting, or "de"/"en" from the system locale.
    QString effectiveLanguage() const;

    void sync();

private:
    QSettings *m_settings;
};

} // namespace Kontor
