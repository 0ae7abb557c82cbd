#include "CardDelegate.h"

#include <QApplication>
#include <QListView>
#include <QPainter>
#include <QPainterPath>

namespace Kontor {

namespace {
constexpr int Gap = 4; // between cards
constexpr int Padding = 8;
constexpr int Edge = 4;

QFont headerFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}
} // namespace

CardDelegate::CardDelegate(QListView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{}

QRect CardDelegate::textRect(const QRect &card, const QFontMetrics &header) const
{
    return card.adjusted(Edge + Padding, Padding + header.height() + 2, -Padding, -Padding);
}

void CardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect card = option.rect.adjusted(Gap, Gap / 2, -Gap, -Gap / 2);
    const QPalette &palette = option.palette;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    QPainterPath path;
    path.addRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    painter->fillPath(path, selected ? palette.color(QPalette::Highlight).lighter(190) : palette.color(QPalette::Base));
    painter->setPen(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid));
    painter->drawPath(path);
    const QColor accent = index.data(AccentRole).value<QColor>();
    if (accent.isValid()) {
        QPainterPath edge;
        edge.addRoundedRect(QRectF(card.left(), card.top(), Edge + 2, card.height()), 3, 3);
        painter->save();
        painter->setClipRect(QRect(card.left(), card.top(), Edge, card.height()));
        painter->fillPath(edge, accent);
        painter->restore();
    }

    const QFont header = headerFont(option.font);
    const QFontMetrics headerMetrics(header);
    painter->setFont(header);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    const QRect headerRect(
        card.left() + Edge + Padding, card.top() + Padding, card.width() - Edge - 2 * Padding, headerMetrics.height());
    painter->drawText(headerRect,
        Qt::AlignLeft | Qt::AlignVCenter,
        headerMetrics.elidedText(index.data(HeaderRole).toString(), Qt::ElideRight, headerRect.width()));

    painter->setFont(option.font);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(
        textRect(card, headerMetrics), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, index.data().toString());
    painter->restore();
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The view's width, not option.rect: a list view asks for the size before it has placed the item.
    const int width = qMax(120, m_view->viewport()->width() - 2);
    const QRect card(0, 0, width - 2 * Gap, 0);
    const QFontMetrics headerMetrics(headerFont(option.font));
    const QRect text = textRect(card.adjusted(0, 0, 0, 10000), headerMetrics);
    const QRect needed = option.fontMetrics.boundingRect(
        QRect(0, 0, text.width(), 10000), Qt::AlignLeft | Qt::TextWordWrap, index.data().toString());
    return {width, Gap + 2 * Padding + headerMetrics.height() + 2 + needed.height()};
}

} // namespace Kontor
