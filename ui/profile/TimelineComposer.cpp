#include "TimelineComposer.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

TimelineComposer::TimelineComposer(QWidget *parent)
    : QWidget(parent)
    , m_channelComboBox(new QComboBox(this))
    , m_textEdit(new QPlainTextEdit(this))
    , m_sendButton(new QPushButton(this))
    , m_errorLabel(new QLabel(this))
{
    setObjectName(u"timelineComposer"_s);
    m_channelComboBox->setObjectName(u"timelineChannelComboBox"_s);
    m_textEdit->setObjectName(u"noteComposerTextEdit"_s);
    m_sendButton->setObjectName(u"addNoteButton"_s);
    m_errorLabel->setObjectName(u"composerErrorLabel"_s);
    m_channelComboBox->addItem(QString(), u"note"_s);
    m_textEdit->setTabChangesFocus(true);
    m_textEdit->setFixedHeight(m_textEdit->fontMetrics().lineSpacing() * 4 + 12);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b3261e;"_s);
    m_errorLabel->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_channelComboBox);
    buttons->addStretch();
    buttons->addWidget(m_sendButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_textEdit);
    layout->addWidget(m_errorLabel);
    layout->addLayout(buttons);

    for (const auto key : {Qt::CTRL | Qt::Key_Return, Qt::CTRL | Qt::Key_Enter}) {
        auto *shortcut = new QShortcut(QKeySequence(key), m_textEdit);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, &TimelineComposer::submit);
    }
    connect(m_sendButton, &QPushButton::clicked, this, &TimelineComposer::submit);
    connect(m_textEdit, &QPlainTextEdit::textChanged, this, [this] {
        m_errorLabel->hide();
        updateButton();
    });
    retranslate();
    updateButton();
}

QString TimelineComposer::channel() const
{
    return m_channelComboBox->currentData().toString();
}

QString TimelineComposer::text() const
{
    return m_textEdit->toPlainText().trimmed();
}

void TimelineComposer::clear()
{
    m_textEdit->clear();
    m_errorLabel->hide();
}

void TimelineComposer::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void TimelineComposer::setBusy(bool busy)
{
    m_busy = busy;
    updateButton();
}

void TimelineComposer::submit()
{
    if (m_busy || text().isEmpty()) {
        return;
    }
    Q_EMIT submitted(channel(), text());
}

void TimelineComposer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void TimelineComposer::updateButton()
{
    m_sendButton->setEnabled(!m_busy && !text().isEmpty());
}

void TimelineComposer::retranslate()
{
    m_channelComboBox->setItemText(0, tr("Note"));
    m_textEdit->setPlaceholderText(tr("Write a note... (Ctrl+Enter adds it)"));
    m_sendButton->setText(tr("Add note"));
}

} // namespace Kontor
