#pragma once

#include <QWidget>

class QLabel;

namespace Kontor {

// One value of the profile, edited in place: shown as text until clicked (or Enter/F2 on it), then as its editor.
// Enter (Ctrl+Enter for multi-line editors) or moving the focus elsewhere asks the owner to save, Esc restores
// the text. The owner saves and answers with finishEditing() or showError(); an error keeps the editor open.
class InlineField : public QWidget
{
    Q_OBJECT

public:
    // `name` is the camelCase stem of the object names: <name>InlineField, <name>ValueLabel, <name>ErrorLabel.
    InlineField(const QString &name, QWidget *editor, QWidget *parent = nullptr);

    QWidget *editor() const { return m_editor; }
    QString displayText() const;
    void setDisplayText(const QString &text);
    // Shown, dimmed, while the value is empty.
    void setPlaceholderText(const QString &text);
    // Multi-line editors keep Enter for new lines; Ctrl+Enter saves.
    void setMultiLine(bool multiLine) { m_multiLine = multiLine; }
    void setReadOnly(bool readOnly);

    bool isEditing() const;
    bool isBusy() const { return m_busy; }
    // While a save runs, the editor is disabled and focus changes do not ask again.
    void setBusy(bool busy);

public Q_SLOTS:
    void startEditing();
    void cancelEditing();
    void finishEditing();
    void showError(const QString &message);

Q_SIGNALS:
    // The editor is about to show: fill it from the current value.
    void editingStarted();
    void commitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void watch(QObject *object);
    void focusMoved(QWidget *old, QWidget *now);
    void showPage(QWidget *page);
    void updateLabel();
    void clearError();

    QLabel *m_valueLabel;
    QWidget *m_editor;
    QLabel *m_errorLabel;
    QString m_text;
    QString m_placeholder;
    bool m_multiLine = false;
    bool m_readOnly = false;
    bool m_busy = false;
    bool m_editing = false;
};

} // namespace Kontor
