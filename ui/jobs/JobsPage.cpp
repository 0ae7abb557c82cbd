#include "JobsPage.h"

#include "ui_JobsPage.h"

#include "BackgroundTask.h"
#include "BulkAction.h"
#include "ImportService.h"
#include "JobItemsModel.h"
#include "JobListModel.h"
#include "JobService.h"
#include "StorageThread.h"
#include "bulk/BulkActionRunner.h"
#include "common/ConfirmBox.h"
#include "users/UserService.h"

#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int ReloadDelayMs = 300;
constexpr int PollMs = 2000;
constexpr int MaxReportedFields = 50;

bool canResume(const Job &job)
{
    return JobType::isBulk(job.type) && (job.status == JobStatus::Interrupted || job.status == JobStatus::Cancelled);
}

bool canUndo(JobStatus status)
{
    return status == JobStatus::Done || status == JobStatus::Failed || status == JobStatus::Cancelled
        || status == JobStatus::Interrupted;
}

QString formatTime(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat)
                  : QString();
}
} // namespace

JobsPage::JobsPage(StorageThread *storage, const Session &session, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::JobsPage>())
    , m_storage(storage)
    , m_session(session)
    , m_model(new JobListModel(storage, session, this))
    , m_itemsModel(new JobItemsModel(storage, session, this))
    , m_undoTask(new BackgroundTask(storage, this))
    , m_resumeRunner(new BulkActionRunner(storage, session, this))
{
    ui->setupUi(this);
    ui->jobsTableView->setModel(m_model);
    ui->itemsTableView->setModel(m_itemsModel);
    for (QTableView *view : {ui->jobsTableView, ui->itemsTableView}) {
        view->verticalHeader()->hide();
        view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
        view->horizontalHeader()->setHighlightSections(false);
        view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    }
    QHeaderView *jobsHeader = ui->jobsTableView->horizontalHeader();
    jobsHeader->setSectionResizeMode(JobListModel::NameColumn, QHeaderView::Stretch);
    jobsHeader->resizeSection(JobListModel::StartedColumn, 140);
    jobsHeader->resizeSection(JobListModel::FinishedColumn, 140);
    for (int column = JobListModel::ProcessedColumn; column < JobListModel::ColumnCount; ++column) {
        jobsHeader->resizeSection(column, 85);
    }
    QHeaderView *itemsHeader = ui->itemsTableView->horizontalHeader();
    itemsHeader->setSectionResizeMode(JobItemsModel::ReasonColumn, QHeaderView::Stretch);
    itemsHeader->resizeSection(JobItemsModel::OutcomeColumn, 150);
    itemsHeader->resizeSection(JobItemsModel::RowColumn, 60);
    itemsHeader->resizeSection(JobItemsModel::ContactColumn, 200);
    ui->jobTitleLabel->setMinimumWidth(240);
    // The details pane keeps room for its statistics; the log takes what is left.
    ui->detailsGroupBox->setMinimumHeight(320);
    ui->jobsSplitter->setStretchFactor(0, 1);
    ui->jobsSplitter->setStretchFactor(1, 1);
    fillFilterCombos();

    m_reloadTimer.setSingleShot(true);
    connect(&m_reloadTimer, &QTimer::timeout, this, &JobsPage::reload);
    connect(m_storage, &StorageThread::changesCommitted, this, [this] {
        if (isVisible()) {
            m_reloadTimer.start(ReloadDelayMs);
        }
    });
    for (QComboBox *combo : {ui->typeComboBox, ui->userComboBox, ui->statusComboBox}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &JobsPage::applyFilter);
    }
    connect(ui->outcomeComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_itemsModel->setJob(0); // showDetails() loads the items again, with the new outcome
        showDetails();
    });
    connect(ui->refreshButton, &QPushButton::clicked, this, &JobsPage::reload);
    connect(ui->undoJobButton, &QPushButton::clicked, this, &JobsPage::undoSelected);
    connect(ui->resumeJobButton, &QPushButton::clicked, this, &JobsPage::resumeSelected);
    connect(m_resumeRunner, &BulkActionRunner::started, this, &JobsPage::updateButtons);
    connect(m_resumeRunner,
        &BulkActionRunner::finished,
        this,
        [this](qint64, BulkActionRunner::Outcome outcome, const QString &summary) {
            ui->messageBar->showMessage(summary,
                outcome == BulkActionRunner::Outcome::Done            ? MessageBar::Kind::Information
                    : outcome == BulkActionRunner::Outcome::Cancelled ? MessageBar::Kind::Warning
                                                                      : MessageBar::Kind::Error);
            m_itemsModel->setJob(0); // the resumed chunks added items: load them again
            reload();
            updateButtons();
        });
    connect(ui->saveFailedRowsButton, &QPushButton::clicked, this, &JobsPage::chooseFailedRowsFile);
    connect(ui->jobsTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JobsPage::showDetails);
    connect(m_model, &JobListModel::loaded, this, [this] {
        if (const int row = m_model->rowOf(m_selectedJobId); row >= 0) {
            ui->jobsTableView->selectRow(row);
        }
        showDetails();
        if (m_model->hasRunningJobs() && isVisible()) {
            m_reloadTimer.start(PollMs);
        }
    });
    connect(m_model, &JobListModel::loadFailed, this, [this](const QString &message) {
        ui->messageBar->showMessage(message);
    });
    connect(m_itemsModel, &JobItemsModel::loadFailed, this, [this](const QString &message) {
        ui->messageBar->showMessage(message);
    });
    loadUsers();
    showDetails();
}

JobsPage::~JobsPage() = default;

void JobsPage::fillFilterCombos()
{
    const QSignalBlocker typeBlocker(ui->typeComboBox);
    const QSignalBlocker statusBlocker(ui->statusComboBox);
    const QSignalBlocker outcomeBlocker(ui->outcomeComboBox);
    const int type = std::max(0, ui->typeComboBox->currentIndex());
    const int status = std::max(0, ui->statusComboBox->currentIndex());
    const int outcome = std::max(0, ui->outcomeComboBox->currentIndex());
    ui->typeComboBox->clear();
    ui->typeComboBox->addItem(tr("All types"), QString());
    ui->typeComboBox->addItem(JobType::label(QString::fromUtf16(JobType::Import)), QString::fromUtf16(JobType::Import));
    ui->typeComboBox->addItem(JobType::label(QString::fromUtf16(JobType::Export)), QString::fromUtf16(JobType::Export));
    ui->typeComboBox->addItem(tr("Bulk actions"), QString::fromUtf16(JobType::BulkPrefix));
    for (BulkActionKind kind : {BulkActionKind::TagAdd,
             BulkActionKind::TagRemove,
             BulkActionKind::Owner,
             BulkActionKind::FollowerAdd,
             BulkActionKind::FollowerRemove,
             BulkActionKind::Company,
             BulkActionKind::CompanyRemove,
             BulkActionKind::ContactType,
             BulkActionKind::Lead,
             BulkActionKind::Dnd,
             BulkActionKind::VerifyEmail,
             BulkActionKind::Delete}) {
        // Indented below "Bulk actions", which lists them all.
        ui->typeComboBox->addItem(
            u"    "_s + bulkActionLabel(kind), QString::fromUtf16(JobType::BulkPrefix) + bulkActionKey(kind));
    }
    ui->typeComboBox->setCurrentIndex(type);

    ui->statusComboBox->clear();
    ui->statusComboBox->addItem(tr("All"), -1);
    for (JobStatus s : {JobStatus::Queued,
             JobStatus::Running,
             JobStatus::Done,
             JobStatus::Failed,
             JobStatus::Cancelled,
             JobStatus::Interrupted,
             JobStatus::Undone}) {
        ui->statusComboBox->addItem(jobStatusLabel(s), int(s));
    }
    ui->statusComboBox->setCurrentIndex(status);

    ui->outcomeComboBox->clear();
    ui->outcomeComboBox->addItem(tr("All"), -1);
    for (JobItemOutcome o : {JobItemOutcome::Created,
             JobItemOutcome::Updated,
             JobItemOutcome::Unchanged,
             JobItemOutcome::Skipped,
             JobItemOutcome::Failed,
             JobItemOutcome::Exported,
             JobItemOutcome::Trashed,
             JobItemOutcome::Checked}) {
        ui->outcomeComboBox->addItem(jobItemOutcomeLabel(o), int(o));
    }
    ui->outcomeComboBox->setCurrentIndex(outcome);

    if (ui->userComboBox->count() == 0) {
        ui->userComboBox->addItem(tr("All users"), qint64(0));
    } else {
        ui->userComboBox->setItemText(0, tr("All users"));
    }
}

void JobsPage::loadUsers()
{
    m_storage->run<Result<QList<User>>>(
        this,
        [](Database &db) { return UserService(db).list(); },
        [this](const Result<QList<User>> &users) {
            if (!users) {
                ui->messageBar->showMessage(users.error().message);
                return;
            }
            const QSignalBlocker blocker(ui->userComboBox);
            while (ui->userComboBox->count() > 1) {
                ui->userComboBox->removeItem(1);
            }
            for (const User &user : *users) {
                ui->userComboBox->addItem(user.name, user.id);
            }
        });
}

void JobsPage::applyFilter()
{
    JobRepository::Filter filter;
    filter.type = ui->typeComboBox->currentData().toString();
    filter.userId = ui->userComboBox->currentData().toLongLong();
    if (const int status = ui->statusComboBox->currentData().toInt(); status >= 0) {
        filter.status = JobStatus(status);
    }
    m_model->setFilter(filter);
}

void JobsPage::reload()
{
    m_model->reload();
}

void JobsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

qint64 JobsPage::currentJobId() const
{
    const auto rows = ui->jobsTableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->jobAt(rows.first().row()).id;
}

void JobsPage::selectJob(qint64 jobId)
{
    m_selectedJobId = jobId;
    if (const int row = m_model->rowOf(jobId); row >= 0) {
        ui->jobsTableView->selectRow(row);
    }
}

bool JobsPage::isUndoRunning() const
{
    return m_undoTask->isRunning();
}

void JobsPage::showDetails()
{
    const qint64 jobId = currentJobId();
    const int row = m_model->rowOf(jobId);
    if (row < 0) {
        ui->jobTitleLabel->setText(tr("Select a job to see its statistics and items."));
        ui->jobStatusLabel->clear();
        for (QLabel *label : {ui->createdValueLabel,
                 ui->updatedValueLabel,
                 ui->unchangedValueLabel,
                 ui->skippedValueLabel,
                 ui->failedValueLabel,
                 ui->exportedValueLabel}) {
            label->setText(u"-"_s);
        }
        showExtraCounts({});
        if (m_itemsModel->jobId() != 0) {
            m_itemsModel->setJob(0);
        }
        updateButtons();
        return;
    }
    const Job &job = m_model->jobAt(row);
    ui->jobTitleLabel->setText(u"<b>%1</b>"_s.arg(job.name.toHtmlEscaped()));
    QStringList status{tr("%1, %2").arg(JobType::label(job.type), jobStatusLabel(job.status))};
    if (job.finishedAt > 0) {
        status.append(tr("finished %1").arg(formatTime(job.finishedAt)));
    }
    if (job.undoneAt > 0) {
        status.append(tr("undone %1").arg(formatTime(job.undoneAt)));
    }
    if (!job.error.isEmpty()) {
        status.append(job.error);
    }
    ui->jobStatusLabel->setText(status.join(u"\n"_s));
    // Bulk actions neither create nor export contacts, nor do they have file rows.
    const bool bulk = JobType::isBulk(job.type);
    for (QLabel *label : {ui->createdLabel, ui->createdValueLabel, ui->exportedLabel, ui->exportedValueLabel}) {
        label->setVisible(!bulk);
    }
    ui->itemsTableView->setColumnHidden(JobItemsModel::RowColumn, bulk);

    // Items reload only when another job is chosen: the poll of a running job must not reset the view's scroll.
    const bool otherJob = jobId != m_selectedJobId || m_itemsModel->jobId() != jobId;
    m_selectedJobId = jobId;
    if (otherJob) {
        QList<JobItemOutcome> outcomes;
        if (const int outcome = ui->outcomeComboBox->currentData().toInt(); outcome >= 0) {
            outcomes.append(JobItemOutcome(outcome));
        }
        m_itemsModel->setJob(jobId, outcomes);
    }
    const quint64 generation = ++m_countsGeneration;
    const Session session = m_session;
    m_storage->run<Result<JobCounts>>(
        this,
        [session, jobId](Database &db) { return JobService(db, session).counts(jobId); },
        [this, generation](const Result<JobCounts> &counts) {
            if (generation != m_countsGeneration) {
                return;
            }
            if (!counts) {
                ui->messageBar->showMessage(counts.error().message);
                return;
            }
            ui->createdValueLabel->setText(QLocale().toString(counts->created));
            ui->updatedValueLabel->setText(QLocale().toString(counts->updated));
            ui->unchangedValueLabel->setText(QLocale().toString(counts->unchanged));
            ui->skippedValueLabel->setText(QLocale().toString(counts->skipped));
            ui->failedValueLabel->setText(QLocale().toString(counts->failed));
            ui->exportedValueLabel->setText(QLocale().toString(counts->exported));
            showExtraCounts(*counts);
        });
    updateButtons();
}

void JobsPage::updateButtons()
{
    const int row = m_model->rowOf(currentJobId());
    const bool hasJob = row >= 0;
    const Job *job = hasJob ? &m_model->jobAt(row) : nullptr;
    ui->undoJobButton->setEnabled(
        job && canUndo(job->status) && job->type != QString::fromUtf16(JobType::Export) && !m_undoTask->isRunning());
    ui->saveFailedRowsButton->setEnabled(job && job->type == QString::fromUtf16(JobType::Import) && job->failed > 0);
    const bool busy = m_undoTask->isRunning() || m_resumeRunner->isRunning();
    ui->resumeJobButton->setVisible(!job || JobType::isBulk(job->type));
    ui->resumeJobButton->setEnabled(job && canResume(*job) && !busy);
    if (m_resumeRunner->isRunning()) {
        ui->undoJobButton->setEnabled(false);
    }
}

void JobsPage::showExtraCounts(const JobCounts &counts)
{
    // Only bulk deletes trash and only e-mail verifications check: the rows show where they say something.
    ui->trashedValueLabel->setText(QLocale().toString(counts.trashed));
    ui->checkedValueLabel->setText(QLocale().toString(counts.checked));
    for (QLabel *label : {ui->trashedLabel, ui->trashedValueLabel}) {
        label->setVisible(counts.trashed > 0);
    }
    for (QLabel *label : {ui->checkedLabel, ui->checkedValueLabel}) {
        label->setVisible(counts.checked > 0);
    }
}

void JobsPage::resumeSelected()
{
    const int row = m_model->rowOf(currentJobId());
    if (row < 0 || m_undoTask->isRunning() || m_resumeRunner->isRunning()) {
        return;
    }
    const Job job = m_model->jobAt(row);
    if (canResume(job)) {
        ui->messageBar->clearMessage();
        m_resumeRunner->resume(job.id, job.name);
    }
}

void JobsPage::undoSelected()
{
    const int row = m_model->rowOf(currentJobId());
    if (row < 0 || m_undoTask->isRunning() || m_resumeRunner->isRunning()) {
        return;
    }
    const Job job = m_model->jobAt(row);
    if (!canUndo(job.status)) {
        return;
    }
    Confirmation question;
    question.title = tr("Undo job");
    question.text = tr("Undo \"%1\"?").arg(job.name);
    question.informativeText = JobType::isBulk(job.type)
        ? tr("Fields it changed get their previous values back and contacts it moved to the trash are restored. "
             "Fields changed since are left alone.")
        : tr("Contacts it created are deleted for good and fields it changed get their previous values back. Fields "
             "changed since are left alone.");
    question.acceptText = tr("Undo");
    question.objectName = u"undoJobConfirmBox"_s;
    ConfirmBox::ask(this, question, [this, jobId = job.id] { runUndo(jobId); });
}

void JobsPage::runUndo(qint64 jobId)
{
    auto *dialog = new QProgressDialog(tr("Undoing the job..."), tr("Cancel"), 0, 0, this);
    dialog->setObjectName(u"undoProgressDialog"_s);
    dialog->setWindowTitle(tr("Undo job"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    connect(dialog, &QProgressDialog::canceled, m_undoTask, &BackgroundTask::cancel);
    auto progress = connect(m_undoTask, &BackgroundTask::progress, dialog, [dialog](qint64 done, qint64 total) {
        dialog->setMaximum(int(std::min<qint64>(total, INT_MAX)));
        dialog->setValue(int(std::min<qint64>(done, INT_MAX)));
    });
    const Session session = m_session;
    m_undoTask->start<UndoReport>(
        [session, jobId](
            Database &db, const JobProgress &progress) { return JobService(db, session).undo(jobId, progress); },
        [this, dialog, progress, jobId](const Result<UndoReport> &report) {
            disconnect(progress);
            dialog->deleteLater();
            updateButtons();
            m_itemsModel->setJob(0); // its items name contacts that may be gone now: load them again
            reload();
            if (!report) {
                ui->messageBar->showMessage(report.error().message,
                    report.error().code == Error::Code::Cancelled ? MessageBar::Kind::Warning
                                                                  : MessageBar::Kind::Error);
                return;
            }
            QString text = tr("Undone: %n contact(s) removed", nullptr, int(report->removed)) + u", "_s
                + tr("%n contact(s) reverted.", nullptr, int(report->reverted));
            if (report->skipped == 0) {
                ui->messageBar->showMessage(text, MessageBar::Kind::Information);
            } else {
                text += u' '
                    + tr("%n field(s) were left alone because they changed after the job.",
                        nullptr,
                        int(report->skipped));
                ui->messageBar->showMessage(text, MessageBar::Kind::Warning);
                QStringList lines;
                for (const JobItem &item : report->skippedItems.mid(0, MaxReportedFields)) {
                    lines.append(tr("Contact #%1, %2: %3").arg(item.contactId).arg(item.column, item.reason));
                }
                if (report->skippedItems.size() > MaxReportedFields) {
                    lines.append(tr("... and %n more", nullptr, int(report->skippedItems.size() - MaxReportedFields)));
                }
                auto *box = new QMessageBox(QMessageBox::Information, tr("Undo job"), text, QMessageBox::Ok, this);
                box->setObjectName(u"undoReportBox"_s);
                box->setDetailedText(lines.join(u'\n'));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            }
            Q_EMIT undone(jobId);
        });
    updateButtons();
}

void JobsPage::chooseFailedRowsFile()
{
    const int row = m_model->rowOf(currentJobId());
    if (row < 0) {
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Save failed rows"));
    dialog->setObjectName(u"failedRowsFileDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(u"csv"_s);
    dialog->selectFile(tr("failed rows %1.csv").arg(m_model->jobAt(row).id));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &JobsPage::saveFailedRows);
    dialog->open();
}

void JobsPage::saveFailedRows(const QString &path)
{
    const qint64 jobId = currentJobId();
    if (jobId <= 0 || path.isEmpty()) {
        return;
    }
    Session session = m_session;
    session.origin = Origin::Import;
    m_storage->run<Result<qint64>>(
        this,
        [session, jobId, path](Database &db) { return ImportService(db, session).saveFailedRows(jobId, path); },
        [this, path](const Result<qint64> &rows) {
            if (!rows) {
                ui->messageBar->showMessage(rows.error().toString());
                return;
            }
            ui->messageBar->showMessage(
                tr("%n failed row(s) saved to %1.", nullptr, int(*rows)).arg(QDir::toNativeSeparators(path)),
                MessageBar::Kind::Information);
            Q_EMIT failedRowsSaved(*rows);
        });
}

void JobsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        fillFilterCombos();
        m_model->retranslate();
        m_itemsModel->retranslate();
        showDetails();
    }
    QWidget::changeEvent(event);
}

} // namespace Kontor
