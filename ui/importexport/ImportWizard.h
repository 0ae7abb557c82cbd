#pragma once

#include "ImportWizardState.h"
#include "Session.h"

#include <QWizard>

namespace Kontor {

class ImportFilePage;
class ImportMappingPage;
class ImportReviewPage;
class ImportRunPage;
class StorageThread;

// The four steps of an import (issue #5): the file and what it holds, the mapping of its columns, the review
// with its problems and options, and the run with its result. Probing runs on the StorageThread; the review
// and the run are long and run in BackgroundTasks of their own pages. Closing the wizard during the run
// cancels the run instead (a cancelled import leaves nothing behind), and closes once it stopped.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePageId,
        MappingPageId,
        ReviewPageId,
        RunPageId,
    };

    ImportWizard(StorageThread *storage, const Session &session, const QString &region, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Starts on this file (dropped on the main window), probing it right away.
    void setFile(const QString &path);
    // Files the wizard reads, by extension: what a drop on the main window accepts.
    static bool isImportableFile(const QString &path);

    StorageThread *storage() const { return m_storage; }
    // The session imports write with (origin Import).
    Session importSession() const;
    const Session &session() const { return m_session; }
    QString region() const { return m_region; }
    ImportWizardState &state() { return m_state; }

    ImportFilePage *filePage() const { return m_filePage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportReviewPage *reviewPage() const { return m_reviewPage; }
    ImportRunPage *runPage() const { return m_runPage; }

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    // The run ended (also when cancelled or rejected); jobId 0 when nothing was written.
    void importFinished(const Kontor::ImportReport &report);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    StorageThread *m_storage;
    Session m_session;
    QString m_region;
    ImportWizardState m_state;
    ImportFilePage *m_filePage;
    ImportMappingPage *m_mappingPage;
    ImportReviewPage *m_reviewPage;
    ImportRunPage *m_runPage;
    bool m_closeWhenStopped = false;
};

} // namespace Kontor
