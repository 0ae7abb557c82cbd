#include "ConfirmBox.h"

#include <QPushButton>

namespace Kontor {

QMessageBox *ConfirmBox::ask(QWidget *parent, const Confirmation &confirmation, std::function<void()> onAccept)
{
    auto *box = new QMessageBox(
        confirmation.icon, confirmation.title, confirmation.text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box->setObjectName(confirmation.objectName);
    box->setInformativeText(confirmation.informativeText);
    box->button(QMessageBox::Yes)->setText(confirmation.acceptText);
    box->button(QMessageBox::Cancel)->setText(tr("Cancel"));
    box->setDefaultButton(confirmation.acceptIsDefault ? QMessageBox::Yes : QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, parent, [box, onAccept = std::move(onAccept)] {
        if (box->clickedButton() == box->button(QMessageBox::Yes)) {
            onAccept();
        }
    });
    box->open();
    return box;
}

} // namespace Kontor
