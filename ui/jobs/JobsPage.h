#pragma once

#include "Job.h"
#include "Session.h"

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class JobsPage;
}

namespace Kontor {

class BackgroundTask;
class BulkActionRunner;
class JobItemsModel;
class JobListModel;
class StorageThread;

// The "Bulk Actions" section: the log of imports, exports and bulk actions, filtered by type, user and status;
// the selected job's statistics (JobService::counts) and its items page by page; "Undo" (after a question, in
// a BackgroundTask with progress, then a report of the fields left alone), "Resume" for interrupted or
// cancelled bulk actions (BulkActionRunner) and, for imports, "Save failed rows". The log reloads when the section is
// shown, after commits and every few seconds while a job runs.
class JobsPage : public QWidget
{
    Q_OBJECT

public:
    JobsPage(StorageThread *storage, const Session &session, QWidget *parent = nullptr);
    ~JobsPage() override;

    JobListModel *model() const { return m_model; }
    JobItemsModel *itemsModel() const { return m_itemsModel; }
    qint64 currentJobId() const;
    bool isUndoRunning() const;
    BulkActionRunner *resumeRunner() const { return m_resumeRunner; }

public Q_SLOTS:
    void reload();
    void selectJob(qint64 jobId);
    // Asks, then undoes the selected job.
    void undoSelected();
    // Continues the selected interrupted or cancelled bulk job with its next chunk.
    void resumeSelected();
    // Writes the failed rows of the selected import to `path` (the file dialog's answer).
    void saveFailedRows(const QString &path);

Q_SIGNALS:
    void undone(qint64 jobId);
    void failedRowsSaved(qint64 rows);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fillFilterCombos();
    void loadUsers();
    void applyFilter();
    void showDetails();
    void runUndo(qint64 jobId);
    void chooseFailedRowsFile();
    void updateButtons();
    void showExtraCounts(const JobCounts &counts);

    std::unique_ptr<Ui::JobsPage> ui;
    StorageThread *m_storage;
    Session m_session;
    JobListModel *m_model;
    JobItemsModel *m_itemsModel;
    BackgroundTask *m_undoTask;
    BulkActionRunner *m_resumeRunner;
    QTimer m_reloadTimer; // debounces commits and polls while a job runs
    qint64 m_selectedJobId = 0;
    quint64 m_countsGeneration = 0;
};

} // namespace Kontor
