#include "GeneralSettingsPage.h"

#include "ui_GeneralSettingsPage.h"

#include "settings/Settings.h"
#include "settings/Translations.h"

#include <QEvent>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

GeneralSettingsPage::GeneralSettingsPage(Settings *settings, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::GeneralSettingsPage>())
    , m_settings(settings)
{
    ui->setupUi(this);
    ui->languageComboBox->addItem(QString(), QString());
    // Language names in their own language: whoever cannot read the current one still finds theirs.
    ui->languageComboBox->addItem(u"Deutsch"_s, u"de"_s);
    ui->languageComboBox->addItem(u"English"_s, u"en"_s);
    const int languageIndex = ui->languageComboBox->findData(m_settings->language());
    ui->languageComboBox->setCurrentIndex(qMax(0, languageIndex));
    ui->regionComboBox->setRegion(m_settings->defaultPhoneRegion());
    ui->documentMaxSizeSpinBox->setValue(m_settings->documentMaxSizeMb());
    // activated, not currentIndexChanged: the region list refills itself on a language change, and that
    // must not be saved as a choice.
    const auto chosen = [this] {
        if (m_applyImmediately) {
            apply();
        }
    };
    connect(ui->languageComboBox, &QComboBox::activated, this, chosen);
    connect(ui->regionComboBox, &QComboBox::activated, this, chosen);
    connect(ui->documentMaxSizeSpinBox, &QSpinBox::editingFinished, this, chosen);
    retranslateCode();
}

GeneralSettingsPage::~GeneralSettingsPage() = default;

void GeneralSettingsPage::apply()
{
    const QString oldLanguage = m_settings->effectiveLanguage();
    m_settings->setLanguage(ui->languageComboBox->currentData().toString());
    m_settings->setDefaultPhoneRegion(ui->regionComboBox->region());
    m_settings->setDocumentMaxSizeMb(ui->documentMaxSizeSpinBox->value());
    m_settings->sync();
    if (m_settings->effectiveLanguage() != oldLanguage) {
        Translations::install(m_settings->effectiveLanguage());
    }
    Q_EMIT settingsChanged();
}

void GeneralSettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslateCode();
    }
    QWidget::changeEvent(event);
}

void GeneralSettingsPage::retranslateCode()
{
    ui->languageComboBox->setItemText(0, tr("System language"));
}

} // namespace Kontor
