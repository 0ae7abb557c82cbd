#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class RemindersSettingsPage;
}

namespace Kontor {

class Settings;

// Reminders: how many days before a birthday (0-60) and at what time of day its reminder comes, and whether
// closing the main window keeps Kontor in the system tray. apply() saves them in Settings; the reminders'
// next check uses them.
class RemindersSettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit RemindersSettingsPage(Settings *settings, QWidget *parent = nullptr);
    ~RemindersSettingsPage() override;

    void apply();
    // The Settings section has no OK button: there each choice is saved as soon as the user makes it.
    void setApplyImmediately(bool immediately) { m_applyImmediately = immediately; }

Q_SIGNALS:
    void settingsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateCode();

    std::unique_ptr<Ui::RemindersSettingsPage> ui;
    Settings *m_settings;
    bool m_applyImmediately = false;
};

} // namespace Kontor
