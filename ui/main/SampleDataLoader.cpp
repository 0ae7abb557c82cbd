#include "SampleDataLoader.h"

#include "StorageThread.h"
#include "demo/DemoGenerator.h"

#include <QProgressDialog>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

SampleDataLoader::SampleDataLoader(
    StorageThread *storage, const Session &session, const QString &region, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_storage(storage)
    , m_session(session)
    , m_region(region)
    , m_dialog(new QProgressDialog(dialogParent))
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
{
    m_dialog->setObjectName(u"sampleDataProgressDialog"_s);
    m_dialog->setWindowTitle(tr("Load sample data"));
    m_dialog->setLabelText(tr("Creating sample contacts..."));
    m_dialog->setCancelButtonText(tr("Cancel"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(0);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    auto cancelled = m_cancelled;
    connect(m_dialog, &QProgressDialog::canceled, this, [cancelled] { cancelled->store(true); });
}

SampleDataLoader::~SampleDataLoader()
{
    delete m_dialog;
}

void SampleDataLoader::start(int count)
{
    m_dialog->setRange(0, count);
    m_dialog->setValue(0);
    m_dialog->show();
    const Session session = m_session;
    const QString region = m_region;
    auto cancelled = m_cancelled;
    QPointer<QProgressDialog> dialog = m_dialog;
    StorageThread *storage = m_storage;
    m_storage->run<Result<int>>(
        this,
        [session, region, count, cancelled, dialog, storage](Database &db) {
            // Runs on the storage thread: the dialog is only touched through queued calls to the GUI thread,
            // where the StorageThread object lives (and outlives every job).
            auto progress = [cancelled, dialog, storage](int done, int total) {
                QMetaObject::invokeMethod(
                    storage,
                    [dialog, done, total] {
                        if (dialog) {
                            dialog->setMaximum(total);
                            dialog->setValue(done);
                        }
                    },
                    Qt::QueuedConnection);
                return !cancelled->load();
            };
            return DemoGenerator::populate(db, session, count, region, progress);
        },
        [this](const Result<int> &written) {
            if (m_dialog) {
                m_dialog->hide();
            }
            Q_EMIT finished(written ? *written : 0, written ? QString() : written.error().message);
            deleteLater();
        });
}

} // namespace Kontor
