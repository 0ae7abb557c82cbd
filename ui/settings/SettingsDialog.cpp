#include "SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include "settings/Settings.h"
#include "settings/Translations.h"

#include <QEvent>
#include <QPushButton>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

SettingsDialog::SettingsDialog(Settings *settings, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
{
    ui->setupUi(this);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    ui->languageComboBox->addItem(QString(), QString());
    // Language names in their own language: whoever cannot read the current one still finds theirs.
    ui->languageComboBox->addItem(u"Deutsch"_s, u"de"_s);
    ui->languageComboBox->addItem(u"English"_s, u"en"_s);
    const int languageIndex = ui->languageComboBox->findData(m_settings->language());
    ui->languageComboBox->setCurrentIndex(qMax(0, languageIndex));
    ui->regionComboBox->setRegion(m_settings->defaultPhoneRegion());
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateCode();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    const QString oldLanguage = m_settings->effectiveLanguage();
    m_settings->setLanguage(ui->languageComboBox->currentData().toString());
    m_settings->setDefaultPhoneRegion(ui->regionComboBox->region());
    m_settings->sync();
    if (m_settings->effectiveLanguage() != oldLanguage) {
        Translations::install(m_settings->effectiveLanguage());
    }
    Q_EMIT settingsChanged();
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslateCode();
    }
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateCode()
{
    ui->languageComboBox->setItemText(0, tr("System language"));
}

} // namespace Kontor
