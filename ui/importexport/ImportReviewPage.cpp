#include "ImportReviewPage.h"

#include "ImportProblemsModel.h"
#include "ImportWizard.h"
#include "common/MessageBar.h"
#include "jobs/BackgroundTask.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int RecheckDelayMs = 400;

QLabel *countLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(u"-"_s, parent);
    label->setObjectName(name);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setMinimumWidth(60);
    return label;
}
} // namespace

ImportReviewPage::ImportReviewPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_task(new BackgroundTask(wizard->storage(), this))
    , m_problems(new ImportProblemsModel(this))
    , m_messageBar(new MessageBar(this))
    , m_busyBar(new QProgressBar(this))
    , m_busyLabel(new QLabel(this))
    , m_countsGroup(new QGroupBox(this))
    , m_newTitle(new QLabel(this))
    , m_newCount(countLabel(this, u"newCountLabel"_s))
    , m_updateTitle(new QLabel(this))
    , m_updateCount(countLabel(this, u"updateCountLabel"_s))
    , m_duplicateTitle(new QLabel(this))
    , m_duplicateCount(countLabel(this, u"duplicateCountLabel"_s))
    , m_problemTitle(new QLabel(this))
    , m_problemCount(countLabel(this, u"problemCountLabel"_s))
    , m_companyTitle(new QLabel(this))
    , m_companyCount(countLabel(this, u"companyCountLabel"_s))
    , m_skippedTitle(new QLabel(this))
    , m_skippedCount(countLabel(this, u"skippedCountLabel"_s))
    , m_problemsLabel(new QLabel(this))
    , m_problemsView(new QTableView(this))
    , m_checkAgainButton(new QPushButton(this))
    , m_optionsGroup(new QGroupBox(this))
    , m_policyGroup(new QButtonGroup(this))
    , m_createRadio(new QRadioButton(this))
    , m_updateRadio(new QRadioButton(this))
    , m_skipRadio(new QRadioButton(this))
    , m_tagLabel(new QLabel(this))
    , m_tagEdit(new QLineEdit(this))
    , m_ownerLabel(new QLabel(this))
    , m_ownerCombo(new QComboBox(this))
    , m_skipInvalidCheck(new QCheckBox(this))
    , m_nameLabel(new QLabel(this))
    , m_nameEdit(new QLineEdit(this))
{
    setObjectName(u"importReviewPage"_s);
    setCommitPage(true);
    m_messageBar->setObjectName(u"reviewMessageBar"_s);
    m_busyBar->setObjectName(u"reviewBusyBar"_s);
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(12);
    m_problemsView->setObjectName(u"problemsTableView"_s);
    m_problemsView->setModel(m_problems);
    m_problemsView->verticalHeader()->hide();
    m_problemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemsView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_problemsView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_problemsView->horizontalHeader()->setSectionResizeMode(ImportProblemsModel::ReasonColumn, QHeaderView::Stretch);
    m_problemsView->horizontalHeader()->resizeSection(ImportProblemsModel::RowColumn, 50);
    m_problemsView->horizontalHeader()->resizeSection(ImportProblemsModel::ColumnColumn, 130);
    m_problemsView->horizontalHeader()->resizeSection(ImportProblemsModel::ValueColumn, 200);
    m_checkAgainButton->setObjectName(u"checkAgainButton"_s);
    m_createRadio->setObjectName(u"createOnlyRadioButton"_s);
    m_updateRadio->setObjectName(u"updateRadioButton"_s);
    m_skipRadio->setObjectName(u"skipDuplicatesRadioButton"_s);
    m_policyGroup->addButton(m_createRadio, int(DuplicatePolicy::Create));
    m_policyGroup->addButton(m_updateRadio, int(DuplicatePolicy::Update));
    m_policyGroup->addButton(m_skipRadio, int(DuplicatePolicy::Skip));
    m_skipRadio->setChecked(true);
    m_tagEdit->setObjectName(u"tagLineEdit"_s);
    m_ownerCombo->setObjectName(u"ownerComboBox"_s);
    m_skipInvalidCheck->setObjectName(u"skipInvalidCheckBox"_s);
    m_nameEdit->setObjectName(u"jobNameLineEdit"_s);

    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busyLabel);
    busyRow->addWidget(m_busyBar, 1);

    auto *counts = new QGridLayout(m_countsGroup);
    const std::pair<QLabel *, QLabel *> pairs[] = {{m_newTitle, m_newCount},
        {m_updateTitle, m_updateCount},
        {m_duplicateTitle, m_duplicateCount},
        {m_problemTitle, m_problemCount},
        {m_companyTitle, m_companyCount},
        {m_skippedTitle, m_skippedCount}};
    int row = 0;
    for (const auto &[title, value] : pairs) {
        counts->addWidget(title, row, 0);
        counts->addWidget(value, row, 1);
        ++row;
    }
    counts->setRowStretch(row, 1);

    auto *options = new QFormLayout(m_optionsGroup);
    auto *policy = new QVBoxLayout;
    policy->addWidget(m_createRadio);
    policy->addWidget(m_updateRadio);
    policy->addWidget(m_skipRadio);
    options->addRow(policy);
    options->addRow(m_tagLabel, m_tagEdit);
    options->addRow(m_ownerLabel, m_ownerCombo);
    options->addRow(m_nameLabel, m_nameEdit);
    options->addRow(m_skipInvalidCheck);

    auto *top = new QHBoxLayout;
    top->addWidget(m_countsGroup);
    top->addWidget(m_optionsGroup, 1);

    auto *problemsRow = new QHBoxLayout;
    problemsRow->addWidget(m_problemsLabel, 1);
    problemsRow->addWidget(m_checkAgainButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(busyRow);
    layout->addLayout(top);
    layout->addLayout(problemsRow);
    layout->addWidget(m_problemsView, 1);

    m_recheckTimer.setSingleShot(true);
    connect(&m_recheckTimer, &QTimer::timeout, this, &ImportReviewPage::startReview);
    connect(m_problems, &ImportProblemsModel::edited, this, [this] {
        m_dirty = true;
        m_recheckTimer.start(RecheckDelayMs);
        Q_EMIT completeChanged();
    });
    connect(m_checkAgainButton, &QPushButton::clicked, this, &ImportReviewPage::checkAgain);
    // The policy changes what counts as new, update or skipped.
    connect(m_policyGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked && isVisible()) {
            m_dirty = true;
            m_recheckTimer.start(0);
            Q_EMIT completeChanged();
        }
    });
    connect(m_skipInvalidCheck, &QCheckBox::toggled, this, &ImportReviewPage::completeChanged);
    connect(m_task, &BackgroundTask::progress, this, [this](qint64 done, qint64 total) {
        if (total > 0) {
            m_busyBar->setRange(0, 1000);
            m_busyBar->setValue(int(done * 1000 / total));
        }
    });
    retranslate();
}

ImportReviewPage::~ImportReviewPage() = default;

void ImportReviewPage::initializePage()
{
    ImportWizardState &state = m_wizard->state();
    if (m_reviewedGeneration != state.probeGeneration) {
        // Corrections and skipped rows belong to the file they were made for.
        m_problems->clear();
        m_reviewedGeneration = state.probeGeneration;
        m_nameEdit->clear();
    }
    if (m_nameEdit->text().isEmpty()) {
        m_nameEdit->setText(tr("Import of %1").arg(QFileInfo(state.path).fileName()));
    }
    fillOwners();
    state.review.reset();
    startReview();
}

void ImportReviewPage::cleanupPage()
{
    m_recheckTimer.stop();
    m_pending = false;
    m_task->cancel();
}

void ImportReviewPage::checkAgain()
{
    m_recheckTimer.stop();
    m_dirty = true;
    startReview();
}

bool ImportReviewPage::isReviewing() const
{
    return m_task->isRunning() || m_pending || m_recheckTimer.isActive();
}

void ImportReviewPage::fillOwners()
{
    const qint64 chosen = m_ownerCombo->currentData().toLongLong();
    m_ownerCombo->clear();
    m_ownerCombo->addItem(tr("Me"), qint64(0));
    for (const User &user : m_wizard->state().users) {
        if (user.id != m_wizard->session().userId) {
            m_ownerCombo->addItem(user.name, user.id);
        }
    }
    m_ownerCombo->setCurrentIndex(std::max(0, m_ownerCombo->findData(chosen)));
}

void ImportReviewPage::readOptions()
{
    ImportOptions &options = m_wizard->state().options;
    options.onDuplicate = DuplicatePolicy(m_policyGroup->checkedId());
    options.tag = m_tagEdit->text().trimmed();
    options.ownerId = m_ownerCombo->currentData().toLongLong();
    options.skipInvalid = m_skipInvalidCheck->isChecked();
    options.name = m_nameEdit->text().trimmed();
    options.fixes = m_problems->fixes();
    options.skipRows = m_problems->skipRows();
    options.region = m_wizard->region();
}

void ImportReviewPage::startReview()
{
    if (m_task->isRunning()) {
        m_pending = true;
        m_task->cancel();
        return;
    }
    m_pending = false;
    m_dirty = false;
    readOptions();
    m_messageBar->clearMessage();
    m_busyBar->setRange(0, 0);
    m_busyBar->show();
    m_busyLabel->setText(tr("Checking every row of the file..."));
    m_busyLabel->show();
    m_checkAgainButton->setEnabled(false);
    const QString path = m_wizard->state().path;
    const ImportOptions options = m_wizard->state().options;
    const Session session = m_wizard->importSession();
    const QString region = m_wizard->region();
    m_task->start<ImportReview>(
        [path, options, session, region](Database &db, const JobProgress &progress) {
            ImportService service(db, session);
            service.setDefaultRegion(region);
            return service.review(path, options, progress);
        },
        [this](const Result<ImportReview> &review) {
            m_checkAgainButton->setEnabled(true);
            if (m_pending) {
                startReview();
                return;
            }
            m_busyBar->hide();
            m_busyLabel->hide();
            if (!review) {
                if (review.error().code != Error::Code::Cancelled) {
                    m_messageBar->showMessage(review.error().toString());
                }
                m_wizard->state().review.reset();
            } else {
                m_wizard->state().review = *review;
                m_problems->setProblems(review->problems);
            }
            showReview();
            Q_EMIT completeChanged();
        });
    Q_EMIT completeChanged();
}

void ImportReviewPage::showReview()
{
    const auto &review = m_wizard->state().review;
    const QLocale locale;
    auto show = [&](QLabel *label, qint64 value) { label->setText(review ? locale.toString(value) : u"-"_s); };
    show(m_newCount, review ? review->toCreate : 0);
    show(m_updateCount, review ? review->toUpdate : 0);
    show(m_duplicateCount, review ? review->duplicates : 0);
    show(m_problemCount, review ? review->invalid : 0);
    show(m_companyCount, review ? review->companiesToCreate : 0);
    show(m_skippedCount, review ? review->skipped : 0);
    if (!review) {
        m_problemsLabel->clear();
    } else if (m_problems->rowCount() == 0) {
        m_problemsLabel->setText(tr("No problems: all %n row(s) can be imported.", nullptr, int(review->rows)));
    } else {
        m_problemsLabel->setText(tr("Correct a value by double-clicking it, or skip its row. Without corrections "
                                    "nothing is imported unless you leave the invalid rows out."));
    }
    m_problemsLabel->setWordWrap(true);
}

bool ImportReviewPage::isComplete() const
{
    if (isReviewing() || m_dirty || !m_wizard->state().review) {
        return false;
    }
    return m_problems->unresolvedRows() == 0 || m_skipInvalidCheck->isChecked();
}

bool ImportReviewPage::validatePage()
{
    if (!isComplete()) {
        return false;
    }
    readOptions();
    return true;
}

void ImportReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showReview();
    }
    QWizardPage::changeEvent(event);
}

void ImportReviewPage::retranslate()
{
    setTitle(tr("Review"));
    setSubTitle(tr("What the import will do. Nothing has been written yet."));
    m_busyLabel->setText(tr("Checking every row of the file..."));
    m_countsGroup->setTitle(tr("Rows"));
    m_newTitle->setText(tr("New contacts:"));
    m_updateTitle->setText(tr("Updates:"));
    m_duplicateTitle->setText(tr("Duplicates:"));
    m_problemTitle->setText(tr("Rows with problems:"));
    m_companyTitle->setText(tr("Companies to create:"));
    m_skippedTitle->setText(tr("Skipped:"));
    m_checkAgainButton->setText(tr("Check again"));
    m_optionsGroup->setTitle(tr("Options"));
    m_createRadio->setText(tr("Create a new contact for every row"));
    m_updateRadio->setText(tr("Update existing contacts matched by e-mail or phone"));
    m_skipRadio->setText(tr("Skip rows that match an existing contact"));
    m_tagLabel->setText(tr("Add the tag:"));
    m_tagEdit->setPlaceholderText(tr("none"));
    m_ownerLabel->setText(tr("Owner:"));
    m_nameLabel->setText(tr("Name in the log:"));
    m_skipInvalidCheck->setText(tr("Import the valid rows and leave out the invalid ones"));
    if (m_ownerCombo->count() > 0) {
        m_ownerCombo->setItemText(0, tr("Me"));
    }
    m_problems->retranslate();
}

} // namespace Kontor
