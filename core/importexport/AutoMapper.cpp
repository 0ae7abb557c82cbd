#include "HeaderSynonyms.h"
#include "ImportMapping.h"

#include <QSet>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

// Targets that take several columns: each e-mail or phone column is a value, street columns of one address
// are joined ("Business Street 2", "Hausnummer"), descriptions, notes and tags add up.
bool takesSeveralColumns(const QString &target)
{
    static const QSet<QString> several = {
        u"email"_s, u"phone"_s, u"street"_s, u"tags"_s, u"followers"_s, u"description"_s, u"note"_s, u"custom.new"_s};
    return several.contains(target);
}

bool isAddressPart(const QString &target)
{
    static const QSet<QString> parts
        = {u"street"_s, u"postal_code"_s, u"city"_s, u"region"_s, u"country"_s, u"address"_s};
    return parts.contains(target);
}

bool hasTarget(const QList<ColumnMapping> &columns, std::initializer_list<const char16_t *> targets)
{
    for (const ColumnMapping &c : columns) {
        for (const char16_t *t : targets) {
            if (c.target == QString::fromUtf16(t)) {
                return true;
            }
        }
    }
    return false;
}

bool validFor(const QString &target, ContactKind kind)
{
    if (target.startsWith(u"custom."_s)) {
        return true;
    }
    for (const ImportTargets::Target &t : ImportTargets::all(kind)) {
        if (t.key == target) {
            return true;
        }
    }
    return false;
}

} // namespace

ImportMapping AutoMapper::guess(
    const QStringList &headers, ContactKind kind, const QList<CustomFieldName> &customFields)
{
    QList<ColumnMapping> columns;
    columns.reserve(headers.size());
    for (const QString &header : headers) {
        // The user's own fields first: they are named on purpose, and Kontor's export writes them by name.
        const QString key = HeaderSynonyms::fold(header);
        ColumnMapping mapping;
        for (const CustomFieldName &field : customFields) {
            if (!key.isEmpty() && HeaderSynonyms::fold(field.name) == key) {
                mapping = {u"custom.%1"_s.arg(field.id), {}, 0};
                break;
            }
        }
        if (mapping.isIgnored()) {
            mapping = HeaderSynonyms::lookup(header, kind);
        }
        columns << mapping;
    }

    // Settle what one header alone cannot say.
    const bool nameParts = hasTarget(columns, {u"first_name", u"last_name"});
    const bool jobTitle = hasTarget(columns, {u"job_title"});
    bool accountName = false;
    for (const QString &header : headers) {
        accountName = accountName || HeaderSynonyms::fold(header) == HeaderSynonyms::fold(u"Account Name"_s);
    }
    for (ColumnMapping &c : columns) {
        if (c.target == QString::fromUtf16(HeaderSynonyms::AmbiguousName)) {
            c.target = kind == ContactKind::Company ? u"name"_s : nameParts ? u"name"_s : u"full_name"_s;
        } else if (c.target == QString::fromUtf16(HeaderSynonyms::AmbiguousTitle)) {
            c.target = !jobTitle && accountName ? u"job_title"_s : u"title"_s;
        }
    }

    // A company file names the company in its "Company" column unless it has a name column of its own; a full
    // name there is the contact person's, the company's name only when nothing else names it.
    const bool rowKinds = hasTarget(columns, {u"kind"});
    if (kind == ContactKind::Company) {
        bool named = hasTarget(columns, {u"name"});
        for (const QString &fallback : {u"company"_s, u"full_name"_s}) {
            for (ColumnMapping &c : columns) {
                if (!named && c.target == fallback) {
                    c.target = u"name"_s;
                    named = true;
                }
            }
        }
        // Person fields matter only when a column says which rows are persons.
        for (ColumnMapping &c : columns) {
            if (!c.isIgnored() && !rowKinds && !validFor(c.target, kind)) {
                c = {};
            }
        }
    }

    // One column per single-valued target (the first wins), and a plain address part ("Ort") only when no
    // labelled column holds the same part ("Ort geschäftlich" in German Outlook, where "Ort" is the location).
    QSet<QString> taken;
    QSet<QString> labelledParts;
    for (const ColumnMapping &c : std::as_const(columns)) {
        if (isAddressPart(c.target) && !c.label.isEmpty()) {
            labelledParts.insert(c.target);
        }
    }
    for (ColumnMapping &c : columns) {
        if (c.isIgnored()) {
            continue;
        }
        if (isAddressPart(c.target) && c.group == 0 && c.label.isEmpty() && labelledParts.contains(c.target)) {
            c = {};
            continue;
        }
        if (takesSeveralColumns(c.target)) {
            continue;
        }
        const QString slot = u"%1|%2|%3"_s.arg(c.target, c.label).arg(c.group);
        if (taken.contains(slot)) {
            c = {};
            continue;
        }
        taken.insert(slot);
    }
    return ImportMapping{columns};
}

} // namespace Kontor
