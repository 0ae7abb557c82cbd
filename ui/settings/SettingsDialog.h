#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace Kontor {

class Settings;

// Language (system, German, English) and the default phone region. Accepting saves them in Settings and
// switches the language at once: every window retranslates on QEvent::LanguageChange.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(Settings *settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

Q_SIGNALS:
    void settingsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateCode();

    std::unique_ptr<Ui::SettingsDialog> ui;
    Settings *m_settings;
};

} // namespace Kontor
