#include "ImportMerge.h"

#include "CompanyNames.h"

#include <algorithm>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
void replaceIfSet(QString &target, const QString &value)
{
    if (!value.trimmed().isEmpty()) {
        target = value;
    }
}

bool sameAddress(const PostalAddress &a, const PostalAddress &b)
{
    const auto same = [](const QString &x, const QString &y) {
        return x.simplified().compare(y.simplified(), Qt::CaseInsensitive) == 0;
    };
    return same(a.street, b.street) && same(a.postalCode, b.postalCode) && same(a.city, b.city)
        && same(a.region, b.region) && same(a.country, b.country);
}
} // namespace

QList<ImportMerge::DuplicateKey> ImportMerge::duplicateKeys(const Contact &c)
{
    const QString kind = QString::number(int(c.kind));
    QList<DuplicateKey> keys;
    for (const EmailAddress &e : c.emails) {
        const QString folded = e.value.trimmed().toCaseFolded();
        if (!folded.isEmpty()) {
            keys.append({kind + u"e:"_s + folded, MatchBy::Email, folded});
        }
    }
    for (const PhoneNumber &p : c.phones) {
        if (!p.e164.isEmpty()) {
            keys.append({kind + u"p:"_s + p.e164, MatchBy::Phone, p.e164});
        }
    }
    if (c.isCompany()) {
        const QString name = CompanyNames::matchKey(c.displayName);
        if (!name.isEmpty()) {
            keys.append({kind + u"n:"_s + name, MatchBy::CompanyName, name});
        }
    }
    return keys;
}

void ImportMerge::mergeInto(Contact &t, const Contact &row, bool replaceOwner)
{
    for (auto [target, value] : {std::pair{&t.salutation, &row.salutation},
             std::pair{&t.title, &row.title},
             std::pair{&t.firstName, &row.firstName},
             std::pair{&t.middleName, &row.middleName},
             std::pair{&t.lastName, &row.lastName},
             std::pair{&t.jobTitle, &row.jobTitle},
             std::pair{&t.department, &row.department},
             std::pair{&t.website, &row.website},
             std::pair{&t.source, &row.source},
             std::pair{&t.contactType, &row.contactType},
             std::pair{&t.description, &row.description}}) {
        replaceIfSet(*target, *value);
    }
    // A generated display name follows the name parts; only a name the row sets itself replaces it.
    if (row.displayNameManual && !row.displayName.trimmed().isEmpty()) {
        t.displayName = row.displayName;
        t.displayNameManual = true;
    }
    if (row.companyId) {
        t.companyId = row.companyId;
    }
    if (!row.birthday.isNull()) {
        t.birthday = row.birthday;
    }
    t.lead = t.lead || row.lead;
    if (row.dnd) {
        t.dnd = row.dnd;
    }
    if (!row.photo.isEmpty()) {
        t.photo = row.photo;
    }
    if (replaceOwner && row.ownerId) {
        t.ownerId = row.ownerId;
    }
    for (const qint64 id : row.followerIds) {
        if (!t.followerIds.contains(id)) {
            t.followerIds << id;
        }
    }
    for (auto it = row.socialProfiles.cbegin(); it != row.socialProfiles.cend(); ++it) {
        if (!it.value().trimmed().isEmpty()) {
            t.socialProfiles.insert(it.key(), it.value());
        }
    }
    for (auto it = row.customValues.cbegin(); it != row.customValues.cend(); ++it) {
        if (!it.value().trimmed().isEmpty()) {
            t.customValues.insert(it.key(), it.value());
        }
    }
    for (EmailAddress e : row.emails) {
        const QString folded = e.value.trimmed().toCaseFolded();
        const bool known = std::any_of(t.emails.cbegin(), t.emails.cend(), [&](const EmailAddress &x) {
            return x.value.trimmed().toCaseFolded() == folded;
        });
        if (!known && !folded.isEmpty()) {
            e.primary = false;
            t.emails << e;
        }
    }
    for (PhoneNumber p : row.phones) {
        const bool known = std::any_of(t.phones.cbegin(), t.phones.cend(), [&](const PhoneNumber &x) {
            return (!p.e164.isEmpty() && x.e164 == p.e164) || x.raw.trimmed() == p.raw.trimmed();
        });
        if (!known && !p.raw.trimmed().isEmpty()) {
            p.primary = false;
            t.phones << p;
        }
    }
    for (const PostalAddress &a : row.addresses) {
        const bool known = std::any_of(
            t.addresses.cbegin(), t.addresses.cend(), [&](const PostalAddress &x) { return sameAddress(x, a); });
        if (!known && !a.isEmpty()) {
            t.addresses << a;
        }
    }
    for (const QString &tag : row.tags) {
        const bool known = std::any_of(
            t.tags.cbegin(), t.tags.cend(), [&](const QString &x) { return x.compare(tag, Qt::CaseInsensitive) == 0; });
        if (!known && !tag.trimmed().isEmpty()) {
            t.tags << tag;
        }
    }
}

} // namespace Kontor
