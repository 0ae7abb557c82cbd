// ContactService: linking persons to companies. Split from ContactService.cpp by topic.
#include "ContactRepository.h"
#include "ContactService.h"
#include "Database.h"
#include "SearchIndex.h"
#include "UnitOfWork.h"

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kEntity = u"contact"_s;
const QString kField = u"company"_s;
} // namespace

Result<qint64> ContactService::findCompany(const QString &name) const
{
    const QString trimmed = name.simplified();
    return trimmed.isEmpty() ? Result<qint64>(0) : m_repo->findCompanyByName(trimmed);
}

Result<void> ContactService::setCompany(const QList<qint64> &personIds, qint64 companyId)
{
    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok;
    }
    QString companyName;
    QString companyUuid;
    if (companyId) {
        auto company = m_repo->load(companyId);
        if (!company) {
            return company.error();
        }
        if (!company->isCompany()) {
            return invalidField(kField, tr("\"%1\" is a person, not a company.").arg(company->displayName));
        }
        if (company->deletedAt) {
            return makeError(Error::Code::NotFound,
                tr("The company \"%1\" is in the trash; restore it before linking persons to it.")
                    .arg(company->displayName));
        }
        companyName = company->displayName;
        companyUuid = company->uuid;
    }
    QList<qint64> changed;
    for (const qint64 id : personIds) {
        auto person = m_repo->load(id);
        if (!person) {
            return person.error();
        }
        if (person->isCompany()) {
            return invalidField(
                kField, tr("\"%1\" is a company; only persons belong to a company.").arg(person->displayName));
        }
        if (person->deletedAt) {
            return makeError(Error::Code::NotFound,
                tr("\"%1\" is in the trash; restore it before editing.").arg(person->displayName));
        }
        if (person->companyId == companyId) {
            continue; // also a person listed twice
        }
        Result<void> ok = m_repo->setCompany(id, companyId, unit.now(), m_session.userId);
        if (ok) {
            ok = unit.audit(kEntity, id, person->uuid, u"update"_s, kField, person->companyName, companyName);
        }
        if (ok) {
            ok = unit.logChange(kEntity, person->uuid, kField, companyId ? QJsonValue(companyUuid) : QJsonValue());
        }
        if (!ok) {
            return ok;
        }
        changed << id;
        unit.changes().updatedContacts.insert(id);
        // Company lists show how many persons work for each company.
        for (const qint64 company : {person->companyId, companyId}) {
            if (company) {
                unit.changes().updatedContacts.insert(company);
            }
        }
    }
    // Persons are found by their company's name: their search documents follow the link.
    if (!changed.isEmpty()) {
        if (auto ok = SearchIndex::refresh(m_db, changed); !ok) {
            return ok;
        }
    }
    return unit.commit();
}

} // namespace Kontor
