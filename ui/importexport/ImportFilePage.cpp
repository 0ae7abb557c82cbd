#include "ImportFilePage.h"

#include "ImportWizard.h"
#include "StorageThread.h"
#include "common/MessageBar.h"
#include "customfields/CustomFieldService.h"
#include "users/UserService.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
struct ProbeOutcome
{
    std::optional<Error> error;
    ProbeResult probe;
    ImportMapping mapping;
    QList<CustomField> fields;
    QList<User> users;
};

const QStringList &encodings()
{
    static const QStringList names{
        u"UTF-8"_s, u"UTF-16LE"_s, u"UTF-16BE"_s, u"windows-1252"_s, u"ISO-8859-1"_s, u"ISO-8859-15"_s, u"macintosh"_s};
    return names;
}

const QList<QChar> &delimiters()
{
    static const QList<QChar> chars{u',', u';', u'\t', u'|'};
    return chars;
}

QString localFileOf(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile()) {
        return {};
    }
    return mime->urls().first().toLocalFile();
}
} // namespace

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_fileEdit(new QLineEdit(this))
    , m_fileLabel(new QLabel(this))
    , m_kindLabel(new QLabel(this))
    , m_personsRadio(new QRadioButton(this))
    , m_companiesRadio(new QRadioButton(this))
    , m_detectedTitle(new QLabel(this))
    , m_detectedLabel(new QLabel(this))
    , m_encodingLabel(new QLabel(this))
    , m_encodingCombo(new QComboBox(this))
    , m_delimiterLabel(new QLabel(this))
    , m_delimiterCombo(new QComboBox(this))
    , m_headerCheck(new QCheckBox(this))
    , m_sheetLabel(new QLabel(this))
    , m_sheetCombo(new QComboBox(this))
    , m_messageBar(new MessageBar(this))
    , m_browseButton(new QPushButton(this))
{
    setObjectName(u"importFilePage"_s);
    setAcceptDrops(true);
    m_fileEdit->setObjectName(u"fileLineEdit"_s);
    m_fileEdit->setClearButtonEnabled(true);
    m_browseButton->setObjectName(u"browseButton"_s);
    m_personsRadio->setObjectName(u"personsRadioButton"_s);
    m_companiesRadio->setObjectName(u"companiesRadioButton"_s);
    m_personsRadio->setChecked(true);
    m_detectedLabel->setObjectName(u"detectedLabel"_s);
    m_detectedLabel->setWordWrap(true);
    m_detectedLabel->setTextFormat(Qt::PlainText);
    m_encodingCombo->setObjectName(u"encodingComboBox"_s);
    m_delimiterCombo->setObjectName(u"delimiterComboBox"_s);
    m_headerCheck->setObjectName(u"headerCheckBox"_s);
    m_sheetCombo->setObjectName(u"sheetComboBox"_s);
    m_messageBar->setObjectName(u"fileMessageBar"_s);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_browseButton);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_personsRadio);
    kindRow->addWidget(m_companiesRadio);
    kindRow->addStretch(1);
    auto *kindGroup = new QButtonGroup(this);
    kindGroup->addButton(m_personsRadio);
    kindGroup->addButton(m_companiesRadio);

    auto *detected = new QFormLayout;
    detected->addRow(m_detectedTitle, m_detectedLabel);
    detected->addRow(m_encodingLabel, m_encodingCombo);
    detected->addRow(m_delimiterLabel, m_delimiterCombo);
    detected->addRow(QString(), m_headerCheck);
    detected->addRow(m_sheetLabel, m_sheetCombo);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_fileLabel);
    layout->addLayout(fileRow);
    layout->addSpacing(8);
    layout->addWidget(m_kindLabel);
    layout->addLayout(kindRow);
    layout->addSpacing(8);
    layout->addLayout(detected);
    layout->addStretch(1);

    connect(m_browseButton, &QPushButton::clicked, this, &ImportFilePage::chooseFile);
    connect(m_fileEdit, &QLineEdit::editingFinished, this, &ImportFilePage::onPathEdited);
    connect(m_personsRadio, &QRadioButton::toggled, this, [this] {
        m_wizard->state().options.kind = m_personsRadio->isChecked() ? ContactKind::Person : ContactKind::Company;
        probe(); // the suggested mapping depends on the kind
    });
    connect(m_encodingCombo, &QComboBox::activated, this, [this] {
        readOverrides();
        probe();
    });
    connect(m_delimiterCombo, &QComboBox::activated, this, [this] {
        readOverrides();
        probe();
    });
    connect(m_headerCheck, &QCheckBox::clicked, this, [this](bool checked) {
        m_wizard->state().options.table.hasHeader = checked ? 1 : 0;
        probe();
    });
    connect(m_sheetCombo, &QComboBox::activated, this, [this](int index) {
        m_wizard->state().options.table.sheet = index;
        probe();
    });
    retranslate();
    showProbe();
}

void ImportFilePage::setFile(const QString &path)
{
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    onPathEdited();
}

bool ImportFilePage::isComplete() const
{
    return m_probed && !m_probing && !m_reprobe;
}

bool ImportFilePage::validatePage()
{
    return isComplete();
}

void ImportFilePage::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose a file to import"));
    dialog->setObjectName(u"importFileDialog"_s);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Contact files (*.csv *.tsv *.txt *.xlsx *.xls *.vcf)"), tr("All files (*)")});
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ImportFilePage::setFile);
    dialog->open();
}

void ImportFilePage::onPathEdited()
{
    const QString path = QDir::fromNativeSeparators(m_fileEdit->text().trimmed());
    if (path == m_wizard->state().path && (m_probed || m_probing)) {
        return;
    }
    ImportWizardState &state = m_wizard->state();
    state.path = path;
    state.options.table = {}; // overrides belong to the previous file
    m_encodingCombo->setCurrentIndex(0);
    m_delimiterCombo->setCurrentIndex(0);
    probe();
}

void ImportFilePage::readOverrides()
{
    TableOptions &table = m_wizard->state().options.table;
    table.dialect.encoding = m_encodingCombo->currentData().toString();
    const QString delimiter = m_delimiterCombo->currentData().toString();
    table.dialect.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
}

void ImportFilePage::probe()
{
    ImportWizardState &state = m_wizard->state();
    m_probed = false;
    m_messageBar->clearMessage();
    if (state.path.isEmpty()) {
        showProbe();
        Q_EMIT completeChanged();
        return;
    }
    if (m_probing) {
        m_reprobe = true; // probe again with the latest input when the running one returns
        Q_EMIT completeChanged();
        return;
    }
    m_probing = true;
    m_detectedLabel->setText(tr("Reading the file..."));
    Q_EMIT completeChanged();
    const quint64 generation = ++m_generation;
    const QString path = state.path;
    const TableOptions table = state.options.table;
    const ContactKind kind = state.options.kind;
    const Session session = m_wizard->importSession();
    const QString region = m_wizard->region();
    m_wizard->storage()->run<ProbeOutcome>(
        this,
        [path, table, kind, session, region](Database &db) {
            ProbeOutcome outcome;
            ImportService service(db, session);
            service.setDefaultRegion(region);
            auto probed = service.probe(path, table);
            if (!probed) {
                outcome.error = probed.error();
                return outcome;
            }
            outcome.probe = *probed;
            if (outcome.probe.format != ImportFormat::VCard) {
                auto mapping = service.suggestMapping(outcome.probe, kind);
                if (!mapping) {
                    outcome.error = mapping.error();
                    return outcome;
                }
                outcome.mapping = *mapping;
            }
            auto fields = CustomFieldService(db, session).fields();
            auto users = UserService(db).list();
            if (!fields || !users) {
                outcome.error = fields ? users.error() : fields.error();
                return outcome;
            }
            outcome.fields = *fields;
            outcome.users = *users;
            return outcome;
        },
        [this, generation](const ProbeOutcome &outcome) {
            m_probing = false;
            if (generation != m_generation) {
                return;
            }
            if (m_reprobe) {
                m_reprobe = false;
                probe();
                return;
            }
            if (outcome.error) {
                showError(*outcome.error);
            } else {
                ImportWizardState &state = m_wizard->state();
                state.probe = outcome.probe;
                state.suggestedMapping = outcome.mapping;
                state.customFields = outcome.fields;
                state.users = outcome.users;
                ++state.probeGeneration;
                m_probed = true;
                showProbe();
            }
            Q_EMIT completeChanged();
        });
}

void ImportFilePage::showError(const Error &error)
{
    m_messageBar->showMessage(error.toString());
    m_detectedLabel->setText(tr("The file cannot be imported."));
    m_wizard->state().probe = {};
    fillOverrideCombos();
}

void ImportFilePage::showProbe()
{
    const ImportWizardState &state = m_wizard->state();
    const ProbeResult &probe = state.probe;
    const bool csv = m_probed && probe.format == ImportFormat::Csv;
    const bool workbook = m_probed && (probe.format == ImportFormat::Xlsx || probe.format == ImportFormat::Xls);
    if (!m_probed) {
        m_detectedLabel->setText(state.path.isEmpty() ? tr("Choose a file or drop it here.") : QString());
    } else if (probe.format == ImportFormat::VCard) {
        m_detectedLabel->setText(tr("vCard file with %n kind(s) of properties", nullptr, int(probe.headers.size())));
    } else {
        QString format;
        switch (probe.format) {
        case ImportFormat::Xlsx:
            format = tr("Excel workbook (XLSX), %n sheet(s)", nullptr, int(probe.sheets.size()));
            break;
        case ImportFormat::Xls:
            format = tr("Excel 97-2003 workbook (XLS), %n sheet(s)", nullptr, int(probe.sheets.size()));
            break;
        default:
            format = probe.dialect.bom ? tr("Text file (CSV), %1 with byte-order mark").arg(probe.dialect.encoding)
                                       : tr("Text file (CSV), %1").arg(probe.dialect.encoding);
            break;
        }
        const QString columns = tr("%n column(s)", nullptr, int(probe.headers.size()));
        const QString header = probe.hasHeader ? tr("the first row names them") : tr("without a header row");
        m_detectedLabel->setText(tr("%1; %2, %3").arg(format, columns, header));
    }
    fillOverrideCombos();
    for (QWidget *w : {static_cast<QWidget *>(m_encodingLabel),
             static_cast<QWidget *>(m_encodingCombo),
             static_cast<QWidget *>(m_delimiterLabel),
             static_cast<QWidget *>(m_delimiterCombo)}) {
        w->setVisible(csv);
    }
    m_headerCheck->setVisible(csv || workbook);
    m_sheetLabel->setVisible(workbook);
    m_sheetCombo->setVisible(workbook);
}

void ImportFilePage::fillOverrideCombos()
{
    const ImportWizardState &state = m_wizard->state();
    const ProbeResult &probe = state.probe;
    const QSignalBlocker encodingBlocker(m_encodingCombo);
    const QSignalBlocker delimiterBlocker(m_delimiterCombo);
    const QSignalBlocker headerBlocker(m_headerCheck);
    const QSignalBlocker sheetBlocker(m_sheetCombo);
    auto delimiterName = [](QChar c) { return c == u'\t' ? tr("Tab") : tr("\"%1\"", "a delimiter character").arg(c); };

    const int encoding = std::max(0, m_encodingCombo->currentIndex());
    m_encodingCombo->clear();
    m_encodingCombo->addItem(m_probed && !probe.dialect.encoding.isEmpty()
            ? tr("Automatic (%1)").arg(probe.dialect.encoding)
            : tr("Automatic"),
        QString());
    for (const QString &name : encodings()) {
        m_encodingCombo->addItem(name, name);
    }
    m_encodingCombo->setCurrentIndex(encoding);

    const int delimiter = std::max(0, m_delimiterCombo->currentIndex());
    m_delimiterCombo->clear();
    m_delimiterCombo->addItem(m_probed && !probe.dialect.delimiter.isNull()
            ? tr("Automatic (%1)").arg(delimiterName(probe.dialect.delimiter))
            : tr("Automatic"),
        QString());
    for (QChar c : delimiters()) {
        m_delimiterCombo->addItem(delimiterName(c), QString(c));
    }
    m_delimiterCombo->setCurrentIndex(delimiter);

    m_headerCheck->setChecked(m_probed ? probe.hasHeader : true);
    m_sheetCombo->clear();
    m_sheetCombo->addItems(probe.sheets);
    m_sheetCombo->setCurrentIndex(probe.sheet);
}

void ImportFilePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (ImportWizard::isImportableFile(localFileOf(event->mimeData()))) {
        event->acceptProposedAction();
    }
}

void ImportFilePage::dropEvent(QDropEvent *event)
{
    const QString path = localFileOf(event->mimeData());
    if (ImportWizard::isImportableFile(path)) {
        event->acceptProposedAction();
        setFile(path);
    }
}

void ImportFilePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showProbe();
    }
    QWizardPage::changeEvent(event);
}

void ImportFilePage::retranslate()
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("CSV, text, Excel and vCard files. You can also drop a file on this window."));
    m_fileLabel->setText(tr("File:"));
    m_fileEdit->setPlaceholderText(tr("Path of a .csv, .tsv, .txt, .xlsx, .xls or .vcf file"));
    m_browseButton->setText(tr("Choose..."));
    m_kindLabel->setText(tr("The file holds:"));
    m_personsRadio->setText(tr("Persons"));
    m_companiesRadio->setText(tr("Companies"));
    m_detectedTitle->setText(tr("Detected:"));
    m_encodingLabel->setText(tr("Encoding:"));
    m_delimiterLabel->setText(tr("Delimiter:"));
    m_headerCheck->setText(tr("The first row holds the column names"));
    m_sheetLabel->setText(tr("Sheet:"));
}

} // namespace Kontor
