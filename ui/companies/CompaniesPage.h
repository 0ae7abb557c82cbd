#pragma once

#include "Session.h"
#include "main/ContactSelection.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CompaniesPage;
}

namespace Kontor {

class ContactListModel;
class Settings;
class SmartListTableView;
class StorageThread;

// The "Companies" section: every company with its e-mail, phone, website, city, creation date and number of
// persons, in the columns and sort of the companies' smart list (kind 1), searchable; new, edit and delete
// (to the trash). Enter or a double click opens the company's profile, where persons are assigned.
class CompaniesPage : public QWidget
{
    Q_OBJECT

public:
    CompaniesPage(StorageThread *storage, const Session &session, Settings *settings, QWidget *parent = nullptr);
    ~CompaniesPage() override;

    ContactListModel *model() const { return m_model; }
    SmartListTableView *tableView() const;
    ContactSelection selection() const;

public Q_SLOTS:
    void newCompany();
    void editCurrent();
    void deleteSelected();
    void focusSearch();
    void reloadList();

Q_SIGNALS:
    void openCompanyRequested(qint64 id);
    void selectionChanged();
    void listLoaded();
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void openEditor(qint64 id);
    void updateActions();
    void updateCount();
    void retranslateCode();

    std::unique_ptr<Ui::CompaniesPage> ui;
    StorageThread *m_storage;
    Session m_session;
    Settings *m_settings;
    ContactListModel *m_model;
};

} // namespace Kontor
