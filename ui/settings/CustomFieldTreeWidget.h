#pragma once

#include <QTreeWidget>

namespace Kontor {

// The tree of custom field folders and their fields. Fields can be dragged onto a folder or between the
// fields of any folder; the tree never moves the item itself but reports the wish with fieldDropped(), and
// the page shows the outcome once the storage thread has written it.
class CustomFieldTreeWidget : public QTreeWidget
{
    Q_OBJECT

public:
    enum Role
    {
        KindRole = Qt::UserRole,
        IdRole, // folder id (0: without folder) or field id
    };
    enum class Kind
    {
        Folder = 1,
        Field = 2,
    };

    static const QString MimeType; // carries the dragged field's id

    explicit CustomFieldTreeWidget(QWidget *parent = nullptr);

    static Kind kind(const QTreeWidgetItem *item);
    static qint64 id(const QTreeWidgetItem *item);

    // What a drop of the field at `position` (viewport coordinates) does: on a folder, to its end; on the upper
    // or lower half of a field, before or after it. False where there is nothing to drop on.
    bool dropField(qint64 fieldId, const QPoint &position);

Q_SIGNALS:
    // `index` counts the target folder's fields as shown, the dragged one included if it is there already.
    void fieldDropped(qint64 fieldId, qint64 folderId, int index);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override;
    void dropEvent(QDropEvent *event) override;
};

} // namespace Kontor
