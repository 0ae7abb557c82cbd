#include "ExportDialog.h"

#include "ui_ExportDialog.h"

#include "StorageThread.h"
#include "jobs/BackgroundTask.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QListWidget>
#include <QLocale>
#include <QStandardPaths>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int ExportPageSize = 500;

const QList<ExportFormat> &formats()
{
    static const QList<ExportFormat> all{ExportFormat::Csv,
        ExportFormat::CsvExcel,
        ExportFormat::Xlsx,
        ExportFormat::VCard4,
        ExportFormat::VCard3,
        ExportFormat::Json};
    return all;
}

bool isTable(ExportFormat format)
{
    return format == ExportFormat::Csv || format == ExportFormat::CsvExcel || format == ExportFormat::Xlsx;
}
} // namespace

ExportDialog::ExportDialog(
    StorageThread *storage, const Session &session, const ContactSelection &selection, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ExportDialog>())
    , m_storage(storage)
    , m_session(session)
    , m_selection(selection)
    , m_task(new BackgroundTask(storage, this))
{
    ui->setupUi(this);
    setObjectName(u"exportDialog"_s);
    for (ExportFormat format : formats()) {
        ui->formatComboBox->addItem(exportFormatLabel(format), int(format));
    }
    const bool hasSelection = !selection.allInList && !selection.ids.isEmpty();
    ui->selectionRadioButton->setEnabled(hasSelection);
    (hasSelection && selection.ids.size() > 1 ? ui->selectionRadioButton : ui->currentListRadioButton)
        ->setChecked(true);
    ui->exportProgressBar->hide();
    ui->exportButton->setDefault(true);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    ui->pathLineEdit->setText(QDir::toNativeSeparators(
        QDir(documents.isEmpty() ? QDir::homePath() : documents).filePath(tr("contacts") + u".csv"_s)));

    connect(ui->formatComboBox, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(ui->browseButton, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(ui->exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(ui->closeButton, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(ui->pathLineEdit, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(ui->columnsListWidget, &QListWidget::itemChanged, this, &ExportDialog::updateButtons);
    connect(ui->selectAllColumnsButton, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < ui->columnsListWidget->count(); ++row) {
            ui->columnsListWidget->item(row)->setCheckState(Qt::Checked);
        }
    });
    connect(ui->selectNoColumnsButton, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < ui->columnsListWidget->count(); ++row) {
            ui->columnsListWidget->item(row)->setCheckState(Qt::Unchecked);
        }
    });
    connect(m_task, &BackgroundTask::progress, this, [this](qint64 done, qint64 total) {
        if (total > 0) {
            ui->exportProgressBar->setRange(0, 1000);
            ui->exportProgressBar->setValue(int(std::min(done, total) * 1000 / total));
        }
        ui->statusLabel->setText(tr("%1 contact(s) written...").arg(QLocale().toString(done)));
    });
    retranslateCode();
    loadColumns();
    updateButtons();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::loadColumns()
{
    const Session session = m_session;
    m_storage->run<Result<QList<ExportColumn>>>(
        this,
        [session](Database &db) { return ExportService(db, session).availableColumns(); },
        [this](const Result<QList<ExportColumn>> &columns) {
            if (!columns) {
                ui->messageBar->showMessage(columns.error().message);
                return;
            }
            const QSignalBlocker blocker(ui->columnsListWidget);
            for (const ExportColumn &column : *columns) {
                auto *item = new QListWidgetItem(column.label, ui->columnsListWidget);
                item->setData(Qt::UserRole, column.key);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Checked);
            }
            m_columnsLoaded = true;
            updateButtons();
        });
}

void ExportDialog::setPath(const QString &path)
{
    ui->pathLineEdit->setText(QDir::toNativeSeparators(path));
}

QString ExportDialog::path() const
{
    return QDir::fromNativeSeparators(ui->pathLineEdit->text().trimmed());
}

void ExportDialog::setFormat(ExportFormat format)
{
    ui->formatComboBox->setCurrentIndex(ui->formatComboBox->findData(int(format)));
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(ui->formatComboBox->currentData().toInt());
}

QStringList ExportDialog::checkedColumns() const
{
    QStringList keys;
    for (int row = 0; row < ui->columnsListWidget->count(); ++row) {
        const QListWidgetItem *item = ui->columnsListWidget->item(row);
        if (item->checkState() == Qt::Checked) {
            keys.append(item->data(Qt::UserRole).toString());
        }
    }
    return keys;
}

bool ExportDialog::isRunning() const
{
    return m_task->isRunning();
}

void ExportDialog::onFormatChanged()
{
    // The file follows the format: "contacts.csv" becomes "contacts.vcf".
    const QString current = path();
    if (!current.isEmpty()) {
        const QFileInfo info(current);
        const QString renamed = info.dir().filePath(info.completeBaseName() + u'.' + exportFormatSuffix(format()));
        setPath(renamed);
    }
    updateButtons();
}

void ExportDialog::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Export to"));
    dialog->setObjectName(u"exportFileDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    const QString suffix = exportFormatSuffix(format());
    dialog->setNameFilter(tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    dialog->setDefaultSuffix(suffix);
    dialog->selectFile(path());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ExportDialog::setPath);
    dialog->open();
}

void ExportDialog::updateButtons()
{
    const bool running = m_task->isRunning();
    const bool table = isTable(format());
    ui->columnsGroupBox->setEnabled(table && !running);
    ui->scopeGroupBox->setEnabled(!running);
    ui->formatComboBox->setEnabled(!running);
    ui->pathLineEdit->setEnabled(!running);
    ui->browseButton->setEnabled(!running);
    ui->exportButton->setEnabled(
        !running && !path().isEmpty() && m_columnsLoaded && (!table || !checkedColumns().isEmpty()));
    ui->closeButton->setText(running ? tr("Cancel") : tr("Close"));
}

void ExportDialog::startExport()
{
    if (m_task->isRunning() || path().isEmpty()) {
        return;
    }
    ExportOptions options;
    options.format = format();
    if (isTable(options.format)) {
        options.columns = checkedColumns();
    }
    if (ui->selectionRadioButton->isChecked()) {
        options.ids = m_selection.ids;
    } else if (ui->currentListRadioButton->isChecked()) {
        options.query = m_selection.query;
    }
    options.query.limit = ExportPageSize;
    options.query.afterSortKey.clear();
    options.query.afterSortValue = {};
    options.query.afterId = 0;
    options.query.afterDeletedAt = 0;
    const QString target = path();
    const Session session = m_session;
    ui->messageBar->clearMessage();
    ui->exportProgressBar->setRange(0, 0);
    ui->exportProgressBar->show();
    ui->statusLabel->setText(tr("Exporting..."));
    m_done = false;
    m_task->start<ExportReport>(
        [session, options, target](Database &db, const JobProgress &progress) {
            return ExportService(db, session).run(options, target, progress);
        },
        [this, target](const Result<ExportReport> &report) {
            ui->exportProgressBar->hide();
            updateButtons();
            if (!report || report->cancelled) {
                const bool cancelled = report ? true : report.error().code == Error::Code::Cancelled;
                ui->statusLabel->clear();
                if (cancelled) {
                    ui->messageBar->showMessage(
                        tr("The export was cancelled; no file was written."), MessageBar::Kind::Warning);
                } else {
                    ui->messageBar->showMessage(report.error().toString());
                }
                return;
            }
            m_done = true;
            ui->statusLabel->clear();
            ui->messageBar->showMessage(tr("%n contact(s) exported to %1.", nullptr, int(report->written))
                                            .arg(QDir::toNativeSeparators(target)),
                MessageBar::Kind::Information);
            Q_EMIT exported(report->written, target);
        });
    updateButtons();
}

void ExportDialog::reject()
{
    if (m_task->isRunning()) {
        m_task->cancel();
        ui->statusLabel->setText(tr("Cancelling..."));
        return;
    }
    QDialog::reject();
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslateCode();
    }
    QDialog::changeEvent(event);
}

void ExportDialog::retranslateCode()
{
    for (int i = 0; i < ui->formatComboBox->count(); ++i) {
        ui->formatComboBox->setItemText(i, exportFormatLabel(ExportFormat(ui->formatComboBox->itemData(i).toInt())));
    }
    if (!m_selection.allInList && !m_selection.ids.isEmpty()) {
        ui->selectionRadioButton->setText(tr("The %n selected contact(s)", nullptr, int(m_selection.ids.size())));
    }
    if (m_selection.allInList) {
        ui->currentListRadioButton->setText(
            tr("All %n contact(s) of the current list", nullptr, int(m_selection.count)));
    }
    updateButtons();
}

} // namespace Kontor
