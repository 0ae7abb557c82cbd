#include "ContactEditDialog.h"

#include "ui_ContactEditDialog.h"

#include "ContactTypeService.h"
#include "CustomFieldsWidget.h"
#include "EntryRowsWidget.h"
#include "PhotoWidget.h"
#include "StorageThread.h"
#include "UnitOfWork.h"
#include "common/CompanyNameCompleter.h"
#include "contacts/ContactService.h"
#include "customfields/CustomFieldService.h"

#include <QEvent>
#include <QFormLayout>
#include <QLocale>
#include <QPushButton>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int NoYear = 1799; // the year spin box's minimum stands for "year unknown"

struct Choice
{
    const char16_t *key;
    const char *text;
};

const Choice s_socialNetworks[] = {{u"linkedin", QT_TRANSLATE_NOOP("Kontor::ContactEditDialog", "LinkedIn:")},
    {u"skype", QT_TRANSLATE_NOOP("Kontor::ContactEditDialog", "Skype:")},
    {u"telegram", QT_TRANSLATE_NOOP("Kontor::ContactEditDialog", "Telegram:")},
    {u"x", QT_TRANSLATE_NOOP("Kontor::ContactEditDialog", "X:")},
    {u"facebook", QT_TRANSLATE_NOOP("Kontor::ContactEditDialog", "Facebook:")},
    {u"instagram", QT_TRANSLATE_NOOP("Kontor::ContactEditDialog", "Instagram:")},
    {u"whatsapp", QT_TRANSLATE_NOOP("Kontor::ContactEditDialog", "WhatsApp:")}};

struct Loaded
{
    Result<Contact> contact;
    Result<QList<CustomFieldFolder>> folders;
    Result<QList<CustomField>> fields;
    Result<QStringList> contactTypes;
};

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString tag = part.simplified();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive)) {
            tags.append(tag);
        }
    }
    return tags;
}
} // namespace

ContactEditDialog::ContactEditDialog(
    StorageThread *storage, const Session &session, const QString &defaultRegion, qint64 contactId, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ContactEditDialog>())
    , m_storage(storage)
    , m_session(session)
    , m_region(defaultRegion)
    , m_emails(new EntryRowsWidget(EntryRowsWidget::Kind::Email))
    , m_phones(new EntryRowsWidget(EntryRowsWidget::Kind::Phone))
    , m_addresses(new EntryRowsWidget(EntryRowsWidget::Kind::Address))
    , m_photo(new PhotoWidget)
{
    ui->setupUi(this);
    m_contact.id = contactId;
    setupDynamicParts();
    retranslateCode();
    clearErrors();
    fillForm(m_contact);
    load();
}

ContactEditDialog::~ContactEditDialog() = default;

void ContactEditDialog::setupDynamicParts()
{
    auto embed = [](QWidget *container, QWidget *child) {
        auto *layout = new QVBoxLayout(container);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(child);
    };
    embed(ui->emailsContainer, m_emails);
    embed(ui->phonesContainer, m_phones);
    embed(ui->addressesContainer, m_addresses);
    embed(ui->photoContainer, m_photo);

    auto *social = new QFormLayout(ui->socialContainer);
    social->setContentsMargins(0, 0, 0, 0);
    for (const auto &network : s_socialNetworks) {
        const QString key = QString::fromUtf16(network.key);
        auto *label = new QLabel(ui->socialContainer);
        auto *edit = new QLineEdit(ui->socialContainer);
        edit->setObjectName(key + u"SocialLineEdit"_s);
        edit->setMaxLength(ContactLimits::TextChars);
        social->addRow(label, edit);
        m_socialEdits.insert(key, edit);
        m_socialLabels.insert(key, label);
    }

    ui->contactTypeComboBox->addItem(QString(), QString()); // "(none)"; the configured types come with load()
    for (int month = 0; month <= 12; ++month) {
        ui->birthdayMonthComboBox->addItem(QString(), month);
    }

    ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    ui->buttonBox->button(QDialogButtonBox::Save)->setDefault(true);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &ContactEditDialog::save);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(ui->personRadioButton, &QRadioButton::toggled, this, &ContactEditDialog::updateKind);
    connect(ui->autoDisplayNameCheckBox, &QCheckBox::toggled, this, [this](bool automatic) {
        ui->displayNameLineEdit->setReadOnly(automatic);
        updateDisplayNamePreview();
    });
    for (QLineEdit *edit : {ui->titleLineEdit, ui->firstNameLineEdit, ui->middleNameLineEdit, ui->lastNameLineEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &ContactEditDialog::updateDisplayNamePreview);
    }
    connect(
        m_emails, &EntryRowsWidget::editingFinished, this, [this] { checkEntries(m_emails, ui->emailsErrorLabel); });
    connect(
        m_phones, &EntryRowsWidget::editingFinished, this, [this] { checkEntries(m_phones, ui->phonesErrorLabel); });
    connect(
        m_photo, &PhotoWidget::problem, this, [this](const QString &message) { showFieldError(u"photo"_s, message); });

    new CompanyNameCompleter(m_storage, m_session, ui->companyLineEdit);

    const auto errorLabels = findChildren<QLabel *>(QRegularExpression(u"ErrorLabel$"_s));
    for (QLabel *label : errorLabels) {
        label->setStyleSheet(u"color: #b3261e;"_s);
    }
}

void ContactEditDialog::setNewContactKind(ContactKind kind)
{
    if (m_contact.id != 0) {
        return;
    }
    // load() fills the form again from m_contact: the kind has to live there, not only in the buttons.
    m_contact.kind = kind;
    ui->personRadioButton->setChecked(kind == ContactKind::Person);
    ui->companyRadioButton->setChecked(kind == ContactKind::Company);
}

void ContactEditDialog::load()
{
    ui->tabWidget->setEnabled(false);
    ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
    const qint64 id = m_contact.id;
    const Session session = m_session;
    m_storage->run<Loaded>(
        this,
        [id, session](Database &db) {
            CustomFieldService fields(db, session);
            return Loaded{id ? ContactService(db, session).load(id) : Result<Contact>(Contact{}),
                fields.folders(),
                fields.fields(),
                ContactTypeService(db, session).list()};
        },
        [this](const Loaded &loaded) {
            if (!loaded.contact) {
                ui->messageBar->showMessage(loaded.contact.error().message);
                return; // the form stays disabled: there is nothing to edit
            }
            if (loaded.folders && loaded.fields) {
                ui->customFieldsWidget->setDefinitions(*loaded.folders, *loaded.fields);
            } else {
                const Error &e = loaded.folders ? loaded.fields.error() : loaded.folders.error();
                ui->messageBar->showMessage(
                    tr("The custom fields could not be loaded: %1").arg(e.message), MessageBar::Kind::Warning);
            }
            if (loaded.contactTypes) {
                for (const QString &type : *loaded.contactTypes) {
                    ui->contactTypeComboBox->addItem(ContactTypeService::displayName(type), type);
                }
            }
            if (m_contact.id) {
                m_contact = *loaded.contact;
            }
            fillForm(m_contact);
            ui->tabWidget->setEnabled(true);
            ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(true);
            m_ready = true;
            Q_EMIT ready();
        });
}

void ContactEditDialog::fillForm(const Contact &c)
{
    ui->personRadioButton->setChecked(!c.isCompany());
    ui->companyRadioButton->setChecked(c.isCompany());
    ui->salutationComboBox->setCurrentText(c.salutation);
    ui->titleLineEdit->setText(c.title);
    ui->firstNameLineEdit->setText(c.firstName);
    ui->middleNameLineEdit->setText(c.middleName);
    ui->lastNameLineEdit->setText(c.lastName);
    ui->autoDisplayNameCheckBox->setChecked(!c.displayNameManual && !c.isCompany());
    ui->displayNameLineEdit->setText(c.displayName);
    ui->companyLineEdit->setText(c.companyName);
    ui->jobTitleLineEdit->setText(c.jobTitle);
    ui->departmentLineEdit->setText(c.department);
    m_emails->setEmails(c.emails);
    m_phones->setPhones(c.phones);
    m_addresses->setAddresses(c.addresses);
    ui->websiteLineEdit->setText(c.website);
    for (auto it = m_socialEdits.cbegin(); it != m_socialEdits.cend(); ++it) {
        it.value()->setText(c.socialProfiles.value(it.key()));
    }
    ui->birthdayDaySpinBox->setValue(c.birthday.day);
    ui->birthdayMonthComboBox->setCurrentIndex(qBound(0, c.birthday.month, 12));
    ui->birthdayYearSpinBox->setValue(c.birthday.hasYear() ? c.birthday.year : NoYear);
    int typeIndex = ui->contactTypeComboBox->findData(c.contactType);
    if (typeIndex < 0) {
        ui->contactTypeComboBox->addItem(c.contactType, c.contactType); // removed from the list since
        typeIndex = ui->contactTypeComboBox->count() - 1;
    }
    ui->contactTypeComboBox->setCurrentIndex(typeIndex);
    ui->leadCheckBox->setChecked(c.lead);
    ui->sourceLineEdit->setText(c.source);
    ui->tagsLineEdit->setText(c.tags.join(u", "_s));
    ui->dndAllCheckBox->setChecked(c.dnd.testFlag(DndChannel::All));
    ui->dndEmailCheckBox->setChecked(c.dnd.testFlag(DndChannel::Email));
    ui->dndSmsCheckBox->setChecked(c.dnd.testFlag(DndChannel::Sms));
    ui->dndCallsCheckBox->setChecked(c.dnd.testFlag(DndChannel::Calls));
    ui->dndWhatsAppCheckBox->setChecked(c.dnd.testFlag(DndChannel::WhatsApp));
    ui->descriptionPlainTextEdit->setPlainText(c.description);
    m_photo->setPhoto(c.photo);
    ui->customFieldsWidget->setValues(c.customValues);
    updateKind();
    updateDisplayNamePreview();
}

Contact ContactEditDialog::contactFromForm() const
{
    Contact c = m_contact;
    c.kind = ui->companyRadioButton->isChecked() ? ContactKind::Company : ContactKind::Person;
    const bool person = !c.isCompany();
    c.salutation = person ? ui->salutationComboBox->currentText().trimmed() : QString();
    c.title = person ? ui->titleLineEdit->text().trimmed() : QString();
    c.firstName = person ? ui->firstNameLineEdit->text().trimmed() : QString();
    c.middleName = person ? ui->middleNameLineEdit->text().trimmed() : QString();
    c.lastName = person ? ui->lastNameLineEdit->text().trimmed() : QString();
    c.displayNameManual = !person || !ui->autoDisplayNameCheckBox->isChecked();
    c.displayName = c.displayNameManual ? ui->displayNameLineEdit->text().trimmed() : QString();
    c.jobTitle = person ? ui->jobTitleLineEdit->text().trimmed() : QString();
    c.department = person ? ui->departmentLineEdit->text().trimmed() : QString();
    const QString company = person ? ui->companyLineEdit->text().trimmed() : QString();
    if (company.isEmpty() || company.compare(m_contact.companyName, Qt::CaseInsensitive) != 0) {
        c.companyId = 0; // resolved by name when saving
    }
    c.companyName = company;
    c.emails = m_emails->emails();
    c.phones = m_phones->phones();
    c.addresses = m_addresses->addresses();
    c.website = ui->websiteLineEdit->text().trimmed();
    c.socialProfiles.clear();
    for (auto it = m_socialEdits.cbegin(); it != m_socialEdits.cend(); ++it) {
        if (const QString handle = it.value()->text().trimmed(); !handle.isEmpty()) {
            c.socialProfiles.insert(it.key(), handle);
        }
    }
    const int month = ui->birthdayMonthComboBox->currentData().toInt();
    const int year = ui->birthdayYearSpinBox->value();
    c.birthday = month == 0 && ui->birthdayDaySpinBox->value() == 0
        ? Birthday{}
        : Birthday{year == NoYear ? 0 : year, month, ui->birthdayDaySpinBox->value()};
    c.contactType = ui->contactTypeComboBox->currentData().toString();
    c.lead = ui->leadCheckBox->isChecked();
    c.source = ui->sourceLineEdit->text().trimmed();
    c.tags = splitTags(ui->tagsLineEdit->text());
    DndChannels dnd;
    dnd.setFlag(DndChannel::All, ui->dndAllCheckBox->isChecked());
    dnd.setFlag(DndChannel::Email, ui->dndEmailCheckBox->isChecked());
    dnd.setFlag(DndChannel::Sms, ui->dndSmsCheckBox->isChecked());
    dnd.setFlag(DndChannel::Calls, ui->dndCallsCheckBox->isChecked());
    dnd.setFlag(DndChannel::WhatsApp, ui->dndWhatsAppCheckBox->isChecked());
    c.dnd = dnd;
    c.description = ui->descriptionPlainTextEdit->toPlainText().trimmed();
    c.photo = m_photo->photo();
    c.customValues = ui->customFieldsWidget->values(nullptr, nullptr);
    return c;
}

void ContactEditDialog::save()
{
    if (m_saving || !m_ready) {
        return;
    }
    clearErrors();
    if (!checkLocally()) {
        return;
    }
    Contact contact = contactFromForm();
    const QString companyName = contact.companyName;
    const Session session = m_session;
    const QString region = m_region;
    m_saving = true;
    ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
    m_storage->run<Result<Contact>>(
        this,
        [contact, companyName, session, region](Database &db) mutable -> Result<Contact> {
            ContactService service(db, session);
            service.setDefaultRegion(region);
            // Check before the company lookup, which may create a company: a rejected contact leaves nothing.
            if (auto prepared = service.prepare(contact); !prepared) {
                return prepared.error();
            }
            UnitOfWork unit(db, session);
            if (auto begun = unit.begin(); !begun) {
                return begun.error();
            }
            if (contact.companyId == 0 && !companyName.isEmpty()) {
                auto companyId = service.companyIdForName(companyName);
                if (!companyId) {
                    Error e = companyId.error();
                    e.location.field = u"company"_s;
                    return e;
                }
                contact.companyId = *companyId;
            }
            auto saved = contact.id ? service.update(contact) : service.create(contact);
            if (!saved) {
                return saved.error();
            }
            if (auto committed = unit.commit(); !committed) {
                return committed.error();
            }
            return saved;
        },
        [this](const Result<Contact> &saved) {
            m_saving = false;
            ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(true);
            if (!saved) {
                showError(saved.error());
                return;
            }
            m_contact = *saved;
            Q_EMIT this->saved(saved->id);
            accept();
        });
}

void ContactEditDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslateCode();
        updateKind();
    }
    QDialog::changeEvent(event);
}

void ContactEditDialog::updateKind()
{
    const bool person = ui->personRadioButton->isChecked();
    for (QWidget *field : {static_cast<QWidget *>(ui->salutationComboBox),
             static_cast<QWidget *>(ui->titleLineEdit),
             static_cast<QWidget *>(ui->middleNameLineEdit),
             static_cast<QWidget *>(ui->jobTitleLineEdit),
             static_cast<QWidget *>(ui->departmentLineEdit)}) {
        ui->generalFormLayout->setRowVisible(field, person);
    }
    ui->generalFormLayout->setRowVisible(ui->firstNameLayout, person);
    ui->generalFormLayout->setRowVisible(ui->lastNameLayout, person);
    ui->generalFormLayout->setRowVisible(ui->companyLayout, person);
    // setRowVisible() shows every widget of a row, the empty error labels too.
    const auto errorLabels = findChildren<QLabel *>(QRegularExpression(u"ErrorLabel$"_s));
    for (QLabel *label : errorLabels) {
        label->setVisible(!label->text().isEmpty());
    }
    ui->autoDisplayNameCheckBox->setVisible(person);
    ui->displayNameLabel->setText(person ? tr("Display name:") : tr("Company name:"));
    ui->displayNameLineEdit->setReadOnly(person && ui->autoDisplayNameCheckBox->isChecked());
    updateDisplayNamePreview();
}

void ContactEditDialog::updateDisplayNamePreview()
{
    if (!ui->personRadioButton->isChecked() || !ui->autoDisplayNameCheckBox->isChecked()) {
        return;
    }
    // A preview only: ContactService generates the stored display name with the same parts.
    QStringList parts;
    for (QLineEdit *edit : {ui->titleLineEdit, ui->firstNameLineEdit, ui->middleNameLineEdit, ui->lastNameLineEdit}) {
        if (const QString text = edit->text().trimmed(); !text.isEmpty()) {
            parts.append(text);
        }
    }
    ui->displayNameLineEdit->setText(parts.join(u' '));
}

bool ContactEditDialog::checkLocally()
{
    const bool person = ui->personRadioButton->isChecked();
    if (person && ui->firstNameLineEdit->text().trimmed().isEmpty() && ui->lastNameLineEdit->text().trimmed().isEmpty()
        && ui->displayNameLineEdit->text().trimmed().isEmpty()) {
        showFieldError(u"name"_s, tr("Enter a first or a last name."));
        return false;
    }
    if (!person && ui->displayNameLineEdit->text().trimmed().isEmpty()) {
        showFieldError(u"display_name"_s, tr("Enter the company name."));
        return false;
    }
    if (const QString why = m_emails->problem(m_region); !why.isEmpty()) {
        showFieldError(u"emails"_s, why);
        return false;
    }
    if (const QString why = m_phones->problem(m_region); !why.isEmpty()) {
        showFieldError(u"phones"_s, why);
        return false;
    }
    const Contact c = contactFromForm();
    if (!c.birthday.isNull() && (c.birthday.day == 0 || !c.birthday.isValid())) {
        showFieldError(u"birthday"_s, tr("This is not a date in the calendar: choose day and month."));
        return false;
    }
    QString field;
    QString problem;
    ui->customFieldsWidget->values(&field, &problem);
    if (!field.isEmpty()) {
        showFieldError(field, problem);
        return false;
    }
    return true;
}

void ContactEditDialog::showError(const Error &error)
{
    if (!error.location.field.isEmpty()) {
        showFieldError(error.location.field, error.message);
    } else {
        ui->messageBar->showMessage(error.message);
    }
    Q_EMIT saveFailed(error.message);
}

void ContactEditDialog::showFieldError(const QString &field, const QString &message)
{
    ui->messageBar->showMessage(message);
    const QHash<QString, std::pair<QLabel *, QWidget *>> targets{
        {u"name"_s, {ui->firstNameErrorLabel, ui->firstNameLineEdit}},
        {u"first_name"_s, {ui->firstNameErrorLabel, ui->firstNameLineEdit}},
        {u"middle_name"_s, {ui->firstNameErrorLabel, ui->middleNameLineEdit}},
        {u"last_name"_s, {ui->lastNameErrorLabel, ui->lastNameLineEdit}},
        {u"display_name"_s, {ui->displayNameErrorLabel, ui->displayNameLineEdit}},
        {u"salutation"_s, {ui->firstNameErrorLabel, ui->salutationComboBox}},
        {u"title"_s, {ui->firstNameErrorLabel, ui->titleLineEdit}},
        {u"job_title"_s, {ui->companyErrorLabel, ui->jobTitleLineEdit}},
        {u"department"_s, {ui->companyErrorLabel, ui->departmentLineEdit}},
        {u"company"_s, {ui->companyErrorLabel, ui->companyLineEdit}},
        {u"emails"_s, {ui->emailsErrorLabel, m_emails}},
        {u"phones"_s, {ui->phonesErrorLabel, m_phones}},
        {u"addresses"_s, {ui->addressesErrorLabel, m_addresses}},
        {u"website"_s, {ui->websiteErrorLabel, ui->websiteLineEdit}},
        {u"social"_s, {ui->socialErrorLabel, ui->socialContainer}},
        {u"birthday"_s, {ui->birthdayErrorLabel, ui->birthdayDaySpinBox}},
        {u"source"_s, {ui->tagsErrorLabel, ui->sourceLineEdit}},
        {u"contact_type"_s, {ui->tagsErrorLabel, ui->contactTypeComboBox}},
        {u"tags"_s, {ui->tagsErrorLabel, ui->tagsLineEdit}},
        {u"dnd"_s, {ui->tagsErrorLabel, ui->dndAllCheckBox}},
        {u"description"_s, {ui->descriptionErrorLabel, ui->descriptionPlainTextEdit}},
        {u"photo"_s, {ui->photoErrorLabel, m_photo}},
    };
    QString key = field;
    if (key == u"name"_s && ui->companyRadioButton->isChecked()) {
        key = u"display_name"_s;
    }
    if (key.startsWith(u"custom."_s)) {
        if (ui->customFieldsWidget->showFieldError(key, message)) {
            ui->tabWidget->setCurrentWidget(ui->customFieldsTab);
        }
        return;
    }
    const auto target = targets.value(key);
    if (!target.first) {
        return; // a field without its own place in the form: the bar says it
    }
    target.first->setText(message);
    target.first->show();
    for (int i = 0; i < ui->tabWidget->count(); ++i) {
        if (ui->tabWidget->widget(i)->isAncestorOf(target.first)) {
            ui->tabWidget->setCurrentIndex(i);
            break;
        }
    }
    target.second->setFocus();
}

void ContactEditDialog::clearErrors()
{
    ui->messageBar->clearMessage();
    const auto errorLabels = findChildren<QLabel *>(QRegularExpression(u"ErrorLabel$"_s));
    for (QLabel *label : errorLabels) {
        label->clear();
        label->hide();
    }
    ui->customFieldsWidget->clearFieldErrors();
}

void ContactEditDialog::checkEntries(EntryRowsWidget *rows, QLabel *errorLabel)
{
    const QString why = rows->problem(m_region);
    errorLabel->setText(why);
    errorLabel->setVisible(!why.isEmpty());
}

void ContactEditDialog::retranslateCode()
{
    setWindowTitle(m_contact.id ? tr("Edit contact") : tr("New contact"));
    ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Save"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    for (const auto &network : s_socialNetworks) {
        m_socialLabels.value(QString::fromUtf16(network.key))->setText(tr(network.text));
    }
    for (int index = 1; index < ui->contactTypeComboBox->count(); ++index) {
        ui->contactTypeComboBox->setItemText(
            index, ContactTypeService::displayName(ui->contactTypeComboBox->itemData(index).toString()));
    }
    ui->contactTypeComboBox->setItemText(0, tr("(none)"));
    const QLocale locale;
    ui->birthdayMonthComboBox->setItemText(0, tr("(month)"));
    for (int month = 1; month <= 12; ++month) {
        ui->birthdayMonthComboBox->setItemText(month, locale.standaloneMonthName(month));
    }
    const QString salutation = ui->salutationComboBox->currentText();
    ui->salutationComboBox->clear();
    ui->salutationComboBox->addItems({QString(), tr("Mr"), tr("Ms"), tr("Mx")});
    ui->salutationComboBox->setCurrentText(salutation);
}

} // namespace Kontor
