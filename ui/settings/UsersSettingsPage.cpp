#include "UsersSettingsPage.h"

#include "ui_UsersSettingsPage.h"

#include "EmailValidator.h"
#include "StorageThread.h"
#include "users/UserService.h"

#include <QEvent>
#include <QHeaderView>
#include <QPushButton>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
enum Column
{
    NameColumn,
    EmailColumn,
    TeamColumn,
    ColumnCount,
};

struct Loaded
{
    Result<QList<User>> users;
    QHash<qint64, QString> teamNames;
    Error teamError;
};
} // namespace

UsersSettingsPage::UsersSettingsPage(StorageThread *storage, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::UsersSettingsPage>())
    , m_storage(storage)
{
    ui->setupUi(this);
    QTableWidget *table = ui->usersTableWidget;
    table->setColumnCount(ColumnCount);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->resizeSection(NameColumn, 220);
    table->horizontalHeader()->resizeSection(EmailColumn, 260);
    table->horizontalHeader()->setStretchLastSection(true);
    connect(ui->addUserButton, &QPushButton::clicked, this, &UsersSettingsPage::addUser);
    connect(ui->userNameLineEdit, &QLineEdit::returnPressed, this, &UsersSettingsPage::addUser);
    connect(ui->userEmailLineEdit, &QLineEdit::returnPressed, this, &UsersSettingsPage::addUser);
    connect(ui->userNameLineEdit, &QLineEdit::textChanged, this, &UsersSettingsPage::updateActions);
    retranslateCode();
    updateActions();
    reload();
}

UsersSettingsPage::~UsersSettingsPage() = default;

void UsersSettingsPage::reload()
{
    m_storage->run<Loaded>(
        this,
        [](Database &db) {
            UserService service(db);
            Loaded loaded{service.list(), {}, {}};
            for (const User &user : loaded.users ? *loaded.users : QList<User>()) {
                if (loaded.teamNames.contains(user.teamId)) {
                    continue;
                }
                auto name = service.teamName(user.teamId);
                if (!name) {
                    loaded.teamError = name.error();
                    break;
                }
                loaded.teamNames.insert(user.teamId, *name);
            }
            return loaded;
        },
        [this](const Loaded &loaded) {
            if (!loaded.users || !loaded.teamError.message.isEmpty()) {
                ui->messageBar->showMessage(
                    tr("The users could not be loaded: %1")
                        .arg(loaded.users ? loaded.teamError.message : loaded.users.error().message));
                return;
            }
            m_users = *loaded.users;
            m_teamNames = loaded.teamNames;
            rebuildTable();
            Q_EMIT reloaded();
        });
}

void UsersSettingsPage::rebuildTable()
{
    QTableWidget *table = ui->usersTableWidget;
    table->setRowCount(int(m_users.size()));
    for (int row = 0; row < m_users.size(); ++row) {
        const User &user = m_users.at(row);
        const QString name = user.isLocal ? tr("%1 (you)").arg(user.name) : user.name;
        table->setItem(row, NameColumn, new QTableWidgetItem(name));
        table->setItem(row, EmailColumn, new QTableWidgetItem(user.email));
        table->setItem(row, TeamColumn, new QTableWidgetItem(m_teamNames.value(user.teamId)));
        if (user.id == m_select) {
            table->selectRow(row);
        }
    }
    m_select = 0;
}

void UsersSettingsPage::addUser()
{
    const QString name = ui->userNameLineEdit->text().simplified();
    const QString email = ui->userEmailLineEdit->text().trimmed();
    if (name.isEmpty()) {
        ui->messageBar->showMessage(tr("A user needs a name."));
        ui->userNameLineEdit->setFocus();
        return;
    }
    if (const QString problem = email.isEmpty() ? QString() : EmailValidator::problem(email); !problem.isEmpty()) {
        ui->messageBar->showMessage(problem);
        ui->userEmailLineEdit->setFocus();
        return;
    }
    ui->addUserButton->setEnabled(false);
    m_storage->run<Result<User>>(
        this,
        [name, email](Database &db) { return UserService(db).create(name, email); },
        [this](const Result<User> &created) {
            updateActions();
            if (!created) {
                ui->messageBar->showMessage(created.error().message);
                return;
            }
            ui->messageBar->showMessage(tr("User \"%1\" added.").arg(created->name), MessageBar::Kind::Information);
            ui->userNameLineEdit->clear();
            ui->userEmailLineEdit->clear();
            m_select = created->id;
            reload();
        });
}

void UsersSettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslateCode();
        rebuildTable();
    }
    QWidget::changeEvent(event);
}

void UsersSettingsPage::retranslateCode()
{
    ui->usersTableWidget->setHorizontalHeaderLabels({tr("Name"), tr("E-mail"), tr("Team")});
}

void UsersSettingsPage::updateActions()
{
    ui->addUserButton->setEnabled(!ui->userNameLineEdit->text().trimmed().isEmpty());
}

} // namespace Kontor
