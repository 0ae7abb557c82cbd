#pragma once

#include <QStyledItemDelegate>

class QListView;

namespace Kontor {

// Paints list items as cards: a small header line (who, when, what kind) above the word-wrapped text, with a
// coloured edge per kind. Used by the timeline and the notes list.
class CardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role
    {
        HeaderRole = Qt::UserRole + 100, // QString
        AccentRole, // QColor of the edge
    };

    explicit CardDelegate(QListView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QRect textRect(const QRect &card, const QFontMetrics &header) const;

    QListView *m_view;
};

} // namespace Kontor
