#include "SettingsPage.h"

#include "CalendarsSettingsPage.h"
#include "ContactTypesSettingsPage.h"
#include "CustomFieldsSettingsPage.h"
#include "GeneralSettingsPage.h"
#include "RemindersSettingsPage.h"
#include "UsersSettingsPage.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

SettingsPage::SettingsPage(StorageThread *storage, const Session &session, Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget)
    , m_general(new GeneralSettingsPage(settings))
    , m_customFields(new CustomFieldsSettingsPage(storage, session))
    , m_contactTypes(new ContactTypesSettingsPage(storage, session))
    , m_users(new UsersSettingsPage(storage))
    , m_reminders(new RemindersSettingsPage(settings))
    , m_calendars(new CalendarsSettingsPage(storage, session))
{
    m_tabs->setObjectName(u"settingsTabWidget"_s);
    m_general->setObjectName(u"generalSettingsPage"_s);
    m_customFields->setObjectName(u"customFieldsSettingsPage"_s);
    m_contactTypes->setObjectName(u"contactTypesSettingsPage"_s);
    m_users->setObjectName(u"usersSettingsPage"_s);
    m_reminders->setObjectName(u"remindersSettingsPage"_s);
    m_reminders->setApplyImmediately(true);
    m_calendars->setObjectName(u"calendarsSettingsPage"_s);
    m_general->setApplyImmediately(true);
    m_tabs->addTab(m_general, QString());
    m_tabs->addTab(m_customFields, QString());
    m_tabs->addTab(m_contactTypes, QString());
    m_tabs->addTab(m_users, QString());
    m_tabs->addTab(m_reminders, QString());
    m_tabs->addTab(m_calendars, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    connect(m_general, &GeneralSettingsPage::settingsChanged, this, &SettingsPage::settingsChanged);
    connect(m_reminders, &RemindersSettingsPage::settingsChanged, this, &SettingsPage::settingsChanged);
    retranslate();
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate()
{
    m_tabs->setTabText(m_tabs->indexOf(m_general), tr("General"));
    m_tabs->setTabText(m_tabs->indexOf(m_customFields), tr("Custom fields"));
    m_tabs->setTabText(m_tabs->indexOf(m_contactTypes), tr("Contact types"));
    m_tabs->setTabText(m_tabs->indexOf(m_users), tr("Users"));
    m_tabs->setTabText(m_tabs->indexOf(m_reminders), tr("Reminders"));
    m_tabs->setTabText(m_tabs->indexOf(m_calendars), tr("Calendars"));
}

} // namespace Kontor
