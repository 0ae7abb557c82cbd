#pragma once

#include <QDialog>

class QDialogButtonBox;

namespace Kontor {

class GeneralSettingsPage;
class RemindersSettingsPage;
class Settings;

// The general and reminder settings as a dialog: OK saves them, Cancel forgets them.
// The full set of pages is SettingsPage, the main window's Settings section.
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
    void retranslate();

    GeneralSettingsPage *m_page;
    RemindersSettingsPage *m_reminders;
    QDialogButtonBox *m_buttonBox;
};

} // namespace Kontor
