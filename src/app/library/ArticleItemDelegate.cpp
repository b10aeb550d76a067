// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArticleItemDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

#include "ArticleListModel.h"

namespace sayline::app {
namespace {

constexpr int kMargin = 4;
constexpr int kTitleLines = 2;

QFont metaFont(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.85);
    return font;
}

/// The title broken into at most kTitleLines lines of the given width, the last one elided if needed.
QStringList titleLines(const QString& title, const QFont& font, int width)
{
    QTextLayout layout(title, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == kTitleLines - 1) {
            lines.append(QFontMetrics(font).elidedText(title.mid(line.textStart()), Qt::ElideRight, width));
            break;
        }
        lines.append(title.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

QString metaLine(const QModelIndex& index)
{
    QStringList parts;
    if (const QString publisher = index.data(ArticleListModel::PublisherRole).toString(); !publisher.isEmpty())
        parts.append(publisher);
    if (const QString published = index.data(ArticleListModel::PublishedRole).toString(); !published.isEmpty())
        parts.append(published.left(10));
    const int statements = index.data(ArticleListModel::StatementCountRole).toInt();
    parts.append(statements == 1 ? ArticleItemDelegate::tr("1 statement")
                                 : ArticleItemDelegate::tr("%1 statements").arg(statements));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

void ArticleItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor meta = text;
    meta.setAlphaF(0.65);

    const QRect area = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QFontMetrics titleMetrics(option.font);
    painter->save();
    painter->setPen(text);
    painter->setFont(option.font);
    int y = area.top();
    for (const QString& line :
         titleLines(index.data(ArticleListModel::TitleRole).toString(), option.font, area.width())) {
        painter->drawText(QRect(area.left(), y, area.width(), titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          line);
        y += titleMetrics.lineSpacing();
    }
    const QFont small = metaFont(option.font);
    const QFontMetrics smallMetrics(small);
    painter->setFont(small);
    painter->setPen(meta);
    const int metaTop = area.top() + kTitleLines * titleMetrics.lineSpacing();
    painter->drawText(QRect(area.left(), metaTop, area.width(), smallMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(metaLine(index), Qt::ElideRight, area.width()));
    painter->restore();
}

QSize ArticleItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const int height = kTitleLines * QFontMetrics(option.font).lineSpacing()
        + QFontMetrics(metaFont(option.font)).height() + 2 * kMargin;
    return { 200, height };
}

} // namespace sayline::app
