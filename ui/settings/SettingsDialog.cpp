#include "SettingsDialog.h"

#include "GeneralSettingsPage.h"
#include "RemindersSettingsPage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

SettingsDialog::SettingsDialog(Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_page(new GeneralSettingsPage(settings))
    , m_reminders(new RemindersSettingsPage(settings))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    m_page->setObjectName(u"generalSettingsPage"_s);
    m_reminders->setObjectName(u"remindersSettingsPage"_s);
    m_buttonBox->setObjectName(u"buttonBox"_s);
    m_buttonBox->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    m_buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_page);
    layout->addWidget(m_reminders);
    layout->addWidget(m_buttonBox);
    resize(460, 200);
    connect(m_page, &GeneralSettingsPage::settingsChanged, this, &SettingsDialog::settingsChanged);
    connect(m_reminders, &RemindersSettingsPage::settingsChanged, this, &SettingsDialog::settingsChanged);
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    m_page->apply();
    m_reminders->apply();
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
}

} // namespace Kontor
