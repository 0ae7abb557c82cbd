#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Kontor {

// The confirmation of a bulk delete: says how many contacts go to the trash and for how long they can be
// restored, and enables "Move to trash" only once the user has typed the confirmation word of the UI language
// exactly (BulkAction::deleteWord(): "DELETE" in English, "LÖSCHEN" in German). A misclick or a habitual
// Enter cannot move thousands of contacts.
class TypedConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TypedConfirmDialog(qint64 count, QWidget *parent = nullptr);

    // The word to type, as the dialog asks for it.
    static QString word();
    // True when `typed` is the word (surrounding spaces aside; case and umlauts count).
    static bool matches(const QString &typed);
    // What the user typed, trimmed: BulkAction::confirmation of the job.
    QString typedWord() const;
    bool isConfirmed() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButton();

    qint64 m_count;
    QLabel *m_questionLabel;
    QLabel *m_detailLabel;
    QLabel *m_promptLabel;
    QLineEdit *m_wordLineEdit;
    QDialogButtonBox *m_buttonBox;
};

} // namespace Kontor
