#pragma once

#include <QWizardPage>

class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace Kontor {

class BackgroundTask;
class ImportWizard;
class MessageBar;

// Step 4: ImportService::run() in a BackgroundTask with a progress bar and Cancel; then what it did (created,
// updated, skipped, failed), the batch, "Save failed rows..." and "Undo this import". The lists refresh on
// their own: the task's commits reach them as the StorageThread's changesCommitted.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard *wizard);
    ~ImportRunPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool isRunning() const;

public Q_SLOTS:
    void cancel();
    // Writes the failed rows of the batch to `path` (the file dialog's answer).
    void saveFailedRows(const QString &path);
    // Asks, then undoes the batch.
    void undoImport();

Q_SIGNALS:
    void runFinished();
    void undone();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showReport();
    void chooseFailedRowsFile();
    void runUndo();
    void retranslate();

    ImportWizard *m_wizard;
    BackgroundTask *m_task;
    bool m_finished = false;
    bool m_undone = false;

    MessageBar *m_messageBar;
    QLabel *m_statusLabel;
    QProgressBar *m_progressBar;
    QPushButton *m_cancelButton;
    QGroupBox *m_resultGroup;
    QLabel *m_createdTitle;
    QLabel *m_createdCount;
    QLabel *m_updatedTitle;
    QLabel *m_updatedCount;
    QLabel *m_skippedTitle;
    QLabel *m_skippedCount;
    QLabel *m_failedTitle;
    QLabel *m_failedCount;
    QLabel *m_batchLabel;
    QPushButton *m_saveFailedButton;
    QPushButton *m_undoButton;
};

} // namespace Kontor
