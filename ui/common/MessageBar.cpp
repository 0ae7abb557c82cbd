#include "MessageBar.h"

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

MessageBar::MessageBar(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setMargin(8);
    setVisible(false);
}

void MessageBar::showMessage(const QString &text, Kind kind)
{
    m_kind = kind;
    // Fixed colours rather than palette roles: the bar must read as an alert in light and dark themes alike.
    switch (kind) {
    case Kind::Error:
        setStyleSheet(
            u"QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #f5b5ae; border-radius: 4px; }"_s);
        break;
    case Kind::Warning:
        setStyleSheet(
            u"QLabel { background: #fff4e0; color: #7a4a00; border: 1px solid #f2cf91; border-radius: 4px; }"_s);
        break;
    case Kind::Information:
        setStyleSheet(
            u"QLabel { background: #e8f1fc; color: #17406d; border: 1px solid #b5cff0; border-radius: 4px; }"_s);
        break;
    }
    setText(text);
    setVisible(!text.isEmpty());
}

void MessageBar::clearMessage()
{
    clear();
    setVisible(false);
}

} // namespace Kontor
