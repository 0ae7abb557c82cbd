#include "ImportMappingPage.h"

#include "ImportWizard.h"
#include "common/MessageBar.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int HasLabelRole = Qt::UserRole + 1;
constexpr int SampleValues = 3;
constexpr int SampleChars = 40;

const QString NewField = u"custom.new"_s;

struct LabelChoice
{
    QString key;
    QString text;
};

QList<LabelChoice> labelChoices()
{
    return {{u"work"_s, ImportMappingPage::tr("Work")},
        {u"home"_s, ImportMappingPage::tr("Home")},
        {u"mobile"_s, ImportMappingPage::tr("Mobile")},
        {u"other"_s, ImportMappingPage::tr("Other")}};
}
} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_messageBar(new MessageBar(this))
    , m_noteLabel(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(u"importMappingPage"_s);
    m_messageBar->setObjectName(u"mappingMessageBar"_s);
    m_noteLabel->setObjectName(u"vcardNoteLabel"_s);
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setTextFormat(Qt::PlainText);
    m_table->setObjectName(u"mappingTableWidget"_s);
    m_table->setColumnCount(ColumnCount);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(SampleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->resizeSection(HeaderColumn, 180);
    m_table->horizontalHeader()->resizeSection(TargetColumn, 220);
    m_table->horizontalHeader()->resizeSection(LabelColumn, 150);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_table, 1);
    retranslate();
}

void ImportMappingPage::initializePage()
{
    const ImportWizardState &state = m_wizard->state();
    if (state.probeGeneration != m_builtGeneration || state.options.kind != m_builtKind) {
        rebuild();
    }
}

void ImportMappingPage::rebuild()
{
    ImportWizardState &state = m_wizard->state();
    m_builtGeneration = state.probeGeneration;
    m_builtKind = state.options.kind;
    state.options.rememberMapping = false;
    m_messageBar->clearMessage();
    m_building = true;
    m_table->setRowCount(0);
    m_groups.clear();
    m_suggestedTargets.clear();
    retranslate();
    if (state.isVCard()) {
        m_table->hide();
        m_building = false;
        return;
    }
    m_table->show();
    const QStringList &headers = state.probe.headers;
    m_table->setRowCount(int(headers.size()));
    for (int row = 0; row < headers.size(); ++row) {
        auto *header = new QTableWidgetItem(headers.at(row));
        m_table->setItem(row, HeaderColumn, header);
        QStringList samples;
        for (const ImportRow &record : state.probe.sample) {
            const QString value = record.cells.value(row).simplified();
            if (!value.isEmpty()) {
                samples.append(value.size() > SampleChars ? value.left(SampleChars) + u'…' : value);
            }
            if (samples.size() == SampleValues) {
                break;
            }
        }
        auto *sample = new QTableWidgetItem(samples.join(u"  ·  "_s));
        sample->setForeground(palette().brush(QPalette::PlaceholderText));
        m_table->setItem(row, SampleColumn, sample);

        const ColumnMapping suggested = state.suggestedMapping.columns.value(row);
        m_groups.append(suggested.group);
        m_suggestedTargets.append(suggested.target);
        auto *target = new QComboBox(m_table);
        target->setObjectName(u"targetComboBox%1"_s.arg(row));
        fillTargetCombo(target, suggested);
        m_table->setCellWidget(row, TargetColumn, target);
        auto *label = new QComboBox(m_table);
        label->setObjectName(u"labelComboBox%1"_s.arg(row));
        label->setEditable(true);
        label->setInsertPolicy(QComboBox::NoInsert);
        m_table->setCellWidget(row, LabelColumn, label);
        updateLabelCombo(row, suggested.label);
        connect(target, &QComboBox::currentIndexChanged, this, [this, row] { onTargetChanged(row); });
        connect(label, &QComboBox::editTextChanged, this, [this] {
            if (!m_building) {
                m_wizard->state().options.rememberMapping = true;
            }
        });
    }
    m_building = false;
}

void ImportMappingPage::fillTargetCombo(QComboBox *combo, const ColumnMapping &mapping)
{
    const ImportWizardState &state = m_wizard->state();
    for (const ImportTargets::Target &target : ImportTargets::all(state.options.kind)) {
        combo->addItem(target.label, target.key);
        combo->setItemData(combo->count() - 1, target.hasLabel, HasLabelRole);
    }
    combo->insertSeparator(combo->count());
    for (const CustomField &field : state.customFields) {
        combo->addItem(tr("Custom field: %1").arg(field.name), u"custom.%1"_s.arg(field.id));
    }
    combo->addItem(tr("New custom field..."), NewField);
    combo->setItemData(combo->count() - 1, true, HasLabelRole);
    combo->insertSeparator(combo->count());
    combo->addItem(tr("Do not import"), QString());
    int index = combo->findData(mapping.target);
    if (index < 0 && ImportTargets::isKnown(mapping.target)) {
        // A target this kind does not list (a remembered mapping of the other kind): keep it visible.
        combo->addItem(ImportTargets::label(mapping.target), mapping.target);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index >= 0 ? index : combo->findData(QString()));
}

void ImportMappingPage::updateLabelCombo(int row, const QString &label)
{
    const bool wasBuilding = m_building;
    m_building = true;
    QComboBox *target = targetCombo(row);
    QComboBox *combo = labelCombo(row);
    const QString key = target->currentData().toString();
    combo->clear();
    if (key == NewField) {
        combo->setEnabled(true);
        combo->setEditText(label.isEmpty() ? m_table->item(row, HeaderColumn)->text() : label);
        combo->setToolTip(tr("The name of the new custom field"));
    } else if (target->currentData(HasLabelRole).toBool()) {
        combo->setEnabled(true);
        for (const LabelChoice &choice : labelChoices()) {
            combo->addItem(choice.text, choice.key);
        }
        const int index = combo->findData(label);
        if (index >= 0) {
            combo->setCurrentIndex(index);
        } else {
            combo->setEditText(label);
        }
        combo->setToolTip(tr("The label of the value: work, home, mobile, other or your own"));
    } else {
        combo->setEnabled(false);
        combo->setToolTip(QString());
    }
    m_building = wasBuilding;
}

void ImportMappingPage::onTargetChanged(int row)
{
    if (m_building) {
        return;
    }
    // A suggested group ties address parts and labels together; a column moved elsewhere stands alone.
    const QString target = targetCombo(row)->currentData().toString();
    m_groups[row] = 0;
    updateLabelCombo(row, {});
    if (target == m_suggestedTargets.value(row)) {
        m_groups[row] = m_wizard->state().suggestedMapping.columns.value(row).group;
    }
    m_wizard->state().options.rememberMapping = true;
    m_messageBar->clearMessage();
}

QComboBox *ImportMappingPage::targetCombo(int column) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(column, TargetColumn));
}

QComboBox *ImportMappingPage::labelCombo(int column) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(column, LabelColumn));
}

ImportMapping ImportMappingPage::mapping() const
{
    ImportMapping mapping;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        ColumnMapping column;
        column.target = targetCombo(row)->currentData().toString();
        column.group = m_groups.value(row);
        const QComboBox *label = labelCombo(row);
        if (label->isEnabled()) {
            const QString text = label->currentText().trimmed();
            const int index = label->findText(text);
            column.label = index >= 0 && label->itemData(index).isValid() ? label->itemData(index).toString() : text;
        }
        mapping.columns.append(column);
    }
    return mapping;
}

bool ImportMappingPage::validatePage()
{
    ImportWizardState &state = m_wizard->state();
    if (state.isVCard()) {
        state.options.mapping.reset();
        return true;
    }
    const ImportMapping chosen = mapping();
    bool any = false;
    for (int row = 0; row < chosen.columns.size(); ++row) {
        const ColumnMapping &column = chosen.columns.at(row);
        any = any || !column.isIgnored();
        if (column.target == NewField && column.label.isEmpty()) {
            m_messageBar->showMessage(
                tr("Give the new custom field of column \"%1\" a name.").arg(state.probe.headers.value(row)));
            labelCombo(row)->setFocus();
            return false;
        }
    }
    if (!any) {
        m_messageBar->showMessage(tr("Choose where at least one column goes."));
        return false;
    }
    m_messageBar->clearMessage();
    state.options.mapping = chosen;
    return true;
}

void ImportMappingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void ImportMappingPage::retranslate()
{
    setTitle(tr("Map the columns"));
    const ImportWizardState &state = m_wizard->state();
    if (state.isVCard()) {
        setSubTitle(tr("vCard files need no mapping: every property goes to its field."));
        m_noteLabel->setText(tr("Properties found: %1").arg(state.probe.headers.join(u", "_s)));
        m_noteLabel->show();
    } else {
        setSubTitle(tr("Choose where each column of the file goes. Kontor guessed from the column names."));
        m_noteLabel->hide();
    }
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("Sample values"), tr("Import as"), tr("Label")});
}

} // namespace Kontor
