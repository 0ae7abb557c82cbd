#include "CustomFieldDialog.h"

#include "ui_CustomFieldDialog.h"

#include "StorageThread.h"
#include "customfields/CustomFieldService.h"

#include <QEvent>
#include <QKeyEvent>
#include <QPushButton>

#include <algorithm>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

CustomFieldDialog::CustomFieldDialog(StorageThread *storage,
    const Session &session,
    const CustomField &field,
    const QList<CustomFieldFolder> &folders,
    QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::CustomFieldDialog>())
    , m_storage(storage)
    , m_session(session)
    , m_field(field)
{
    ui->setupUi(this);
    ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    for (const CustomFieldType type : allCustomFieldTypes()) {
        ui->typeComboBox->addItem(QString(), int(type));
    }
    ui->typeComboBox->setCurrentIndex(ui->typeComboBox->findData(int(field.type)));
    ui->typeComboBox->setEnabled(field.id == 0);
    ui->folderComboBox->addItem(QString(), qint64(0));
    for (const CustomFieldFolder &folder : folders) {
        ui->folderComboBox->addItem(folder.name, folder.id);
    }
    ui->folderComboBox->setCurrentIndex(qMax(0, ui->folderComboBox->findData(field.folderId)));
    ui->nameLineEdit->setText(field.name);
    for (const QString &option : field.options) {
        auto *item = new QListWidgetItem(option, ui->optionsListWidget);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }

    connect(ui->typeComboBox, &QComboBox::currentIndexChanged, this, &CustomFieldDialog::updateOptionsState);
    connect(ui->optionsListWidget, &QListWidget::currentRowChanged, this, &CustomFieldDialog::updateOptionsState);
    connect(ui->newOptionLineEdit, &QLineEdit::textChanged, this, &CustomFieldDialog::updateOptionsState);
    connect(ui->addOptionButton, &QPushButton::clicked, this, &CustomFieldDialog::addOption);
    connect(ui->removeOptionButton, &QPushButton::clicked, this, &CustomFieldDialog::removeOption);
    connect(ui->moveOptionUpButton, &QPushButton::clicked, this, [this] { moveOption(-1); });
    connect(ui->moveOptionDownButton, &QPushButton::clicked, this, [this] { moveOption(1); });
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &CustomFieldDialog::save);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in the option line adds the option; QDialog would otherwise press Save as well.
    ui->newOptionLineEdit->installEventFilter(this);
    ui->addOptionButton->setAutoDefault(false);
    retranslateCode();
    updateOptionsState();
}

CustomFieldDialog::~CustomFieldDialog() = default;

CustomField CustomFieldDialog::field() const
{
    CustomField f = m_field;
    f.name = ui->nameLineEdit->text().simplified();
    f.type = CustomFieldType(ui->typeComboBox->currentData().toInt());
    f.folderId = ui->folderComboBox->currentData().toLongLong();
    f.options.clear();
    if (isSelectType()) {
        for (int row = 0; row < ui->optionsListWidget->count(); ++row) {
            const QString option = ui->optionsListWidget->item(row)->text().simplified();
            if (!option.isEmpty()) {
                f.options << option;
            }
        }
    }
    return f;
}

void CustomFieldDialog::save()
{
    const CustomField f = field();
    for (int i = 0; i < f.options.size(); ++i) {
        if (f.options.indexOf(f.options.at(i)) != i) {
            ui->messageBar->showMessage(tr("The option \"%1\" is listed twice.").arg(f.options.at(i)));
            return;
        }
    }
    ui->messageBar->clearMessage();
    ui->buttonBox->setEnabled(false);
    const Session session = m_session;
    const qint64 originalFolder = m_field.folderId;
    m_storage->run<Result<CustomField>>(
        this,
        [f, session, originalFolder](Database &db) -> Result<CustomField> {
            CustomFieldService service(db, session);
            if (f.id == 0) {
                return service.createField(f);
            }
            CustomField changed = f;
            if (changed.folderId != originalFolder) {
                // A field moved to another folder goes to its end.
                auto all = service.fields();
                if (!all) {
                    return all.error();
                }
                int last = -1;
                for (const CustomField &other : std::as_const(*all)) {
                    if (other.folderId == changed.folderId && other.id != changed.id) {
                        last = std::max(last, other.position);
                    }
                }
                changed.position = last + 1;
            }
            return service.updateField(changed);
        },
        [this](const Result<CustomField> &result) {
            ui->buttonBox->setEnabled(true);
            if (!result) {
                ui->messageBar->showMessage(result.error().message);
                if (result.error().location.field == u"name"_s) {
                    ui->nameLineEdit->setFocus();
                }
                return;
            }
            Q_EMIT saved(*result);
            accept();
        });
}

bool CustomFieldDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == ui->newOptionLineEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addOption();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CustomFieldDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslateCode();
    }
    QDialog::changeEvent(event);
}

void CustomFieldDialog::retranslateCode()
{
    setWindowTitle(m_field.id == 0 ? tr("New custom field") : tr("Edit custom field"));
    for (int i = 0; i < ui->typeComboBox->count(); ++i) {
        ui->typeComboBox->setItemText(i, customFieldTypeLabel(CustomFieldType(ui->typeComboBox->itemData(i).toInt())));
    }
    ui->typeComboBox->setToolTip(
        m_field.id == 0 ? QString() : tr("The type cannot be changed: the stored values depend on it."));
    ui->folderComboBox->setItemText(0, tr("Without folder"));
}

void CustomFieldDialog::updateOptionsState()
{
    ui->optionsGroupBox->setVisible(isSelectType());
    const int row = ui->optionsListWidget->currentRow();
    const int count = ui->optionsListWidget->count();
    ui->addOptionButton->setEnabled(!ui->newOptionLineEdit->text().trimmed().isEmpty());
    ui->removeOptionButton->setEnabled(row >= 0);
    ui->moveOptionUpButton->setEnabled(row > 0);
    ui->moveOptionDownButton->setEnabled(row >= 0 && row < count - 1);
}

void CustomFieldDialog::addOption()
{
    const QString option = ui->newOptionLineEdit->text().simplified();
    if (option.isEmpty()) {
        return;
    }
    auto *item = new QListWidgetItem(option, ui->optionsListWidget);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    ui->optionsListWidget->setCurrentItem(item);
    ui->newOptionLineEdit->clear();
    updateOptionsState();
}

void CustomFieldDialog::removeOption()
{
    delete ui->optionsListWidget->takeItem(ui->optionsListWidget->currentRow());
    updateOptionsState();
}

void CustomFieldDialog::moveOption(int delta)
{
    const int row = ui->optionsListWidget->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= ui->optionsListWidget->count()) {
        return;
    }
    QListWidgetItem *item = ui->optionsListWidget->takeItem(row);
    ui->optionsListWidget->insertItem(target, item);
    ui->optionsListWidget->setCurrentItem(item);
    updateOptionsState();
}

bool CustomFieldDialog::isSelectType() const
{
    const auto type = CustomFieldType(ui->typeComboBox->currentData().toInt());
    return type == CustomFieldType::SingleSelect || type == CustomFieldType::MultiSelect;
}

} // namespace Kontor
