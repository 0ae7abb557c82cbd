#include "ContactValidator.h"

#include "ContactFields.h"
#include "EmailValidator.h"
#include "PhoneNormalizer.h"
#include "TextFolding.h"

#include <QSet>
#include <QUrl>

#include <optional>
#include <thread>
#include <vector>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
Error fieldError(const QString &key, const QString &message)
{
    return invalidField(key, message, ContactFields::label(key));
}
} // namespace

ContactValidator::ContactValidator(QString defaultRegion)
    : m_region(std::move(defaultRegion))
{}

QString ContactValidator::generatedDisplayName(const Contact &c)
{
    if (c.isCompany()) {
        return c.displayName.trimmed();
    }
    QStringList parts;
    for (const QString &p : {c.title, c.firstName, c.middleName, c.lastName}) {
        if (!p.trimmed().isEmpty()) {
            parts << p.trimmed();
        }
    }
    return parts.join(u' ');
}

QString ContactValidator::sortKey(const Contact &c)
{
    if (c.isCompany() || c.lastName.isEmpty()) {
        return TextFolding::sortKey(c.displayName);
    }
    return TextFolding::sortKey(c.lastName + u' ' + c.firstName + u' ' + c.middleName);
}

Result<Contact> ContactValidator::prepare(Contact c) const
{
    for (QString *s : {&c.salutation,
             &c.title,
             &c.firstName,
             &c.middleName,
             &c.lastName,
             &c.displayName,
             &c.jobTitle,
             &c.department,
             &c.website,
             &c.source,
             &c.contactType}) {
        *s = s->simplified();
    }
    c.description = c.description.trimmed();

    if (c.isCompany()) {
        if (c.displayName.isEmpty()) {
            return fieldError(u"name"_s, tr("A company needs a name."));
        }
        c.displayNameManual = true;
    } else {
        if (c.firstName.isEmpty()) {
            return fieldError(u"first_name"_s, tr("The first name is required."));
        }
        if (!c.displayNameManual || c.displayName.isEmpty()) {
            c.displayName = generatedDisplayName(c);
            c.displayNameManual = false;
        }
    }

    const std::pair<const char16_t *, const QString *> limited[] = {
        {u"salutation", &c.salutation},
        {u"title", &c.title},
        {u"first_name", &c.firstName},
        {u"middle_name", &c.middleName},
        {u"last_name", &c.lastName},
        {u"job_title", &c.jobTitle},
        {u"department", &c.department},
        {u"source", &c.source},
        {u"contact_type", &c.contactType},
    };
    for (const auto &[key, value] : limited) {
        if (value->size() > ContactLimits::NameChars) {
            const QString k = QString::fromUtf16(key);
            return fieldError(
                k, tr("%1 is longer than %2 characters.").arg(ContactFields::label(k)).arg(ContactLimits::NameChars));
        }
    }
    if (c.displayName.size() > ContactLimits::TextChars) {
        return fieldError(c.isCompany() ? u"name"_s : u"display_name"_s,
            tr("The name is longer than %1 characters.").arg(ContactLimits::TextChars));
    }
    if (c.website.size() > ContactLimits::TextChars) {
        return fieldError(u"website"_s, tr("The website is longer than %1 characters.").arg(ContactLimits::TextChars));
    }
    if (!c.website.isEmpty() && !QUrl::fromUserInput(c.website).isValid()) {
        return fieldError(u"website"_s, tr("\"%1\" is not a web address.").arg(c.website));
    }
    if (c.description.size() > ContactLimits::DescriptionChars) {
        return fieldError(
            u"description"_s, tr("The description is longer than %1 characters.").arg(ContactLimits::DescriptionChars));
    }
    if (!c.birthday.isValid()) {
        return fieldError(u"birthday"_s,
            tr("%1 is not a date in the calendar.")
                .arg(c.birthday.hasYear() ? c.birthday.toIsoString()
                                          : u"%1.%2."_s.arg(c.birthday.day).arg(c.birthday.month)));
    }
    if (c.photo.size() > ContactLimits::PhotoBytes) {
        return fieldError(u"photo"_s, tr("The photo is larger than 1 MB; choose a smaller image."));
    }

    if (auto ok = normaliseEmails(c); !ok) {
        return ok.error();
    }
    if (auto ok = normalisePhones(c); !ok) {
        return ok.error();
    }
    if (auto ok = normaliseAddresses(c); !ok) {
        return ok.error();
    }

    QStringList tags;
    QSet<QString> seen;
    for (const QString &t : std::as_const(c.tags)) {
        const QString tag = t.simplified();
        if (tag.isEmpty() || seen.contains(tag.toCaseFolded())) {
            continue;
        }
        if (tag.size() > ContactLimits::TagChars) {
            return fieldError(
                u"tags"_s, tr("The tag \"%1\" is longer than %2 characters.").arg(tag).arg(ContactLimits::TagChars));
        }
        seen.insert(tag.toCaseFolded());
        tags << tag;
    }
    c.tags = tags;

    QMap<QString, QString> social;
    const QStringList networks = SocialNetwork::all();
    for (auto it = c.socialProfiles.cbegin(); it != c.socialProfiles.cend(); ++it) {
        const QString handle = it.value().trimmed();
        if (handle.isEmpty()) {
            continue;
        }
        if (!networks.contains(it.key())) {
            return fieldError(u"social"_s, tr("\"%1\" is not a known social network.").arg(it.key()));
        }
        if (handle.size() > ContactLimits::TextChars) {
            return fieldError(u"social"_s, tr("The profile \"%1\" is too long.").arg(handle.left(40)));
        }
        social.insert(it.key(), handle);
    }
    c.socialProfiles = social;

    QList<qint64> followers;
    for (const qint64 id : std::as_const(c.followerIds)) {
        if (id > 0 && !followers.contains(id)) {
            followers << id;
        }
    }
    c.followerIds = followers;

    if (auto ok = normaliseCustom(c); !ok) {
        return ok.error();
    }
    return c;
}

QList<Result<Contact>> ContactValidator::prepareAll(const QList<Contact> &contacts) const
{
    std::vector<std::optional<Result<Contact>>> out(size_t(contacts.size()));
    auto work = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            out[size_t(i)].emplace(prepare(contacts.at(i)));
        }
    };
    const qsizetype half = contacts.size() / 2;
    if (contacts.size() >= 256 && std::thread::hardware_concurrency() > 1) {
        std::thread helper(work, half, contacts.size());
        work(0, half);
        helper.join();
    } else {
        work(0, contacts.size());
    }
    QList<Result<Contact>> results;
    results.reserve(contacts.size());
    for (auto &r : out) {
        results.append(std::move(*r));
    }
    return results;
}

Result<void> ContactValidator::normaliseEmails(Contact &c) const
{
    QList<EmailAddress> out;
    QSet<QString> seen;
    bool hasPrimary = false;
    for (EmailAddress e : std::as_const(c.emails)) {
        e.value = e.value.trimmed();
        e.label = e.label.trimmed();
        if (e.value.isEmpty()) {
            continue;
        }
        if (const QString problem = EmailValidator::problem(e.value); !problem.isEmpty()) {
            return fieldError(u"emails"_s, tr("E-mail \"%1\": %2").arg(e.value, problem));
        }
        if (seen.contains(e.value.toCaseFolded())) {
            continue;
        }
        seen.insert(e.value.toCaseFolded());
        if (e.label.isEmpty()) {
            e.label = u"work"_s;
        }
        e.primary = e.primary && !hasPrimary;
        hasPrimary = hasPrimary || e.primary;
        out << e;
    }
    if (!out.isEmpty() && !hasPrimary) {
        out.first().primary = true;
    }
    c.emails = out;
    return {};
}

Result<void> ContactValidator::normalisePhones(Contact &c) const
{
    QList<PhoneNumber> out;
    bool hasPrimary = false;
    for (PhoneNumber p : std::as_const(c.phones)) {
        p.raw = p.raw.trimmed();
        p.label = p.label.trimmed();
        if (p.raw.isEmpty()) {
            continue;
        }
        if (p.raw.size() > 40) {
            return fieldError(u"phones"_s, tr("The phone number \"%1\" is too long.").arg(p.raw.left(40)));
        }
        const auto parsed = PhoneNormalizer::normalize(p.raw, m_region);
        if (!parsed.parsed) {
            return fieldError(u"phones"_s, tr("\"%1\" is not a phone number.").arg(p.raw));
        }
        p.e164 = parsed.e164;
        if (p.label.isEmpty()) {
            p.label = u"work"_s;
        }
        p.primary = p.primary && !hasPrimary;
        hasPrimary = hasPrimary || p.primary;
        out << p;
    }
    if (!out.isEmpty() && !hasPrimary) {
        out.first().primary = true;
    }
    c.phones = out;
    return {};
}

Result<void> ContactValidator::normaliseAddresses(Contact &c) const
{
    QList<PostalAddress> out;
    for (PostalAddress a : std::as_const(c.addresses)) {
        for (QString *s : {&a.street, &a.postalCode, &a.city, &a.region, &a.country, &a.label}) {
            *s = s->simplified();
        }
        if (a.isEmpty()) {
            continue;
        }
        a.country = a.country.toUpper();
        if (!a.country.isEmpty()) {
            const bool iso = a.country.size() == 2 && a.country.at(0).isLetter() && a.country.at(1).isLetter()
                && a.country.at(0).unicode() < 128 && a.country.at(1).unicode() < 128;
            if (!iso) {
                return fieldError(u"addresses"_s,
                    tr("The country \"%1\" is not a two-letter ISO code such as DE or AT.").arg(a.country));
            }
        }
        for (const QString *s : {&a.street, &a.postalCode, &a.city, &a.region}) {
            if (s->size() > ContactLimits::TextChars) {
                return fieldError(
                    u"addresses"_s, tr("An address line is longer than %1 characters.").arg(ContactLimits::TextChars));
            }
        }
        if (a.label.isEmpty()) {
            a.label = u"work"_s;
        }
        out << a;
    }
    c.addresses = out;
    return {};
}

Result<void> ContactValidator::normaliseCustom(Contact &c) const
{
    QMap<qint64, QString> out;
    for (auto it = c.customValues.cbegin(); it != c.customValues.cend(); ++it) {
        if (!m_checkCustom) {
            out.insert(it.key(), it.value());
            continue;
        }
        const CustomField *field = nullptr;
        for (const auto &f : m_fields) {
            if (f.id == it.key()) {
                field = &f;
                break;
            }
        }
        const QString key = u"custom.%1"_s.arg(it.key());
        if (!field) {
            return invalidField(key, tr("The custom field no longer exists."), tr("Custom field"));
        }
        if (it.value().trimmed().isEmpty()) {
            continue;
        }
        QString problem;
        const QString value = CustomFieldValues::normalize(*field, it.value(), &problem);
        if (!problem.isEmpty()) {
            return invalidField(key, problem, field->name);
        }
        if (!value.isEmpty()) {
            out.insert(it.key(), value);
        }
    }
    c.customValues = out;
    return {};
}

} // namespace Kontor
