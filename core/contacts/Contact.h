#pragma once

#include <QByteArray>
#include <QFlags>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Kontor {

enum class ContactKind
{
    Person = 0,
    Company = 1,
};

// Do-not-disturb, per channel; `All` silences every channel.
enum class DndChannel
{
    None = 0,
    All = 1,
    Email = 2,
    Sms = 4,
    Calls = 8,
    WhatsApp = 16,
};
Q_DECLARE_FLAGS(DndChannels, DndChannel)
Q_DECLARE_OPERATORS_FOR_FLAGS(DndChannels)

// Labels are stored as these keys ("work", "home", "mobile", "other") or as the user's own text.
struct EmailAddress
{
    QString value;
    QString label;
    bool primary = false;

    bool operator==(const EmailAddress &) const = default;
};

struct PhoneNumber
{
    QString raw; // as the user typed it
    QString e164; // normalised with the default region; empty when it could not be parsed
    QString label;
    bool primary = false;

    bool operator==(const PhoneNumber &) const = default;
};

struct PostalAddress
{
    QString street;
    QString postalCode;
    QString city;
    QString region;
    QString country; // ISO 3166-1 alpha-2, upper case
    QString label;

    bool operator==(const PostalAddress &) const = default;
    bool isEmpty() const;
};

// A birthday whose year may be unknown ("--MM-DD", as vCard 4.0 writes it).
struct Birthday
{
    int year = 0; // 0: unknown
    int month = 0; // 0: no birthday
    int day = 0;

    bool operator==(const Birthday &) const = default;
    bool isNull() const { return month == 0; }
    bool hasYear() const { return year != 0; }
    // A real calendar date: 29 February only in leap years (or without a year).
    bool isValid() const;
    // "YYYY-MM-DD", "--MM-DD" or "" for none.
    QString toIsoString() const;
    // Accepts "YYYY-MM-DD", "--MM-DD" and "" (none); false for anything else. Does not check the calendar.
    static bool parseIso(const QString &text, Birthday *out);
};

// Social networks Kontor knows; keys of Contact::socialProfiles.
namespace SocialNetwork {
inline constexpr char16_t LinkedIn[] = u"linkedin";
inline constexpr char16_t Skype[] = u"skype";
inline constexpr char16_t Telegram[] = u"telegram";
inline constexpr char16_t X[] = u"x";
inline constexpr char16_t Facebook[] = u"facebook";
inline constexpr char16_t Instagram[] = u"instagram";
inline constexpr char16_t WhatsApp[] = u"whatsapp";
QStringList all();
} // namespace SocialNetwork

// A person or a company with everything Kontor stores about it. A value type: services load, change and save it.
// For a company, `displayName` is the company name and the person fields stay empty.
struct Contact
{
    qint64 id = 0; // SQLite rowid on this device; 0 before the first save
    QString uuid; // global id, stable across devices
    ContactKind kind = ContactKind::Person;

    QString salutation;
    QString title;
    QString firstName;
    QString middleName;
    QString lastName;
    QString displayName;
    bool displayNameManual = false; // false: generated from the name parts on every save

    QString jobTitle;
    QString department;
    qint64 companyId = 0; // the company contact a person works for
    QString companyName; // read-only: the name of `companyId`, filled when loading

    QList<EmailAddress> emails;
    QList<PhoneNumber> phones;
    QList<PostalAddress> addresses;
    Birthday birthday;
    QString website;
    QMap<QString, QString> socialProfiles; // SocialNetwork key -> handle or URL
    QString source;
    QString contactType;
    bool lead = false;
    qint64 ownerId = 0;
    QList<qint64> followerIds;
    QStringList tags;
    DndChannels dnd;
    QString description;
    QByteArray photo; // JPEG or PNG, at most ContactLimits::PhotoBytes
    QMap<qint64, QString> customValues; // custom field id -> value in the field type's canonical text form

    qint64 teamId = 0;
    qint64 createdAt = 0; // UTC ms
    qint64 createdBy = 0;
    qint64 updatedAt = 0;
    qint64 updatedBy = 0;
    qint64 lastActivityAt = 0; // read-only: the last save or note (UTC ms), filled when loading
    qint64 deletedAt = 0; // 0: not in the trash
    qint64 deletedBy = 0;

    bool isCompany() const { return kind == ContactKind::Company; }
    QString primaryEmail() const;
    QString primaryPhone() const; // E.164 where known, otherwise the raw input
};

namespace ContactLimits {
inline constexpr int NameChars = 100;
inline constexpr int TextChars = 255;
inline constexpr int DescriptionChars = 20000;
inline constexpr int EmailChars = 254;
inline constexpr int TagChars = 64;
inline constexpr int PhotoBytes = 1024 * 1024;
} // namespace ContactLimits

} // namespace Kontor
