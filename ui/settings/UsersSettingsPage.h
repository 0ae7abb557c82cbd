#pragma once

#include "User.h"

#include <QHash>
#include <QWidget>

#include <memory>

namespace Ui {
class UsersSettingsPage;
}

namespace Kontor {

class StorageThread;

// The users of this database with their team, and a form to add one (name, e-mail). Roles come with teams
// on the sync server; until then every user belongs to this desktop's team.
class UsersSettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit UsersSettingsPage(StorageThread *storage, QWidget *parent = nullptr);
    ~UsersSettingsPage() override;

    const QList<User> &users() const { return m_users; }

public Q_SLOTS:
    void reload();
    void addUser();

Q_SIGNALS:
    void reloaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildTable();
    void retranslateCode();
    void updateActions();

    std::unique_ptr<Ui::UsersSettingsPage> ui;
    StorageThread *m_storage;
    QList<User> m_users;
    QHash<qint64, QString> m_teamNames;
    qint64 m_select = 0;
};

} // namespace Kontor
