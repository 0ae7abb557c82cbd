#pragma once

#include "Session.h"

#include <QObject>
#include <QTimer>

namespace Kontor {

class Settings;
class StorageThread;

// Empties the trash of what is older than its retention while Kontor stays open for weeks: contacts
// (ContactService::purgeExpired), then documents and the stored files nobody names any more - also those of the
// purged contacts (DocumentService::purgeExpired). At start and every 24 hours (timer "purgeTimer").
class TrashPurger : public QObject
{
    Q_OBJECT

public:
    TrashPurger(StorageThread *storage, const Session &session, Settings *settings, QObject *parent = nullptr);

public Q_SLOTS:
    // Purges now and starts the daily timer.
    void start();
    void purge();

Q_SIGNALS:
    void purged(int contacts, int documents);

private:
    StorageThread *m_storage;
    Session m_session;
    Settings *m_settings;
    QTimer m_timer;
};

} // namespace Kontor
