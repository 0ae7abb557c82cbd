#pragma once

#include "Session.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace Kontor {

class StorageThread;

// Fills the database with DemoGenerator contacts on the StorageThread while a progress dialog shows how far
// it got; cancelling stops after the current batch and keeps what was written. Deletes itself when done.
class SampleDataLoader : public QObject
{
    Q_OBJECT

public:
    SampleDataLoader(StorageThread *storage, const Session &session, const QString &region, QWidget *dialogParent);
    ~SampleDataLoader() override;

    void start(int count);

Q_SIGNALS:
    // `error` is empty on success (also after a cancel).
    void finished(int written, const QString &error);

private:
    StorageThread *m_storage;
    Session m_session;
    QString m_region;
    QPointer<QProgressDialog> m_dialog;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

} // namespace Kontor
