#include "TrashPurger.h"

#include "StorageThread.h"
#include "contacts/ContactService.h"
#include "documents/DocumentService.h"
#include "settings/Settings.h"

#include <chrono>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Purged
{
    Result<int> contacts = 0;
    Result<int> documents = 0;
};
} // namespace

TrashPurger::TrashPurger(StorageThread *storage, const Session &session, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_session(session)
    , m_settings(settings)
{
    m_timer.setObjectName(u"purgeTimer"_s);
    m_timer.setParent(this);
    m_timer.setInterval(std::chrono::hours(24));
    connect(&m_timer, &QTimer::timeout, this, &TrashPurger::purge);
}

void TrashPurger::start()
{
    purge();
    m_timer.start();
}

void TrashPurger::purge()
{
    const Session session = m_session;
    const qint64 maxSize = m_settings->documentMaxSizeBytes();
    m_storage->run<Purged>(
        this,
        [session, maxSize](Database &db) {
            Purged purged;
            purged.contacts = ContactService(db, session).purgeExpired();
            // After the contacts: their documents' rows are gone with them, their files are not yet.
            purged.documents = DocumentService(db, session, maxSize).purgeExpired();
            return purged;
        },
        [this](const Purged &purged) {
            if (!purged.contacts) {
                qWarning("Purging the trash failed: %s", qPrintable(purged.contacts.error().detail));
            }
            if (!purged.documents) {
                qWarning("Purging the documents failed: %s", qPrintable(purged.documents.error().detail));
            }
            Q_EMIT this->purged(purged.contacts.value_or(0), purged.documents.value_or(0));
        });
}

} // namespace Kontor
