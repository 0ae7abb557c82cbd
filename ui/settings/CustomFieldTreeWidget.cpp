#include "CustomFieldTreeWidget.h"

#include <QDropEvent>
#include <QMimeData>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

const QString CustomFieldTreeWidget::MimeType = u"application/x-kontor-custom-field"_s;

CustomFieldTreeWidget::CustomFieldTreeWidget(QWidget *parent)
    : QTreeWidget(parent)
{
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setDropIndicatorShown(true);
}

CustomFieldTreeWidget::Kind CustomFieldTreeWidget::kind(const QTreeWidgetItem *item)
{
    return Kind(item->data(0, KindRole).toInt());
}

qint64 CustomFieldTreeWidget::id(const QTreeWidgetItem *item)
{
    return item->data(0, IdRole).toLongLong();
}

QStringList CustomFieldTreeWidget::mimeTypes() const
{
    return {MimeType};
}

QMimeData *CustomFieldTreeWidget::mimeData(const QList<QTreeWidgetItem *> &items) const
{
    if (items.size() != 1 || kind(items.first()) != Kind::Field) {
        return nullptr;
    }
    auto *data = new QMimeData;
    data->setData(MimeType, QByteArray::number(id(items.first())));
    return data;
}

bool CustomFieldTreeWidget::dropField(qint64 fieldId, const QPoint &position)
{
    QTreeWidgetItem *target = itemAt(position);
    if (!target) {
        return false;
    }
    qint64 folderId = 0;
    int index = 0;
    if (kind(target) == Kind::Folder) {
        folderId = id(target);
        index = target->childCount();
    } else {
        QTreeWidgetItem *folder = target->parent();
        folderId = id(folder);
        const bool before = position.y() < visualItemRect(target).center().y();
        index = folder->indexOfChild(target) + (before ? 0 : 1);
    }
    Q_EMIT fieldDropped(fieldId, folderId, index);
    return true;
}

void CustomFieldTreeWidget::dropEvent(QDropEvent *event)
{
    bool ok = false;
    const qint64 fieldId = event->mimeData()->data(MimeType).toLongLong(&ok);
    if (!ok || !dropField(fieldId, event->position().toPoint())) {
        event->ignore();
        return;
    }
    // A copy as far as the view knows: a move would make QAbstractItemView remove the dragged row itself.
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

} // namespace Kontor
