#include "ImportPreparer.h"

#include "CompanyNames.h"
#include "ContactFields.h"
#include "ContactTypeService.h"
#include "ContactValidator.h"
#include "CustomFieldService.h"
#include "EmailValidator.h"
#include "PhoneNormalizer.h"
#include "RowConverter.h"
#include "UserService.h"

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int ValueChars = 200;

// The contact fields (ContactValidator's keys) a mapping target feeds.
QStringList fieldsOfTarget(const ColumnMapping &column, const QHash<QString, qint64> &newFieldIds)
{
    const QString &t = column.target;
    if (t == u"full_name") {
        return {u"first_name"_s, u"middle_name"_s, u"last_name"_s, u"title"_s, u"display_name"_s};
    }
    if (t == u"name") {
        return {u"name"_s, u"display_name"_s};
    }
    if (t == u"note") {
        return {u"description"_s};
    }
    if (t == u"email" || t == u"email_label") {
        return {u"emails"_s};
    }
    if (t == u"phone" || t == u"phone_label") {
        return {u"phones"_s};
    }
    static const QSet<QString> addressParts{
        u"street"_s, u"postal_code"_s, u"city"_s, u"region"_s, u"country"_s, u"address"_s, u"address_label"_s};
    if (addressParts.contains(t)) {
        return {u"addresses"_s};
    }
    if (t.startsWith(u"social.")) {
        return {u"social"_s};
    }
    if (t == u"custom.new") {
        const qint64 id = newFieldIds.value(column.label);
        return id ? QStringList{u"custom.%1"_s.arg(id)} : QStringList();
    }
    return {t};
}

bool badEmailIn(const QString &cell)
{
    for (const QString &v : RowConverter::splitMultiValue(cell, false)) {
        if (!v.trimmed().isEmpty() && !EmailValidator::isValid(v.trimmed())) {
            return true;
        }
    }
    return false;
}

bool badPhoneIn(const QString &cell, const QString &region)
{
    for (const QString &v : RowConverter::splitMultiValue(cell, false)) {
        const QString raw = v.trimmed();
        if (!raw.isEmpty() && (raw.size() > 40 || !PhoneNormalizer::normalize(raw, region).parsed)) {
            return true;
        }
    }
    return false;
}

// The text a problem is about, where the contact tells it (vCard rows have no cells).
QString offendingValue(const Contact &c, const QString &field, const QString &region)
{
    if (field == u"emails") {
        for (const auto &e : c.emails) {
            if (!e.value.trimmed().isEmpty() && !EmailValidator::isValid(e.value.trimmed())) {
                return e.value;
            }
        }
    } else if (field == u"phones") {
        for (const auto &p : c.phones) {
            if (badPhoneIn(p.raw, region)) {
                return p.raw;
            }
        }
    } else if (field == u"first_name") {
        return c.firstName;
    } else if (field == u"last_name") {
        return c.lastName;
    } else if (field == u"website") {
        return c.website;
    } else if (field == u"birthday") {
        return c.birthday.toIsoString();
    } else if (field == u"name" || field == u"display_name") {
        return c.displayName;
    }
    return {};
}
} // namespace

ImportPreparer::ImportPreparer(Database &db, Session session, Setup setup)
    : m_db(db)
    , m_session(session)
    , m_setup(std::move(setup))
    , m_skipRows(m_setup.skipRows.cbegin(), m_setup.skipRows.cend())
{
    for (int i = 0; i < m_setup.mapping.columns.size(); ++i) {
        for (const QString &field : fieldsOfTarget(m_setup.mapping.columns.at(i), m_setup.newFieldIds)) {
            m_fieldColumns[field].append(i);
        }
    }
    for (const CustomField &f : std::as_const(m_setup.customFields)) {
        m_fieldIds.insert(f.name.toCaseFolded(), f.id);
        m_nextStandInId = std::max(m_nextStandInId, f.id + 1);
    }
}

Result<QList<PreparedRow>> ImportPreparer::prepare(QList<ImportRecord> records)
{
    if (!m_contactTypes) {
        auto types = ContactTypeService(m_db, m_session).list();
        if (!types) {
            return types.error();
        }
        m_contactTypes = *types;
    }
    QList<PreparedRow> rows;
    rows.reserve(records.size());
    QList<Contact> drafts;
    QList<int> draftRows; // index into rows of each draft
    for (ImportRecord &record : records) {
        PreparedRow row;
        row.record = std::move(record);
        row.skippedByUser = m_skipRows.contains(row.record.fileRow);
        if (!row.skippedByUser) {
            if (auto ok = resolve(row); !ok) {
                return ok.error();
            }
            drafts << row.contact;
            draftRows << int(rows.size());
        }
        rows << std::move(row);
    }
    // Built per chunk: vCard cards may have named new custom fields since the last one.
    ContactValidator validator(m_setup.region);
    validator.setCustomFields(m_setup.customFields);
    const QList<Result<Contact>> prepared = validator.prepareAll(drafts);
    for (int i = 0; i < prepared.size(); ++i) {
        PreparedRow &row = rows[draftRows.at(i)];
        if (prepared.at(i)) {
            row.contact = *prepared.at(i);
        } else {
            addValidationProblem(row, prepared.at(i).error());
        }
    }
    return rows;
}

Result<void> ImportPreparer::resolve(PreparedRow &row)
{
    Contact &c = row.contact;
    c = row.record.contact;
    if (!row.record.ownerName.trimmed().isEmpty()) {
        auto id = userId(row.record.ownerName);
        if (!id) {
            return id.error();
        }
        if (*id) {
            c.ownerId = *id;
            row.ownerFromRow = true;
        } else {
            addProblem(row, u"owner"_s, tr("There is no user \"%1\".").arg(row.record.ownerName), row.record.ownerName);
        }
    }
    for (const QString &name : std::as_const(row.record.followerNames)) {
        if (name.trimmed().isEmpty()) {
            continue;
        }
        auto id = userId(name);
        if (!id) {
            return id.error();
        }
        if (*id) {
            c.followerIds << *id;
        } else {
            addProblem(row, u"followers"_s, tr("There is no user \"%1\".").arg(name), name);
        }
    }
    for (auto it = row.record.customByName.cbegin(); it != row.record.customByName.cend(); ++it) {
        auto id = customFieldId(it.key());
        if (!id) {
            return id.error();
        }
        c.customValues.insert(*id, it.value());
    }
    if (!c.contactType.trimmed().isEmpty()) {
        const QString stored = ContactTypeService::storedName(c.contactType.trimmed(), *m_contactTypes);
        if (stored.isEmpty()) {
            QStringList shown;
            for (const QString &k : std::as_const(*m_contactTypes)) {
                shown << ContactTypeService::displayName(k);
            }
            addProblem(row,
                u"contact_type"_s,
                tr("\"%1\" is not a contact type (known: %2).").arg(c.contactType, shown.join(u", "_s)),
                c.contactType);
        } else {
            c.contactType = stored;
        }
    }
    if (!m_setup.tag.trimmed().isEmpty()) {
        c.tags << m_setup.tag.trimmed();
    }
    if (c.ownerId == 0) {
        c.ownerId = m_setup.defaultOwnerId;
    }
    // Companies are linked by the import (CompanyNames::matchKey), not by ContactService's exact name lookup.
    const QString company = (row.record.companyName.isEmpty() ? c.companyName : row.record.companyName).simplified();
    c.companyName.clear();
    c.companyId = 0;
    if (!c.isCompany() && !company.isEmpty()) {
        row.companyName = company;
        auto key = m_companyKeys.constFind(company);
        if (key == m_companyKeys.constEnd()) {
            // Files name few companies many times; the cache stays bounded for files that name a new one per row.
            if (m_companyKeys.size() >= CompanyKeyCacheSize) {
                m_companyKeys.clear();
            }
            key = m_companyKeys.insert(company, CompanyNames::matchKey(company));
        }
        row.companyKey = *key;
    }
    return {};
}

Result<qint64> ImportPreparer::userId(const QString &nameOrEmail)
{
    const QString key = nameOrEmail.trimmed().toCaseFolded();
    if (const auto it = m_users.constFind(key); it != m_users.constEnd()) {
        return *it;
    }
    auto user = UserService(m_db).find(nameOrEmail);
    if (!user && user.error().code != Error::Code::NotFound) {
        return user.error();
    }
    const qint64 id = user ? user->id : 0;
    m_users.insert(key, id);
    return id;
}

Result<qint64> ImportPreparer::customFieldId(const QString &name)
{
    const QString key = name.simplified().toCaseFolded();
    if (const auto it = m_fieldIds.constFind(key); it != m_fieldIds.constEnd()) {
        return *it;
    }
    // A card from another Kontor database names a field this one lacks: it becomes a text field, like a
    // "custom.new" column, rather than making every such card invalid.
    CustomField field;
    field.name = name.simplified();
    field.type = CustomFieldType::Text;
    if (m_setup.mode == Mode::Run) {
        auto created = CustomFieldService(m_db, m_session).createField(field);
        if (!created) {
            return created.error();
        }
        field = *created;
    } else {
        field.id = m_nextStandInId++;
    }
    m_setup.customFields << field;
    m_fieldIds.insert(key, field.id);
    return field.id;
}

void ImportPreparer::addProblem(PreparedRow &row, const QString &field, const QString &reason, const QString &value)
{
    ImportProblem p;
    p.row = row.record.fileRow;
    p.field = field;
    p.reason = reason;
    p.column = columnFor(row, field);
    if (p.column >= 0 && p.column < m_setup.headers.size()) {
        p.columnName = m_setup.headers.at(p.column);
    } else {
        p.columnName = ContactFields::label(field);
    }
    p.value = value.left(ValueChars);
    if (p.value.isEmpty() && p.column >= 0 && p.column < row.record.cells.size()) {
        p.value = row.record.cells.at(p.column).left(ValueChars);
    }
    row.record.problems << p;
}

void ImportPreparer::addValidationProblem(PreparedRow &row, const Error &error)
{
    const QString field = error.location.field;
    for (const ImportProblem &p : std::as_const(row.record.problems)) {
        if (p.field == field) {
            return; // the converter said it already, with the cell's text
        }
    }
    addProblem(row, field, error.message, offendingValue(row.contact, field, m_setup.region));
    if (row.record.problems.last().column < 0 && !error.location.fieldLabel.isEmpty()) {
        row.record.problems.last().columnName = error.location.fieldLabel;
    }
}

int ImportPreparer::columnFor(const PreparedRow &row, const QString &field) const
{
    const auto it = m_fieldColumns.constFind(field);
    if (it == m_fieldColumns.constEnd() || it->isEmpty()) {
        return -1;
    }
    // With several e-mail or phone columns, name the one holding the bad value.
    const QStringList &cells = row.record.cells;
    for (const int column : *it) {
        if (column >= cells.size()) {
            continue;
        }
        const QString &target = m_setup.mapping.columns.at(column).target;
        if ((target == u"email" && badEmailIn(cells.at(column)))
            || (target == u"phone" && badPhoneIn(cells.at(column), m_setup.region))) {
            return column;
        }
    }
    // Otherwise the first column feeding the field that holds anything, else the first one.
    for (const int column : *it) {
        if (column < cells.size() && !cells.at(column).trimmed().isEmpty()
            && !m_setup.mapping.columns.at(column).target.endsWith(u"_label")) {
            return column;
        }
    }
    return it->first();
}

} // namespace Kontor
