#include "Settings.h"

#include "PhoneNormalizer.h"

#include <QDir>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace Key {
const QString Language = u"ui/language"_s;
const QString PhoneRegion = u"contacts/defaultPhoneRegion"_s;
const QString DatabasePath = u"storage/databasePath"_s;
const QString QuickSearchFields = u"contacts/quickSearchFields"_s;
const QString BirthdayDays = u"reminders/birthdayDaysBefore"_s;
const QString BirthdayTime = u"reminders/birthdayTime"_s;
const QString CloseToTray = u"ui/closeToTray"_s;
const QString DocumentMaxSize = u"documents/maxSizeMb"_s;
} // namespace Key

Settings::Settings()
    : m_settings(new QSettings(u"Kontor"_s, u"Kontor"_s))
{}

Settings::Settings(const QString &iniFile)
    : m_settings(new QSettings(iniFile, QSettings::IniFormat))
{}

Settings::~Settings()
{
    delete m_settings;
}

QString Settings::language() const
{
    const QString lang = m_settings->value(Key::Language).toString();
    return (lang == u"de"_s || lang == u"en"_s) ? lang : QString();
}

void Settings::setLanguage(const QString &language)
{
    m_settings->setValue(Key::Language, language);
}

QString Settings::effectiveLanguage() const
{
    const QString lang = language();
    if (!lang.isEmpty()) {
        return lang;
    }
    return QLocale::system().language() == QLocale::German ? u"de"_s : u"en"_s;
}

QString Settings::defaultPhoneRegion() const
{
    const QString region = m_settings->value(Key::PhoneRegion).toString().toUpper();
    return PhoneNormalizer::isKnownRegion(region) ? region : PhoneNormalizer::regionFromSystemLocale();
}

void Settings::setDefaultPhoneRegion(const QString &region)
{
    m_settings->setValue(Key::PhoneRegion, region.toUpper());
}

int Settings::birthdayReminderDays() const
{
    bool ok = false;
    const int days = m_settings->value(Key::BirthdayDays, 3).toInt(&ok);
    return ok && days >= 0 && days <= 60 ? days : 3;
}

void Settings::setBirthdayReminderDays(int days)
{
    m_settings->setValue(Key::BirthdayDays, days);
}

QTime Settings::birthdayReminderTime() const
{
    const QTime time = QTime::fromString(m_settings->value(Key::BirthdayTime).toString(), u"HH:mm"_s);
    return time.isValid() ? time : QTime(5, 30);
}

void Settings::setBirthdayReminderTime(const QTime &time)
{
    m_settings->setValue(Key::BirthdayTime, time.toString(u"HH:mm"_s));
}

bool Settings::closeToTray() const
{
    return m_settings->value(Key::CloseToTray, true).toBool();
}

void Settings::setCloseToTray(bool on)
{
    m_settings->setValue(Key::CloseToTray, on);
}

int Settings::documentMaxSizeMb() const
{
    bool ok = false;
    const int mb = m_settings->value(Key::DocumentMaxSize, 25).toInt(&ok);
    return ok && mb >= 1 && mb <= 2048 ? mb : 25;
}

void Settings::setDocumentMaxSizeMb(int mb)
{
    m_settings->setValue(Key::DocumentMaxSize, mb);
}

QString Settings::databasePath() const
{
    const QString path = m_settings->value(Key::DatabasePath).toString();
    return path.isEmpty() ? defaultDatabasePath() : path;
}

void Settings::setDatabasePath(const QString &path)
{
    m_settings->setValue(Key::DatabasePath, path);
}

QStringList Settings::quickSearchFields() const
{
    const QStringList all = allQuickSearchFields();
    if (!m_settings->contains(Key::QuickSearchFields)) {
        return all;
    }
    QStringList fields;
    for (const QString &field : m_settings->value(Key::QuickSearchFields).toStringList()) {
        if (all.contains(field) && !fields.contains(field)) {
            fields.append(field);
        }
    }
    // Searching nowhere would find nothing: an emptied or foreign list falls back to all fields.
    return fields.isEmpty() ? all : fields;
}

void Settings::setQuickSearchFields(const QStringList &fields)
{
    m_settings->setValue(Key::QuickSearchFields, fields);
}

QStringList Settings::allQuickSearchFields()
{
    return {u"name"_s, u"company"_s, u"email"_s, u"phone"_s, u"street"_s, u"city"_s, u"tags"_s};
}

QString Settings::defaultDatabasePath()
{
    // GenericDataLocation + "Kontor", not AppDataLocation: the latter depends on the executable's organisation
    // and application names, and the desktop app and kontor-cli must open the same file.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty()) {
        dir = QDir::homePath();
    }
    return dir + u"/Kontor/kontor.sqlite"_s;
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace Kontor
