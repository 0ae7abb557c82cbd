#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Kontor {

// The box at the bottom of the timeline where the user writes. The channel selector holds only "Note" today;
// e-mail and other channels add an entry and handle submitted() for their channel key.
class TimelineComposer : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineComposer(QWidget *parent = nullptr);

    QString channel() const; // "note"
    QString text() const;
    void clear();
    void showError(const QString &message);
    // While a submission runs the button is disabled, so a double click does not add the note twice.
    void setBusy(bool busy);

public Q_SLOTS:
    void submit();

Q_SIGNALS:
    void submitted(const QString &channel, const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateButton();
    void retranslate();

    QComboBox *m_channelComboBox;
    QPlainTextEdit *m_textEdit;
    QPushButton *m_sendButton;
    QLabel *m_errorLabel;
    bool m_busy = false;
};

} // namespace Kontor
