#include "ContactService.h"

#include "ContactFields.h"
#include "ContactListRepository.h"
#include "ContactRepository.h"
#include "ContactTypeService.h"
#include "ContactValidator.h"
#include "CustomFieldService.h"
#include "Database.h"
#include "PhoneNormalizer.h"
#include "SearchIndex.h"
#include "UnitOfWork.h"
#include "Uuid.h"

#include <QSqlQuery>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kEntity = u"contact"_s;

// The database's foreign keys catch references to companies or users that do not exist (or were purged).
Error explainForeignKey(Error e)
{
    if (e.code == Error::Code::Storage && e.detail.contains(u"FOREIGN KEY"_s)) {
        e.code = Error::Code::Invalid;
        e.message = ContactService::tr("The contact refers to a company, owner or follower that does not exist.");
    }
    return e;
}

// A contact's type is one of the configured list; a translated default ("Kunde") maps to its stored name.
Result<void> resolveContactType(Contact &c, const QStringList &known)
{
    if (c.contactType.isEmpty()) {
        return {};
    }
    const QString stored = ContactTypeService::storedName(c.contactType, known);
    if (stored.isEmpty()) {
        QStringList shown;
        for (const QString &k : known) {
            shown << ContactTypeService::displayName(k);
        }
        return invalidField(u"contact_type"_s,
            ContactService::tr("\"%1\" is not a contact type (known: %2).").arg(c.contactType, shown.join(u", "_s)));
    }
    c.contactType = stored;
    return {};
}
} // namespace

ContactService::ContactService(Database &db, Session session)
    : m_db(db)
    , m_session(session)
    , m_region(PhoneNormalizer::regionFromSystemLocale())
    , m_repo(new ContactRepository(db))
{}

ContactService::~ContactService()
{
    delete m_repo;
}

Result<Contact> ContactService::prepare(Contact contact) const
{
    return ContactValidator(m_region).prepare(std::move(contact));
}

Result<Contact> ContactService::create(Contact contact)
{
    auto ids = createMany({std::move(contact)});
    if (!ids) {
        Error e = ids.error();
        e.location.row = -1;
        return e;
    }
    return m_repo->load(ids->first());
}

Result<QList<qint64>> ContactService::createMany(const QList<Contact> &contacts)
{
    auto fields = CustomFieldService(m_db, m_session).fields();
    if (!fields) {
        return fields.error();
    }
    auto types = ContactTypeService(m_db, m_session).list();
    if (!types) {
        return types.error();
    }
    ContactValidator validator(m_region);
    validator.setCustomFields(*fields);
    const ContactFields::References refs = m_repo->references();
    // Validation needs no database: done before the transaction, so the write lock is held only for writing.
    const QList<Result<Contact>> preparedAll = validator.prepareAll(contacts);

    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok.error();
    }
    QList<qint64> ids;
    ids.reserve(contacts.size());
    QHash<qint64, QString> companyNames{{0, QString()}}; // a batch links many persons to few companies
    for (int row = 0; row < contacts.size(); ++row) {
        auto fail = [row](Error e) {
            e.location.row = row;
            return e;
        };
        const Result<Contact> &prepared = preparedAll.at(row);
        if (!prepared) {
            return fail(prepared.error());
        }
        Contact c = *prepared;
        if (auto typed = resolveContactType(c, *types); !typed) {
            return fail(typed.error());
        }
        if (!c.isCompany() && c.companyId == 0 && !c.companyName.trimmed().isEmpty()) {
            auto company = companyIdForName(c.companyName);
            if (!company) {
                return fail(company.error());
            }
            c.companyId = *company;
        }
        if (c.isCompany()) {
            c.companyId = 0;
        }
        c.uuid = Uuid::createV7(m_db.clock());
        c.teamId = m_session.teamId;
        c.ownerId = c.ownerId ? c.ownerId : m_session.userId;
        c.createdAt = c.updatedAt = unit.now();
        c.createdBy = c.updatedBy = m_session.userId;
        c.deletedAt = c.deletedBy = 0;
        auto id = m_repo->insert(c);
        if (!id) {
            return fail(explainForeignKey(id.error()));
        }
        c.id = *id;
        auto company = companyNames.find(c.companyId);
        if (company == companyNames.end()) {
            company = companyNames.insert(c.companyId, m_repo->companyName(c.companyId));
        }
        Result<void> ok = SearchIndex::insert(m_db, c.id, SearchIndex::documentFor(c, *company));
        // The audit log says who created the record and when; the change log carries every initial value
        // (field "*"). Per-field rows for creates would multiply a 1M-row import by the number of fields.
        if (ok) {
            ok = unit.audit(kEntity, c.id, c.uuid, u"create"_s, {}, {}, c.displayName);
        }
        if (ok) {
            ok = unit.logChange(
                kEntity, c.uuid, u"*"_s, ContactFields::snapshot(c, refs, ContactFields::Purpose::Sync));
        }
        if (!ok) {
            return fail(ok.error());
        }
        unit.changes().createdContacts.insert(c.id);
        ids << c.id;
    }
    if (auto ok = unit.commit(); !ok) {
        return ok.error();
    }
    return ids;
}

Result<Contact> ContactService::update(Contact contact)
{
    auto old = m_repo->load(contact.id);
    if (!old) {
        return old.error();
    }
    if (old->deletedAt) {
        return makeError(Error::Code::Conflict, tr("The contact is in the trash; restore it before editing."));
    }
    auto fields = CustomFieldService(m_db, m_session).fields();
    if (!fields) {
        return fields.error();
    }
    contact.kind = old->kind;
    ContactValidator validator(m_region);
    validator.setCustomFields(*fields);
    auto prepared = validator.prepare(std::move(contact));
    if (!prepared) {
        return prepared.error();
    }
    Contact c = std::move(*prepared);
    auto types = ContactTypeService(m_db, m_session).list();
    if (!types) {
        return types.error();
    }
    if (auto typed = resolveContactType(c, *types); !typed) {
        return typed.error();
    }

    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok.error();
    }
    if (c.isCompany()) {
        c.companyId = 0;
    } else if (c.companyId == 0 && !c.companyName.trimmed().isEmpty()) {
        auto company = companyIdForName(c.companyName);
        if (!company) {
            return company.error();
        }
        c.companyId = *company;
    }
    c.uuid = old->uuid;
    c.teamId = old->teamId;
    c.createdAt = old->createdAt;
    c.createdBy = old->createdBy;
    c.updatedAt = unit.now();
    c.updatedBy = m_session.userId;

    const auto refs = m_repo->references();
    const QJsonObject oldAudit = ContactFields::snapshot(*old, refs, ContactFields::Purpose::Audit);
    const QJsonObject newAudit = ContactFields::snapshot(c, refs, ContactFields::Purpose::Audit);
    const QJsonObject oldSync = ContactFields::snapshot(*old, refs, ContactFields::Purpose::Sync);
    const QJsonObject newSync = ContactFields::snapshot(c, refs, ContactFields::Purpose::Sync);
    QStringList changed;
    for (const QString &key : oldSync.keys() + newSync.keys()) {
        if (!changed.contains(key) && oldSync.value(key) != newSync.value(key)) {
            changed << key;
        }
    }
    if (changed.isEmpty()) {
        return *old;
    }
    if (auto ok = m_repo->update(c); !ok) {
        return explainForeignKey(ok.error());
    }
    Result<void> ok = m_repo->updateSearchDocument(c);
    for (const QString &key : std::as_const(changed)) {
        if (!ok) {
            break;
        }
        ok = unit.audit(kEntity,
            c.id,
            c.uuid,
            u"update"_s,
            key,
            ContactFields::displayText(oldAudit.value(key)),
            ContactFields::displayText(newAudit.value(key)));
        if (ok) {
            ok = unit.logChange(
                kEntity, c.uuid, key, newSync.value(key).isUndefined() ? QJsonValue() : newSync.value(key));
        }
    }
    if (ok && c.isCompany() && changed.contains(u"display_name"_s)) {
        // Persons are found by their company's name.
        auto persons = m_repo->personsOfCompany(c.id);
        ok = persons ? SearchIndex::refresh(m_db, *persons) : Result<void>(persons.error());
    }
    if (!ok) {
        return ok.error();
    }
    unit.changes().updatedContacts.insert(c.id);
    if (auto done = unit.commit(); !done) {
        return done.error();
    }
    return m_repo->load(c.id);
}

Result<qint64> ContactService::companyIdForName(const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty()) {
        return qint64(0);
    }
    auto found = m_repo->findCompanyByName(trimmed);
    if (!found || *found) {
        return found;
    }
    Contact company;
    company.kind = ContactKind::Company;
    company.displayName = trimmed;
    auto created = createMany({company});
    if (!created) {
        Error e = created.error();
        e.location.field = u"company"_s;
        e.location.row = -1;
        return e;
    }
    return created->first();
}

Result<Contact> ContactService::load(qint64 id) const
{
    return m_repo->load(id);
}

Result<Contact> ContactService::loadByUuid(const QString &uuid) const
{
    auto id = m_repo->idForUuid(uuid);
    if (!id) {
        return id.error();
    }
    return m_repo->load(*id);
}

Result<ContactPage> ContactService::list(const ContactListQuery &query) const
{
    return ContactListRepository(m_db, m_session.userId).list(query);
}

Result<QList<ContactSummary>> ContactService::listAll(ContactListQuery query) const
{
    QList<ContactSummary> all;
    for (;;) {
        auto page = list(query);
        if (!page) {
            return page.error();
        }
        all << page->rows;
        if (!page->hasMore || page->rows.isEmpty()) {
            return all;
        }
        query.continueAfter(page->rows.last());
    }
}

Result<qint64> ContactService::count(const ContactListQuery &query) const
{
    return ContactListRepository(m_db, m_session.userId).count(query);
}

} // namespace Kontor
