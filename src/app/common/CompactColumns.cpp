// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompactColumns.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTreeView>

namespace sayline::app {
namespace {

/// The display text on the first line, the summary role in a smaller, lighter second line; both elided.
class TwoLineDelegate : public QStyledItemDelegate
{
public:
    TwoLineDelegate(int summaryRole, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_summaryRole(summaryRole)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QSize single = QStyledItemDelegate::sizeHint(option, index);
        return { single.width(), option.fontMetrics.height() * 2 + 8 };
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        const QString title = item.text;
        item.text.clear();
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

        const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget).adjusted(2, 3, -2, -3);
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        QFont bold = option.font;
        bold.setWeight(QFont::DemiBold);
        QFont small = option.font;
        small.setPointSizeF(option.font.pointSizeF() * 0.9);
        const int firstHeight = QFontMetrics(bold).height();
        painter->save();
        painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setFont(bold);
        painter->drawText(QRect(text.left(), text.top(), text.width(), firstHeight), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(title, Qt::ElideRight, text.width()));
        painter->setPen(selected ? option.palette.color(group, QPalette::HighlightedText)
                                 : option.palette.color(group, QPalette::PlaceholderText));
        painter->setFont(small);
        painter->drawText(
            QRect(text.left(), text.top() + firstHeight, text.width(), text.height() - firstHeight),
            Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(small).elidedText(index.data(m_summaryRole).toString(), Qt::ElideRight, text.width()));
        painter->restore();
    }

private:
    int m_summaryRole;
};

} // namespace

CompactColumns::CompactColumns(QTreeView* view, int wideWidth, QList<int> secondaryColumns, int summaryRole)
    : QObject(view)
    , m_view(view)
    , m_wideWidth(wideWidth)
    , m_columns(std::move(secondaryColumns))
    , m_summaryRole(summaryRole)
{
    if (m_summaryRole >= 0)
        m_twoLines = new TwoLineDelegate(m_summaryRole, this);
    view->installEventFilter(this);
    apply();
}

bool CompactColumns::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        apply();
    return QObject::eventFilter(watched, event);
}

void CompactColumns::apply()
{
    const bool compact = m_view->width() < m_wideWidth;
    if (m_applied && compact == m_compact)
        return;
    m_applied = true;
    m_compact = compact;
    for (int column : std::as_const(m_columns))
        m_view->setColumnHidden(column, compact);
    if (m_twoLines) {
        m_view->header()->setVisible(!compact);
        m_view->setItemDelegateForColumn(0, compact ? m_twoLines : nullptr);
        m_view->doItemsLayout(); // the row height changed
    }
}

} // namespace sayline::app
