#include "BulkActionDialog.h"

#include "ui_BulkActionDialog.h"

#include "StorageThread.h"
#include "common/CompanyNameCompleter.h"
#include "contacts/ContactService.h"
#include "contacts/ContactTypeService.h"
#include "users/UserService.h"

#include <QCompleter>
#include <QEvent>
#include <QPushButton>
#include <QStringListModel>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int CompletionRows = 50;

bool needsUser(BulkActionKind kind)
{
    return kind == BulkActionKind::Owner || kind == BulkActionKind::FollowerAdd
        || kind == BulkActionKind::FollowerRemove;
}

bool needsTag(BulkActionKind kind)
{
    return kind == BulkActionKind::TagAdd || kind == BulkActionKind::TagRemove;
}

bool needsState(BulkActionKind kind)
{
    return kind == BulkActionKind::Lead || kind == BulkActionKind::Dnd;
}
} // namespace

BulkActionDialog::BulkActionDialog(
    StorageThread *storage, const Session &session, BulkActionKind kind, qint64 count, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::BulkActionDialog>())
    , m_storage(storage)
    , m_session(session)
    , m_kind(kind)
    , m_count(count)
    , m_tagNames(new QStringListModel(this))
{
    ui->setupUi(this);
    QFont title = ui->titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.15);
    ui->titleLabel->setFont(title);
    auto *tagCompleter = new QCompleter(m_tagNames, this);
    tagCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    tagCompleter->setFilterMode(Qt::MatchStartsWith);
    ui->tagLineEdit->setCompleter(tagCompleter);
    new CompanyNameCompleter(storage, session, ui->companyLineEdit);
    setupRows();
    fillChannels();

    connect(ui->tagLineEdit, &QLineEdit::textEdited, this, &BulkActionDialog::updateTagCompletions);
    for (QLineEdit *edit : {ui->tagLineEdit, ui->companyLineEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &BulkActionDialog::updateState);
    }
    for (QComboBox *combo : {ui->userComboBox, ui->contactTypeComboBox, ui->channelComboBox}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &BulkActionDialog::updateState);
    }
    connect(ui->onRadioButton, &QRadioButton::toggled, this, &BulkActionDialog::updateState);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (isComplete()) {
            accept();
        }
    });
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (needsUser(kind)) {
        loadUsers();
    }
    if (kind == BulkActionKind::ContactType) {
        loadContactTypes();
    }
    retranslateCode();
    updateState();
}

BulkActionDialog::~BulkActionDialog() = default;

void BulkActionDialog::setupRows()
{
    QFormLayout *form = ui->parametersLayout;
    form->setRowVisible(ui->tagLineEdit, needsTag(m_kind));
    form->setRowVisible(ui->userComboBox, needsUser(m_kind));
    form->setRowVisible(ui->companyLineEdit, m_kind == BulkActionKind::Company);
    form->setRowVisible(ui->contactTypeComboBox, m_kind == BulkActionKind::ContactType);
    form->setRowVisible(ui->channelComboBox, m_kind == BulkActionKind::Dnd);
    form->setRowVisible(ui->stateWidget, needsState(m_kind));
    QWidget *first = ui->nameLineEdit;
    if (needsTag(m_kind)) {
        first = ui->tagLineEdit;
    } else if (needsUser(m_kind)) {
        first = ui->userComboBox;
    } else if (m_kind == BulkActionKind::Company) {
        first = ui->companyLineEdit;
    } else if (m_kind == BulkActionKind::ContactType) {
        first = ui->contactTypeComboBox;
    } else if (m_kind == BulkActionKind::Dnd) {
        first = ui->channelComboBox;
    }
    first->setFocus();
}

void BulkActionDialog::loadUsers()
{
    ++m_pendingLoads;
    m_storage->run<Result<QList<User>>>(
        this,
        [](Database &db) { return UserService(db).list(); },
        [this](const Result<QList<User>> &users) {
            if (!users) {
                ui->messageBar->showMessage(users.error().message);
            } else {
                const QSignalBlocker blocker(ui->userComboBox);
                ui->userComboBox->clear();
                if (m_kind == BulkActionKind::Owner) {
                    ui->userComboBox->addItem(tr("(No owner)"), qint64(0));
                }
                for (const User &user : *users) {
                    ui->userComboBox->addItem(user.name, user.id);
                }
                ui->userComboBox->setCurrentIndex(std::max(0, ui->userComboBox->findData(m_session.userId)));
            }
            loaded();
        });
}

void BulkActionDialog::loadContactTypes()
{
    ++m_pendingLoads;
    const Session session = m_session;
    m_storage->run<Result<QStringList>>(
        this,
        [session](Database &db) { return ContactTypeService(db, session).list(); },
        [this](const Result<QStringList> &types) {
            if (!types) {
                ui->messageBar->showMessage(types.error().message);
            } else {
                const QSignalBlocker blocker(ui->contactTypeComboBox);
                ui->contactTypeComboBox->clear();
                for (const QString &type : *types) {
                    ui->contactTypeComboBox->addItem(ContactTypeService::displayName(type), type);
                }
                ui->contactTypeComboBox->addItem(tr("(No type)"), QString());
                ui->contactTypeComboBox->setCurrentIndex(0);
            }
            loaded();
        });
}

void BulkActionDialog::loaded()
{
    --m_pendingLoads;
    updateState();
    if (isReady()) {
        Q_EMIT ready();
    }
}

void BulkActionDialog::updateTagCompletions()
{
    const QString text = ui->tagLineEdit->text().trimmed();
    if (text.isEmpty()) {
        return;
    }
    // Tags in use, found through the search index's tags field: no query walks every contact.
    ContactListQuery query;
    query.search = text;
    query.searchFields = {u"tags"_s};
    query.limit = CompletionRows;
    const quint64 generation = ++m_tagGeneration;
    const Session session = m_session;
    m_storage->run<Result<ContactPage>>(
        this,
        [query, session](Database &db) { return ContactService(db, session).list(query); },
        [this, generation, text](const Result<ContactPage> &page) {
            if (generation != m_tagGeneration || !page) {
                return; // a newer lookup is on its way, or none is possible: plain typing still works
            }
            QStringList tags;
            for (const ContactSummary &row : page->rows) {
                for (const QString &tag : row.tags) {
                    if (tag.startsWith(text, Qt::CaseInsensitive) && !tags.contains(tag)) {
                        tags.append(tag);
                    }
                }
            }
            tags.sort(Qt::CaseInsensitive);
            m_tagNames->setStringList(tags);
            if (ui->tagLineEdit->hasFocus() && !tags.isEmpty()) {
                ui->tagLineEdit->completer()->complete();
            }
        });
}

void BulkActionDialog::fillChannels()
{
    const int current = std::max(0, ui->channelComboBox->currentIndex());
    const QSignalBlocker blocker(ui->channelComboBox);
    ui->channelComboBox->clear();
    const std::pair<DndChannel, QString> channels[] = {{DndChannel::All, tr("All channels")},
        {DndChannel::Email, tr("E-mail")},
        {DndChannel::Sms, tr("SMS")},
        {DndChannel::Calls, tr("Calls")},
        {DndChannel::WhatsApp, tr("WhatsApp")}};
    for (const auto &[channel, label] : channels) {
        ui->channelComboBox->addItem(label, int(channel));
    }
    ui->channelComboBox->setCurrentIndex(current);
}

BulkAction BulkActionDialog::action() const
{
    BulkAction action;
    action.kind = m_kind;
    if (needsTag(m_kind)) {
        action.text = ui->tagLineEdit->text().trimmed();
    } else if (m_kind == BulkActionKind::Company) {
        action.text = ui->companyLineEdit->text().trimmed();
    } else if (m_kind == BulkActionKind::ContactType) {
        action.text = ui->contactTypeComboBox->currentData().toString();
    }
    if (needsUser(m_kind)) {
        action.userId = ui->userComboBox->currentData().toLongLong();
    }
    action.on = ui->onRadioButton->isChecked();
    action.channel = DndChannel(ui->channelComboBox->currentData().toInt());
    return action;
}

QString BulkActionDialog::jobName() const
{
    const QString typed = ui->nameLineEdit->text().trimmed();
    return typed.isEmpty() ? ui->nameLineEdit->placeholderText() : typed;
}

bool BulkActionDialog::isComplete() const
{
    if (!isReady()) {
        return false;
    }
    if (needsTag(m_kind)) {
        return !ui->tagLineEdit->text().trimmed().isEmpty();
    }
    if (m_kind == BulkActionKind::Company) {
        return !ui->companyLineEdit->text().trimmed().isEmpty();
    }
    if (needsUser(m_kind)) {
        return ui->userComboBox->currentIndex() >= 0
            && (m_kind == BulkActionKind::Owner || ui->userComboBox->currentData().toLongLong() > 0);
    }
    if (m_kind == BulkActionKind::ContactType) {
        return ui->contactTypeComboBox->currentIndex() >= 0;
    }
    return true;
}

void BulkActionDialog::updateState()
{
    const BulkAction chosen = action();
    QString text = chosen.text;
    if (m_kind == BulkActionKind::ContactType && !text.isEmpty()) {
        text = ContactTypeService::displayName(text);
    }
    BulkAction shown = chosen;
    shown.text = text;
    ui->nameLineEdit->setPlaceholderText(shown.describe(ui->userComboBox->currentText()));
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(isComplete());
}

void BulkActionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        fillChannels();
        retranslateCode();
        updateState();
    }
    QDialog::changeEvent(event);
}

void BulkActionDialog::retranslateCode()
{
    setWindowTitle(bulkActionLabel(m_kind));
    ui->titleLabel->setText(bulkActionLabel(m_kind));
    ui->appliesToLabel->setText(tr("Applies to %Ln contact(s).", nullptr, int(m_count)));
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    const bool lead = m_kind == BulkActionKind::Lead;
    ui->stateLabel->setText(lead ? tr("Lead flag:") : tr("Do not disturb:"));
    ui->onRadioButton->setText(lead ? tr("Lead") : tr("On"));
    ui->offRadioButton->setText(lead ? tr("Not a lead") : tr("Off"));

    QString hint;
    switch (m_kind) {
    case BulkActionKind::TagAdd:
        hint = tr("Contacts that have the tag already are skipped.");
        break;
    case BulkActionKind::TagRemove:
        hint = tr("Contacts without the tag are skipped.");
        break;
    case BulkActionKind::Company:
        hint = tr("The persons are linked to the company of this name; it is created when none exists. "
                  "Companies in the selection are skipped.");
        break;
    case BulkActionKind::CompanyRemove:
        hint = tr("The persons are unlinked from their company. Companies and persons without one are skipped.");
        break;
    case BulkActionKind::VerifyEmail:
        hint = tr("Checks the syntax of each e-mail address, disposable-mail domains and whether the domain "
                  "receives mail. Without a network connection the result is \"unknown\", not \"invalid\".");
        break;
    case BulkActionKind::Owner:
    case BulkActionKind::FollowerAdd:
    case BulkActionKind::FollowerRemove:
    case BulkActionKind::ContactType:
    case BulkActionKind::Lead:
    case BulkActionKind::Dnd:
    case BulkActionKind::Delete:
        hint = tr("Contacts that have this value already are skipped.");
        break;
    }
    ui->hintLabel->setText(
        hint + u' ' + tr("The job runs in the background and can be undone in the Bulk Actions section."));
}

} // namespace Kontor
