// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementTimeline.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

namespace sayline::app {
namespace {

constexpr int kMargin = 4;
constexpr int kMaxBarWidth = 24; // a few months should read as a few bars, not as blocks

} // namespace

StatementTimeline::StatementTimeline(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("statementTimeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMinimumHeight(40);
}

void StatementTimeline::setTimeline(const store::Timeline& timeline)
{
    m_bins.clear();
    m_maximum = 0;
    const bool byYear = timeline.period == store::Timeline::Period::Year;
    for (const auto& [period, count] : timeline.buckets) {
        const QString label = QString::fromStdString(period);
        const QDate start
            = byYear ? QDate(label.toInt(), 1, 1) : QDate::fromString(label + QStringLiteral("-01"), Qt::ISODate);
        m_bins.push_back(Bin { start, label, count });
        m_maximum = std::max(m_maximum, count);
    }
    setToolTip(m_bins.empty() ? tr("No dated statements to plot.") : QString());
    update();
}

QSize StatementTimeline::sizeHint() const
{
    return { 260, 120 };
}

QRect StatementTimeline::plotArea() const
{
    const int top = kMargin + fontMetrics().height(); // the scale line above the bars
    QRect area = rect().adjusted(kMargin, top, -kMargin, -kMargin - fontMetrics().height() - 2);
    area.setWidth(std::min(area.width(), kMaxBarWidth * static_cast<int>(m_bins.size())));
    return area;
}

QRect StatementTimeline::barRect(int index) const
{
    const QRect area = plotArea();
    const int count = static_cast<int>(m_bins.size());
    const double width = static_cast<double>(area.width()) / std::max(count, 1);
    const int height = m_maximum > 0 ? area.height() * m_bins[static_cast<std::size_t>(index)].count / m_maximum : 0;
    const int left = area.left() + static_cast<int>(index * width);
    const int right = area.left() + static_cast<int>((index + 1) * width) - (width > 4 ? 1 : 0);
    return QRect(QPoint(left, area.bottom() - height + 1), QPoint(std::max(left, right - 1), area.bottom()));
}

void StatementTimeline::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QColor text = palette().color(QPalette::PlaceholderText);
    painter.setPen(text);
    if (m_bins.size() < 2) { // nothing "over time" to draw
        int total = 0;
        for (const Bin& bin : m_bins)
            total += bin.count;
        const QString message = m_bins.empty() ? tr("No dated statements to plot.")
            : total == 1                       ? tr("The statement is from %1.").arg(m_bins.front().label)
                         : tr("All %1 statements are from %2.").arg(total).arg(m_bins.front().label);
        painter.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin), Qt::AlignCenter | Qt::TextWordWrap,
                         message);
        return;
    }
    const QColor bar = palette().color(QPalette::Highlight);
    for (int i = 0; i < static_cast<int>(m_bins.size()); ++i) {
        if (m_bins[static_cast<std::size_t>(i)].count > 0)
            painter.fillRect(barRect(i), bar);
    }
    const QRect area = plotArea();
    const int line = fontMetrics().height();
    // The scale above, the first and last period below; labels may run past short plots, never off the widget.
    const QRect scale(kMargin, kMargin, width() - 2 * kMargin, line);
    QString scaleText
        = m_maximum == 1 ? tr("tallest bar: 1 statement") : tr("tallest bar: %1 statements").arg(m_maximum);
    if (fontMetrics().horizontalAdvance(scaleText) > scale.width()) // a narrow panel: the number, not a cut sentence
        scaleText
            = tr("peak: %1", "the statements of the tallest bar, when the full sentence does not fit").arg(m_maximum);
    painter.drawText(scale, Qt::AlignLeft | Qt::AlignTop, scaleText);
    painter.drawLine(area.left(), area.bottom() + 1, area.right(), area.bottom() + 1);
    const QRect labels(
        kMargin, area.bottom() + 2,
        std::max(area.width(), fontMetrics().horizontalAdvance(m_bins.front().label + m_bins.back().label) + 16), line);
    painter.drawText(labels, Qt::AlignLeft | Qt::AlignTop, m_bins.front().label);
    painter.drawText(labels, Qt::AlignRight | Qt::AlignTop, m_bins.back().label);
}

bool StatementTimeline::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const QPoint pos = static_cast<QHelpEvent*>(event)->pos();
        for (int i = 0; i < static_cast<int>(m_bins.size()); ++i) {
            const QRect column = barRect(i);
            if (pos.x() >= column.left() && pos.x() <= column.right()) {
                const Bin& bin = m_bins[static_cast<std::size_t>(i)];
                QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(),
                                   bin.count == 1 ? tr("%1: 1 statement").arg(bin.label)
                                                  : tr("%1: %2 statements").arg(bin.label).arg(bin.count),
                                   this);
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace sayline::app
