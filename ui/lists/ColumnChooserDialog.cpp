#include "ColumnChooserDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int KeyRole = Qt::UserRole + 1;
}

ColumnChooserDialog::ColumnChooserDialog(
    const QList<FilterField> &fields, const QList<ListColumn> &columns, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_upButton(new QPushButton(tr("Move up"), this))
    , m_downButton(new QPushButton(tr("Move down"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_initial(columns)
{
    setWindowTitle(tr("Choose columns"));
    setObjectName(u"columnChooserDialog"_s);
    m_list->setObjectName(u"columnsListWidget"_s);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_upButton->setObjectName(u"moveUpButton"_s);
    m_downButton->setObjectName(u"moveDownButton"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);

    auto addItem = [this](const FilterField &field, bool checked) {
        auto *item = new QListWidgetItem(field.label, m_list);
        item->setData(KeyRole, field.key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    };
    for (const ListColumn &column : columns) {
        const auto field
            = std::find_if(fields.cbegin(), fields.cend(), [&](const FilterField &f) { return f.key == column.key; });
        if (field != fields.cend()) {
            addItem(*field, true);
        }
    }
    for (const FilterField &field : fields) {
        const bool shown
            = std::any_of(columns.cbegin(), columns.cend(), [&](const ListColumn &c) { return c.key == field.key; });
        if (!shown) {
            addItem(field, false);
        }
    }

    auto *hint = new QLabel(tr("Check the columns to show. Drag them to change their order."), this);
    hint->setWordWrap(true);
    auto *moveButtons = new QVBoxLayout;
    moveButtons->addWidget(m_upButton);
    moveButtons->addWidget(m_downButton);
    moveButtons->addStretch();
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(moveButtons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(middle, 1);
    layout->addWidget(m_buttons);
    resize(420, 520);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_list, &QListWidget::itemChanged, this, &ColumnChooserDialog::updateButtons);
    connect(m_list, &QListWidget::currentRowChanged, this, &ColumnChooserDialog::updateButtons);
    updateButtons();
}

QList<ListColumn> ColumnChooserDialog::columns() const
{
    QList<ListColumn> out;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->checkState() != Qt::Checked) {
            continue;
        }
        ListColumn column{item->data(KeyRole).toString(), 0};
        for (const ListColumn &before : m_initial) {
            if (before.key == column.key) {
                column.width = before.width;
            }
        }
        out.append(column);
    }
    return out;
}

void ColumnChooserDialog::setChecked(const QString &key, bool checked)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(KeyRole).toString() == key) {
            m_list->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        }
    }
}

void ColumnChooserDialog::moveCurrent(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count()) {
        return;
    }
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentRow(target);
}

void ColumnChooserDialog::updateButtons()
{
    const int row = m_list->currentRow();
    m_upButton->setEnabled(row > 0);
    m_downButton->setEnabled(row >= 0 && row + 1 < m_list->count());
    // A list without columns could not even show its rows' names.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!columns().isEmpty());
}

} // namespace Kontor
