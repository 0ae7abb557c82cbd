#include "ImportRunPage.h"

#include "ImportWizard.h"
#include "JobService.h"
#include "StorageThread.h"
#include "common/ConfirmBox.h"
#include "common/MessageBar.h"
#include "jobs/BackgroundTask.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
struct RunOutcome
{
    ImportReport report;
    QString jobName;
};

QLabel *countLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(u"-"_s, parent);
    label->setObjectName(name);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setMinimumWidth(60);
    return label;
}
} // namespace

ImportRunPage::ImportRunPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_task(new BackgroundTask(wizard->storage(), this))
    , m_messageBar(new MessageBar(this))
    , m_statusLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_cancelButton(new QPushButton(this))
    , m_resultGroup(new QGroupBox(this))
    , m_createdTitle(new QLabel(this))
    , m_createdCount(countLabel(this, u"createdCountLabel"_s))
    , m_updatedTitle(new QLabel(this))
    , m_updatedCount(countLabel(this, u"updatedCountLabel"_s))
    , m_skippedTitle(new QLabel(this))
    , m_skippedCount(countLabel(this, u"skippedCountLabel"_s))
    , m_failedTitle(new QLabel(this))
    , m_failedCount(countLabel(this, u"failedCountLabel"_s))
    , m_batchLabel(new QLabel(this))
    , m_saveFailedButton(new QPushButton(this))
    , m_undoButton(new QPushButton(this))
{
    setObjectName(u"importRunPage"_s);
    setFinalPage(true);
    m_messageBar->setObjectName(u"runMessageBar"_s);
    m_statusLabel->setObjectName(u"runStatusLabel"_s);
    m_statusLabel->setWordWrap(true);
    m_progressBar->setObjectName(u"runProgressBar"_s);
    m_cancelButton->setObjectName(u"cancelImportButton"_s);
    m_batchLabel->setObjectName(u"batchLabel"_s);
    m_batchLabel->setWordWrap(true);
    m_batchLabel->setTextFormat(Qt::PlainText);
    m_saveFailedButton->setObjectName(u"saveFailedRowsButton"_s);
    m_undoButton->setObjectName(u"undoImportButton"_s);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressBar, 1);
    progressRow->addWidget(m_cancelButton);

    auto *grid = new QGridLayout;
    const std::pair<QLabel *, QLabel *> pairs[] = {{m_createdTitle, m_createdCount},
        {m_updatedTitle, m_updatedCount},
        {m_skippedTitle, m_skippedCount},
        {m_failedTitle, m_failedCount}};
    int row = 0;
    for (const auto &[title, value] : pairs) {
        grid->addWidget(title, row, 0);
        grid->addWidget(value, row, 1);
        ++row;
    }
    grid->setColumnStretch(2, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveFailedButton);
    buttons->addWidget(m_undoButton);
    buttons->addStretch(1);
    auto *result = new QVBoxLayout(m_resultGroup);
    result->addLayout(grid);
    result->addWidget(m_batchLabel);
    result->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_statusLabel);
    layout->addLayout(progressRow);
    layout->addWidget(m_resultGroup);
    layout->addStretch(1);

    connect(m_cancelButton, &QPushButton::clicked, this, &ImportRunPage::cancel);
    connect(m_saveFailedButton, &QPushButton::clicked, this, &ImportRunPage::chooseFailedRowsFile);
    connect(m_undoButton, &QPushButton::clicked, this, &ImportRunPage::undoImport);
    connect(m_task, &BackgroundTask::progress, this, [this](qint64 done, qint64 total) {
        if (total > 0) {
            m_progressBar->setRange(0, 1000);
            m_progressBar->setValue(int(std::min<qint64>(done, total) * 1000 / total));
        }
        m_statusLabel->setText(tr("Importing... %1 row(s) done").arg(QLocale().toString(done)));
    });
    retranslate();
}

ImportRunPage::~ImportRunPage() = default;

void ImportRunPage::initializePage()
{
    m_finished = false;
    m_undone = false;
    m_resultGroup->hide();
    m_messageBar->clearMessage();
    m_progressBar->setRange(0, 0);
    m_progressBar->show();
    m_cancelButton->show();
    m_cancelButton->setEnabled(true);
    m_statusLabel->setText(tr("Importing..."));
    ImportWizardState &state = m_wizard->state();
    state.report.reset();
    const QString path = state.path;
    const ImportOptions options = state.options;
    const Session session = m_wizard->importSession();
    const QString region = m_wizard->region();
    m_task->start<RunOutcome>(
        [path, options, session, region](Database &db, const JobProgress &progress) -> Result<RunOutcome> {
            ImportService service(db, session);
            service.setDefaultRegion(region);
            auto report = service.run(path, options, progress);
            if (!report) {
                return report.error();
            }
            RunOutcome outcome{*report, {}};
            if (report->jobId > 0) {
                if (auto job = JobService(db, session).byId(report->jobId)) {
                    outcome.jobName = job->name;
                }
            }
            return outcome;
        },
        [this](const Result<RunOutcome> &outcome) {
            m_finished = true;
            m_progressBar->hide();
            m_cancelButton->hide();
            ImportWizardState &state = m_wizard->state();
            if (!outcome) {
                const Error &error = outcome.error();
                if (error.code == Error::Code::Cancelled) {
                    ImportReport cancelled;
                    cancelled.cancelled = true;
                    state.report = cancelled;
                } else {
                    m_messageBar->showMessage(error.toString());
                    state.report = ImportReport{};
                }
            } else {
                state.report = outcome->report;
                state.jobName = outcome->jobName;
            }
            showReport();
            Q_EMIT completeChanged();
            Q_EMIT runFinished();
        });
    Q_EMIT completeChanged();
}

bool ImportRunPage::isComplete() const
{
    return m_finished;
}

bool ImportRunPage::isRunning() const
{
    return m_task->isRunning();
}

void ImportRunPage::cancel()
{
    if (m_task->isRunning()) {
        m_task->cancel();
        m_cancelButton->setEnabled(false);
        m_statusLabel->setText(tr("Cancelling: the rows written so far are being removed..."));
    }
}

void ImportRunPage::showReport()
{
    const auto &report = m_wizard->state().report;
    if (!report) {
        return;
    }
    const QLocale locale;
    m_createdCount->setText(locale.toString(report->created));
    m_updatedCount->setText(locale.toString(report->updated));
    m_skippedCount->setText(locale.toString(report->skipped));
    m_failedCount->setText(locale.toString(report->failed));
    m_resultGroup->setVisible(report->jobId > 0);
    if (report->cancelled) {
        m_statusLabel->setText(tr("The import was cancelled. Nothing was imported."));
    } else if (report->rejected) {
        m_statusLabel->setText(
            tr("Nothing was imported: %n row(s) are invalid. Go back to correct them or leave them out.",
                nullptr,
                int(report->failed)));
    } else if (report->jobId == 0) {
        m_statusLabel->setText(tr("Nothing was imported."));
    } else if (m_undone) {
        m_statusLabel->setText(tr("The import was undone."));
    } else {
        m_statusLabel->setText(tr("The import is done: %n contact(s) created", nullptr, int(report->created)) + u", "_s
            + tr("%n updated.", nullptr, int(report->updated)));
    }
    m_batchLabel->setText(tr("Batch: %1 (no. %2). It is listed under Bulk Actions, where it can be undone later.")
                              .arg(m_wizard->state().jobName)
                              .arg(report->jobId));
    m_saveFailedButton->setEnabled(report->failed > 0);
    m_undoButton->setEnabled(!m_undone && report->jobId > 0 && !m_task->isRunning());
}

void ImportRunPage::chooseFailedRowsFile()
{
    auto *dialog = new QFileDialog(this, tr("Save failed rows"));
    dialog->setObjectName(u"failedRowsFileDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(u"csv"_s);
    const QFileInfo source(m_wizard->state().path);
    dialog->setDirectory(source.absolutePath());
    dialog->selectFile(tr("%1 - failed rows.csv").arg(source.completeBaseName()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ImportRunPage::saveFailedRows);
    dialog->open();
}

void ImportRunPage::saveFailedRows(const QString &path)
{
    const auto &report = m_wizard->state().report;
    if (!report || report->jobId <= 0 || path.isEmpty()) {
        return;
    }
    const qint64 jobId = report->jobId;
    const Session session = m_wizard->importSession();
    m_wizard->storage()->run<Result<qint64>>(
        this,
        [session, jobId, path](Database &db) { return ImportService(db, session).saveFailedRows(jobId, path); },
        [this, path](const Result<qint64> &rows) {
            if (!rows) {
                m_messageBar->showMessage(rows.error().toString());
                return;
            }
            m_messageBar->showMessage(
                tr("%n failed row(s) saved to %1.", nullptr, int(*rows)).arg(QDir::toNativeSeparators(path)),
                MessageBar::Kind::Information);
        });
}

void ImportRunPage::undoImport()
{
    const auto &report = m_wizard->state().report;
    if (!report || report->jobId <= 0 || m_undone || m_task->isRunning()) {
        return;
    }
    Confirmation question;
    question.title = tr("Undo import");
    question.text = tr("Undo this import?");
    question.informativeText = tr("The %n contact(s) it created are deleted for good; the contacts it updated get "
                                  "their previous values back.",
        nullptr,
        int(report->created));
    question.acceptText = tr("Undo import");
    question.objectName = u"undoImportConfirmBox"_s;
    ConfirmBox::ask(this, question, [this] { runUndo(); });
}

void ImportRunPage::runUndo()
{
    const qint64 jobId = m_wizard->state().report->jobId;
    const Session session = m_wizard->session();
    m_undoButton->setEnabled(false);
    m_progressBar->setRange(0, 0);
    m_progressBar->show();
    m_statusLabel->setText(tr("Undoing the import..."));
    m_finished = false;
    Q_EMIT completeChanged();
    m_task->start<UndoReport>(
        [session, jobId](
            Database &db, const JobProgress &progress) { return JobService(db, session).undo(jobId, progress); },
        [this](const Result<UndoReport> &report) {
            m_finished = true;
            m_progressBar->hide();
            if (!report) {
                m_messageBar->showMessage(report.error().toString());
            } else {
                m_undone = true;
                QString text = tr("Undone: %n contact(s) removed", nullptr, int(report->removed)) + u", "_s
                    + tr("%n contact(s) reverted.", nullptr, int(report->reverted));
                if (report->skipped > 0) {
                    text += u' '
                        + tr("%n field(s) were left alone because they changed after the import.",
                            nullptr,
                            int(report->skipped));
                }
                m_messageBar->showMessage(text, MessageBar::Kind::Information);
                Q_EMIT undone();
            }
            showReport();
            Q_EMIT completeChanged();
        });
}

void ImportRunPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showReport();
    }
    QWizardPage::changeEvent(event);
}

void ImportRunPage::retranslate()
{
    setTitle(tr("Import"));
    setSubTitle(tr("The contacts are written in the background, in chunks. Cancelling removes what was written."));
    m_cancelButton->setText(tr("Cancel"));
    m_resultGroup->setTitle(tr("Result"));
    m_createdTitle->setText(tr("Created:"));
    m_updatedTitle->setText(tr("Updated:"));
    m_skippedTitle->setText(tr("Skipped:"));
    m_failedTitle->setText(tr("Failed:"));
    m_saveFailedButton->setText(tr("Save failed rows..."));
    m_undoButton->setText(tr("Undo this import"));
}

} // namespace Kontor
