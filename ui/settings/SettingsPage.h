#pragma once

#include "Session.h"

#include <QWidget>

class QTabWidget;

namespace Kontor {

class CalendarsSettingsPage;
class ContactTypesSettingsPage;
class CustomFieldsSettingsPage;
class GeneralSettingsPage;
class RemindersSettingsPage;
class Settings;
class StorageThread;
class UsersSettingsPage;

// The Settings section: one tab per category (KeePassXC's database settings). General choices are saved as
// soon as they are made; the other pages write through their core services at once.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(StorageThread *storage, const Session &session, Settings *settings, QWidget *parent = nullptr);
    ~SettingsPage() override;

    GeneralSettingsPage *generalPage() const { return m_general; }
    CustomFieldsSettingsPage *customFieldsPage() const { return m_customFields; }
    ContactTypesSettingsPage *contactTypesPage() const { return m_contactTypes; }
    UsersSettingsPage *usersPage() const { return m_users; }
    RemindersSettingsPage *remindersPage() const { return m_reminders; }
    CalendarsSettingsPage *calendarsPage() const { return m_calendars; }

Q_SIGNALS:
    void settingsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTabWidget *m_tabs;
    GeneralSettingsPage *m_general;
    CustomFieldsSettingsPage *m_customFields;
    ContactTypesSettingsPage *m_contactTypes;
    UsersSettingsPage *m_users;
    RemindersSettingsPage *m_reminders;
    CalendarsSettingsPage *m_calendars;
};

} // namespace Kontor
