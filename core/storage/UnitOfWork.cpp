#include "UnitOfWork.h"

#include "Clock.h"
#include "Database.h"
#include "HybridLogicalClock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

UnitOfWork::UnitOfWork(Database &db, const Session &session)
    : m_db(db)
    , m_session(session)
    , m_now(db.clock().nowMs())
{}

UnitOfWork::~UnitOfWork()
{
    if (m_begun && !m_done) {
        --m_db.transactionDepth();
        if (m_outermost) {
            QSqlQuery q(m_db.connection());
            q.exec(u"ROLLBACK"_s);
            m_db.pendingChanges() = {};
        }
    }
}

Result<void> UnitOfWork::begin()
{
    Q_ASSERT(!m_begun);
    m_outermost = m_db.transactionDepth() == 0;
    if (m_outermost) {
        // IMMEDIATE takes the write lock now, so a busy database fails here and not halfway through.
        if (auto ok = m_db.exec(u"BEGIN IMMEDIATE"_s); !ok) {
            return ok;
        }
    }
    if (m_outermost) {
        m_db.pendingChanges() = {};
    }
    ++m_db.transactionDepth();
    m_begun = true;
    return {};
}

Result<void> UnitOfWork::commit()
{
    Q_ASSERT(m_begun && !m_done);
    if (!m_outermost) {
        --m_db.transactionDepth();
        m_done = true;
        return {};
    }
    if (const QString hlc = m_db.hlc().current(); !hlc.isEmpty()) {
        if (auto ok = m_db.setMeta(u"hlc_last"_s, hlc); !ok) {
            return ok;
        }
    }
    if (auto ok = m_db.exec(u"COMMIT"_s); !ok) {
        return ok;
    }
    --m_db.transactionDepth();
    m_done = true;
    const ChangeSet changes = std::exchange(m_db.pendingChanges(), {});
    m_db.notifyCommitted(changes);
    return {};
}

ChangeSet &UnitOfWork::changes()
{
    return m_db.pendingChanges();
}

Result<void> UnitOfWork::audit(const QString &entity,
    qint64 recordId,
    const QString &recordUuid,
    const QString &action,
    const QString &field,
    const QString &oldValue,
    const QString &newValue)
{
    auto &q = m_db.prepared(u"INSERT INTO audit_log(at, user_id, origin, entity, record_id, record_uuid, action,"
                            " field, old_value, new_value, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(m_now);
    q.addBindValue(m_session.userId ? QVariant(m_session.userId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(originKey(m_session.origin));
    q.addBindValue(entity);
    q.addBindValue(recordId);
    q.addBindValue(recordUuid);
    q.addBindValue(action);
    q.addBindValue(field.isNull() ? u""_s : field);
    q.addBindValue(oldValue.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(oldValue));
    q.addBindValue(newValue.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(newValue));
    q.addBindValue(m_session.batchId ? QVariant(m_session.batchId) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!q.exec()) {
        return storageError(q);
    }
    return {};
}

Result<void> UnitOfWork::logChange(
    const QString &entity, const QString &recordUuid, const QString &field, const QJsonValue &value)
{
    const QString hlc = m_db.hlc().tick();
    QString text;
    if (value.isObject()) {
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    } else if (value.isArray()) {
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    } else {
        // Scalars: wrap in an array to serialise, then strip the brackets.
        const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        text = QString::fromUtf8(json.mid(1, json.size() - 2));
    }
    auto &q = m_db.prepared(u"INSERT INTO change_log(hlc, device_id, entity, record_uuid, field, value, origin)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(hlc);
    q.addBindValue(m_db.deviceId());
    q.addBindValue(entity);
    q.addBindValue(recordUuid);
    q.addBindValue(field);
    q.addBindValue(text);
    q.addBindValue(originKey(m_session.origin));
    if (!q.exec()) {
        return storageError(q);
    }
    return {};
}

} // namespace Kontor
