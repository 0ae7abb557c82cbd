#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class GeneralSettingsPage;
}

namespace Kontor {

class Settings;

// Language (system, German, English), the default phone region and the documents' size limit. apply() saves them
// in Settings and switches the language at once: every window retranslates on QEvent::LanguageChange.
class GeneralSettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit GeneralSettingsPage(Settings *settings, QWidget *parent = nullptr);
    ~GeneralSettingsPage() override;

    void apply();
    // The Settings section has no OK button: there each choice is saved as soon as the user makes it.
    void setApplyImmediately(bool immediately) { m_applyImmediately = immediately; }

Q_SIGNALS:
    void settingsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateCode();

    std::unique_ptr<Ui::GeneralSettingsPage> ui;
    Settings *m_settings;
    bool m_applyImmediately = false;
};

} // namespace Kontor
