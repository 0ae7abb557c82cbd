#include "RemindersSettingsPage.h"

#include "ui_RemindersSettingsPage.h"

#include "settings/Settings.h"

#include <QEvent>
#include <QLocale>
#include <QSystemTrayIcon>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

RemindersSettingsPage::RemindersSettingsPage(Settings *settings, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::RemindersSettingsPage>())
    , m_settings(settings)
{
    ui->setupUi(this);
    ui->birthdayDaysSpinBox->setRange(0, 60);
    ui->birthdayDaysSpinBox->setValue(m_settings->birthdayReminderDays());
    ui->birthdayTimeEdit->setDisplayFormat(QLocale().timeFormat(QLocale::ShortFormat));
    ui->birthdayTimeEdit->setTime(m_settings->birthdayReminderTime());
    ui->closeToTrayCheckBox->setChecked(m_settings->closeToTray());
    const auto chosen = [this] {
        if (m_applyImmediately) {
            apply();
        }
    };
    connect(ui->birthdayDaysSpinBox, &QSpinBox::editingFinished, this, chosen);
    connect(ui->birthdayTimeEdit, &QTimeEdit::editingFinished, this, chosen);
    connect(ui->closeToTrayCheckBox, &QCheckBox::toggled, this, chosen);
    connect(ui->birthdayDaysSpinBox, &QSpinBox::valueChanged, this, &RemindersSettingsPage::retranslateCode);
    retranslateCode();
}

RemindersSettingsPage::~RemindersSettingsPage() = default;

void RemindersSettingsPage::apply()
{
    m_settings->setBirthdayReminderDays(ui->birthdayDaysSpinBox->value());
    m_settings->setBirthdayReminderTime(ui->birthdayTimeEdit->time());
    m_settings->setCloseToTray(ui->closeToTrayCheckBox->isChecked());
    m_settings->sync();
    Q_EMIT settingsChanged();
}

void RemindersSettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslateCode();
    }
    QWidget::changeEvent(event);
}

void RemindersSettingsPage::retranslateCode()
{
    const int days = ui->birthdayDaysSpinBox->value();
    //: Suffix of the spin box "Birthday reminders: [3] days before"; the number comes before it
    ui->birthdayDaysSpinBox->setSuffix(tr(" day(s) before", nullptr, days));
    ui->birthdayDaysSpinBox->setSpecialValueText(tr("On the day"));
    ui->closeToTrayHintLabel->setText(QSystemTrayIcon::isSystemTrayAvailable()
            ? tr("Quit Kontor from the tray icon's menu or with File > Quit.")
            : tr("This desktop shows no system tray: closing the window quits Kontor, and reminders appear while "
                 "it is open."));
}

} // namespace Kontor
