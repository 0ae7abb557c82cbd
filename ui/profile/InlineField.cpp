#include "InlineField.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

InlineField::InlineField(const QString &name, QWidget *editor, QWidget *parent)
    : QWidget(parent)
    , m_valueLabel(new QLabel(this))
    , m_editor(editor)
    , m_errorLabel(new QLabel(this))
{
    setObjectName(name + u"InlineField"_s);
    m_valueLabel->setObjectName(name + u"ValueLabel"_s);
    m_errorLabel->setObjectName(name + u"ErrorLabel"_s);
    // No word wrap: QFormLayout squeezes height-for-width rows inside a scroll area, cutting lines off. Lines are
    // elided to the width instead, the whole text is in the tool tip.
    m_valueLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_valueLabel->setFocusPolicy(Qt::StrongFocus);
    m_valueLabel->setTextInteractionFlags(Qt::NoTextInteraction);
    m_valueLabel->setCursor(Qt::IBeamCursor);
    // Hover and focus show that the text is a button; the padding keeps it aligned with the editor's text.
    m_valueLabel->setStyleSheet(u"QLabel { padding: 3px 4px; border: 1px solid transparent; border-radius: 3px; }"
                                u"QLabel:hover { background: palette(alternate-base); border-color: palette(mid); }"
                                u"QLabel:focus { border-color: palette(highlight); }"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b3261e;"_s);
    m_errorLabel->hide();
    m_editor->setParent(this);
    m_editor->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_valueLabel);
    layout->addWidget(m_editor);
    layout->addWidget(m_errorLabel);

    m_valueLabel->installEventFilter(this);
    watch(m_editor);
    connect(qApp, &QApplication::focusChanged, this, &InlineField::focusMoved);
    updateLabel();
}

QString InlineField::displayText() const
{
    return m_text;
}

void InlineField::setDisplayText(const QString &text)
{
    m_text = text;
    updateLabel();
}

void InlineField::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    updateLabel();
}

void InlineField::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_valueLabel->setCursor(readOnly ? Qt::ArrowCursor : Qt::IBeamCursor);
}

bool InlineField::isEditing() const
{
    return m_editing;
}

void InlineField::setBusy(bool busy)
{
    m_busy = busy;
    m_editor->setEnabled(!busy);
}

void InlineField::startEditing()
{
    if (isEditing() || m_readOnly) {
        return;
    }
    clearError();
    Q_EMIT editingStarted();
    // Editors built later (rows added to an entry list) need the key handling too.
    watch(m_editor);
    showPage(m_editor);
    if (auto *line = m_editor->findChild<QLineEdit *>(); line && !qobject_cast<QLineEdit *>(m_editor)) {
        line->setFocus(Qt::OtherFocusReason);
    } else {
        m_editor->setFocus(Qt::OtherFocusReason);
    }
    if (auto *line = qobject_cast<QLineEdit *>(m_editor)) {
        line->selectAll();
    }
}

void InlineField::cancelEditing()
{
    clearError();
    finishEditing();
}

void InlineField::finishEditing()
{
    setBusy(false);
    if (!isEditing()) {
        return;
    }
    const bool hadFocus = m_editor->isAncestorOf(QApplication::focusWidget()) || m_editor->hasFocus();
    showPage(m_valueLabel);
    clearError();
    if (hadFocus) {
        m_valueLabel->setFocus(Qt::OtherFocusReason);
    }
}

void InlineField::showError(const QString &message)
{
    setBusy(false);
    m_errorLabel->setText(message);
    m_errorLabel->show();
    if (!m_editor->isAncestorOf(QApplication::focusWidget())) {
        m_editor->setFocus(Qt::OtherFocusReason);
    }
}

bool InlineField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_valueLabel) {
        if (event->type() == QEvent::MouseButtonRelease
            && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
            startEditing();
            return true;
        }
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_F2) {
                startEditing();
                return !m_readOnly;
            }
        }
        return QWidget::eventFilter(watched, event);
    }
    if (event->type() == QEvent::ChildAdded) {
        watch(static_cast<QChildEvent *>(event)->child());
    }
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *keyEvent = static_cast<QKeyEvent *>(event);
        const bool enter = keyEvent->key() == Qt::Key_Return || keyEvent->key() == Qt::Key_Enter;
        const bool commits = enter && (!m_multiLine || keyEvent->modifiers().testFlag(Qt::ControlModifier));
        if (keyEvent->key() == Qt::Key_Escape || commits) {
            // Accepting the override keeps window shortcuts (a dialog's default button, Esc closing) away.
            event->accept();
            if (event->type() == QEvent::KeyPress && !m_busy) {
                if (commits) {
                    Q_EMIT commitRequested();
                } else {
                    cancelEditing();
                }
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void InlineField::watch(QObject *object)
{
    if (!object || !object->isWidgetType()) {
        return;
    }
    object->removeEventFilter(this);
    object->installEventFilter(this);
    const auto children = object->findChildren<QWidget *>();
    for (QWidget *child : children) {
        child->removeEventFilter(this);
        child->installEventFilter(this);
    }
}

void InlineField::focusMoved(QWidget *old, QWidget *now)
{
    if (!isEditing() || m_busy || !old || !now || (!m_editor->isAncestorOf(old) && old != m_editor)) {
        return;
    }
    // Popups of combo boxes and completers belong to the editor although they are windows of their own.
    if (now == m_editor || m_editor->isAncestorOf(now) || now->window() != window()) {
        return;
    }
    Q_EMIT commitRequested();
}

void InlineField::showPage(QWidget *page)
{
    // Hidden widgets take no room in a layout, so the text row is as high as its (wrapped) lines.
    m_editing = page == m_editor;
    m_valueLabel->setVisible(!m_editing);
    m_editor->setVisible(m_editing);
}

void InlineField::updateLabel()
{
    const bool empty = m_text.isEmpty();
    const QString text = empty ? m_placeholder : m_text;
    const int width = qMax(40, m_valueLabel->contentsRect().width() - 10); // minus padding and border
    QStringList lines = text.split(u'\n');
    bool elided = false;
    for (QString &line : lines) {
        const QString shortened = m_valueLabel->fontMetrics().elidedText(line, Qt::ElideRight, width);
        elided = elided || shortened != line;
        line = shortened;
    }
    m_valueLabel->setText(lines.join(u'\n'));
    m_valueLabel->setToolTip(elided ? text : QString());
    QPalette palette = m_valueLabel->palette();
    palette.setColor(QPalette::WindowText,
        empty ? QApplication::palette().color(QPalette::PlaceholderText)
              : QApplication::palette().color(QPalette::WindowText));
    m_valueLabel->setPalette(palette);
}

void InlineField::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateLabel();
}

void InlineField::clearError()
{
    m_errorLabel->clear();
    m_errorLabel->hide();
}

} // namespace Kontor
