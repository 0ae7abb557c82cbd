#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace Kontor {

// Writes a new note or changes one. The owner saves on accepted() and answers with showError() or close().
class NoteEditDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NoteEditDialog(const QString &text, QWidget *parent = nullptr);

    QString text() const;
    void showError(const QString &message);
    void setBusy(bool busy);

Q_SIGNALS:
    void saveRequested(const QString &text);

private:
    void updateButton();

    QPlainTextEdit *m_textEdit;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttonBox;
    bool m_busy = false;
};

} // namespace Kontor
