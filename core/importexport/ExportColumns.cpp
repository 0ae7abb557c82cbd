#include "ExportColumns.h"

#include "ContactJson.h"
#include "ImportMapping.h"

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kCustomPrefix = u"custom."_s;
const QString kSocialPrefix = u"social."_s;
const QString kTagSeparator = u"; "_s;

// Form order (the contact form's sections), as the import mapping names the targets.
QStringList builtInKeys()
{
    QStringList keys{u"kind"_s,
        u"salutation"_s,
        u"title"_s,
        u"first_name"_s,
        u"middle_name"_s,
        u"last_name"_s,
        u"name"_s,
        u"company"_s,
        u"job_title"_s,
        u"department"_s,
        u"email"_s,
        u"phone"_s,
        u"address"_s,
        u"birthday"_s,
        u"website"_s};
    for (const QString &network : SocialNetwork::all()) {
        keys << kSocialPrefix + network;
    }
    keys << u"source"_s << u"contact_type"_s << u"lead"_s << u"owner"_s << u"followers"_s << u"tags"_s << u"dnd"_s
         << u"description"_s;
    return keys;
}

// The parts of one address, in the order their columns appear, followed by the address's label.
const QStringList &addressParts()
{
    static const QStringList s_parts{
        u"street"_s, u"postal_code"_s, u"city"_s, u"region"_s, u"country"_s, u"address_label"_s};
    return s_parts;
}

QString addressPart(const PostalAddress &a, const QString &part)
{
    if (part == u"street") {
        return a.street;
    }
    if (part == u"postal_code") {
        return a.postalCode;
    }
    if (part == u"city") {
        return a.city;
    }
    if (part == u"region") {
        return a.region;
    }
    if (part == u"country") {
        return a.country;
    }
    return a.label;
}

// Keys the importer reads (RowConverter accepts them, as well as "all").
QString dndText(DndChannels dnd)
{
    const std::pair<DndChannel, QString> names[] = {
        {DndChannel::All, u"all"_s},
        {DndChannel::Email, u"email"_s},
        {DndChannel::Sms, u"sms"_s},
        {DndChannel::Calls, u"calls"_s},
        {DndChannel::WhatsApp, u"whatsapp"_s},
    };
    QStringList out;
    for (const auto &[flag, name] : names) {
        if (dnd.testFlag(flag)) {
            out << name;
        }
    }
    return out.join(kTagSeparator);
}

const CustomField *fieldById(const QList<CustomField> &fields, qint64 id)
{
    for (const CustomField &f : fields) {
        if (f.id == id) {
            return &f;
        }
    }
    return nullptr;
}

} // namespace

QList<ExportColumn> ExportColumns::available(const QList<CustomField> &fields)
{
    QList<ExportColumn> out;
    for (const QString &key : builtInKeys()) {
        out << ExportColumn{key, ImportTargets::label(key)};
    }
    for (const CustomField &f : fields) {
        out << ExportColumn{kCustomPrefix + QString::number(f.id), f.name};
    }
    return out;
}

bool ExportColumns::needsSlots(const QStringList &keys)
{
    return keys.isEmpty() || keys.contains(u"email"_s) || keys.contains(u"phone"_s) || keys.contains(u"address"_s);
}

Result<ExportColumns> ExportColumns::create(QStringList keys,
    const QList<CustomField> &fields,
    const QHash<qint64, QString> &userNames,
    const ExportSlots &counts)
{
    const QStringList builtIn = builtInKeys();
    if (keys.isEmpty()) {
        for (const ExportColumn &c : available(fields)) {
            keys << c.key;
        }
    }
    ExportColumns out;
    out.m_userNames = userNames;
    // A chosen multi-valued key gets at least one group of columns, so that the header shows what was chosen
    // even when no exported contact has such a value.
    auto groupsOf = [](int count) { return std::max(1, count); };
    for (const QString &key : keys) {
        if (key.startsWith(kCustomPrefix)) {
            bool ok = false;
            const qint64 id = key.mid(kCustomPrefix.size()).toLongLong(&ok);
            const CustomField *field = ok ? fieldById(fields, id) : nullptr;
            if (!field) {
                return invalidField(key, tr("There is no custom field \"%1\" to export.").arg(key));
            }
            out.m_columns << Column{key, 0, id};
            out.m_headers << ImportTargets::exportHeader(ColumnMapping{key, {}, 0}, field->name);
        } else if (key == u"email" || key == u"phone") {
            const int groups = groupsOf(key == u"email" ? counts.emails : counts.phones);
            for (int g = 1; g <= groups; ++g) {
                for (const QString &k : {key, key + u"_label"_s}) {
                    out.m_columns << Column{k, g, 0};
                    out.m_headers << ImportTargets::exportHeader(ColumnMapping{k, {}, g});
                }
            }
        } else if (key == u"address") {
            for (int g = 1; g <= groupsOf(counts.addresses); ++g) {
                for (const QString &part : addressParts()) {
                    out.m_columns << Column{part, g, 0};
                    out.m_headers << ImportTargets::exportHeader(ColumnMapping{part, {}, g});
                }
            }
        } else if (builtIn.contains(key)) {
            out.m_columns << Column{key, 0, 0};
            out.m_headers << ImportTargets::exportHeader(ColumnMapping{key, {}, 0});
        } else {
            return invalidField(key, tr("There is no column \"%1\" to export.").arg(key));
        }
    }
    return out;
}

QStringList ExportColumns::cells(const Contact &contact) const
{
    QStringList out;
    out.reserve(m_columns.size());
    for (const Column &column : m_columns) {
        out << cell(column, contact);
    }
    return out;
}

QString ExportColumns::cell(const Column &column, const Contact &c) const
{
    const QString &key = column.key;
    if (column.fieldId) {
        // Multi-select values are stored one option per line; "; " reads better in a spreadsheet and the
        // importer splits on both.
        return c.customValues.value(column.fieldId).replace(u'\n', kTagSeparator);
    }
    if (column.group > 0) {
        const int i = column.group - 1;
        if (key == u"email" || key == u"email_label") {
            if (i >= c.emails.size()) {
                return {};
            }
            return key == u"email" ? c.emails[i].value : c.emails[i].label;
        }
        if (key == u"phone" || key == u"phone_label") {
            if (i >= c.phones.size()) {
                return {};
            }
            const PhoneNumber &p = c.phones[i];
            // What the user typed: re-importing it with the same region gives the same E.164 number.
            return key == u"phone_label" ? p.label : (p.raw.isEmpty() ? p.e164 : p.raw);
        }
        return i < c.addresses.size() ? addressPart(c.addresses[i], key) : QString();
    }
    if (key.startsWith(kSocialPrefix)) {
        return c.socialProfiles.value(key.mid(kSocialPrefix.size()));
    }
    if (key == u"kind") {
        return ContactJson::kindKey(c.kind);
    }
    if (key == u"salutation") {
        return c.salutation;
    }
    if (key == u"title") {
        return c.title;
    }
    if (key == u"first_name") {
        return c.firstName;
    }
    if (key == u"middle_name") {
        return c.middleName;
    }
    if (key == u"last_name") {
        return c.lastName;
    }
    if (key == u"name") {
        return c.displayName;
    }
    if (key == u"company") {
        return c.companyName;
    }
    if (key == u"job_title") {
        return c.jobTitle;
    }
    if (key == u"department") {
        return c.department;
    }
    if (key == u"birthday") {
        return c.birthday.toIsoString();
    }
    if (key == u"website") {
        return c.website;
    }
    if (key == u"source") {
        return c.source;
    }
    if (key == u"contact_type") {
        return c.contactType;
    }
    if (key == u"lead") {
        return c.lead ? tr("yes", "lead") : tr("no", "lead");
    }
    if (key == u"owner") {
        return m_userNames.value(c.ownerId);
    }
    if (key == u"followers") {
        QStringList names;
        for (qint64 id : c.followerIds) {
            if (const QString name = m_userNames.value(id); !name.isEmpty()) {
                names << name;
            }
        }
        return names.join(kTagSeparator);
    }
    if (key == u"tags") {
        return c.tags.join(kTagSeparator);
    }
    if (key == u"dnd") {
        return dndText(c.dnd);
    }
    if (key == u"description") {
        return c.description;
    }
    return {};
}

} // namespace Kontor
