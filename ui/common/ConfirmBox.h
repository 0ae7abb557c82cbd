#pragma once

#include <QCoreApplication>
#include <QMessageBox>
#include <QString>

#include <functional>

class QWidget;

namespace Kontor {

// What a confirmation asks: the question, an optional detail, and the text of the accepting button ("Delete",
// "Move to trash"), which is clearer than "Yes". objectName lets tests find and answer the box.
struct Confirmation
{
    QMessageBox::Icon icon = QMessageBox::Question;
    QString title;
    QString text;
    QString informativeText;
    QString acceptText;
    QString objectName;
    bool acceptIsDefault = false; // Cancel is the default unless the action is safe to undo (the trash)
};

// A window-modal question that does not block the event loop (no exec()): `onAccept` runs when the user
// accepts, nothing happens on Cancel or Esc. The box deletes itself when closed.
class ConfirmBox
{
    Q_DECLARE_TR_FUNCTIONS(ConfirmBox)

public:
    static QMessageBox *ask(QWidget *parent, const Confirmation &confirmation, std::function<void()> onAccept);
};

} // namespace Kontor
