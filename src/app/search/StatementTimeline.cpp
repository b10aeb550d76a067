// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementTimeline.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

namespace sayline::app {
namespace {

constexpr int kMaxMonths = 72; // beyond six years, months become too thin to see
constexpr int kMargin = 4;
constexpr int kLabelHeight = 14;
constexpr int kMaxBarWidth = 24; // a few months should read as a few bars, not as blocks

} // namespace

StatementTimeline::StatementTimeline(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("statementTimeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    hide();
}

void StatementTimeline::setDates(const std::vector<std::string>& dates)
{
    std::vector<QDate> parsed;
    for (const std::string& text : dates) {
        const QDate date = QDate::fromString(QString::fromStdString(text).left(10), Qt::ISODate);
        if (date.isValid())
            parsed.push_back(date);
    }
    m_bins.clear();
    m_maximum = 0;
    if (parsed.empty()) {
        hide();
        update();
        return;
    }
    const auto [first, last] = std::minmax_element(parsed.begin(), parsed.end());
    const int months = (last->year() - first->year()) * 12 + last->month() - first->month() + 1;
    const bool byYear = months > kMaxMonths;
    QDate start = byYear ? QDate(first->year(), 1, 1) : QDate(first->year(), first->month(), 1);
    while (start <= *last) {
        const QDate next = byYear ? start.addYears(1) : start.addMonths(1);
        Bin bin { start, start.toString(byYear ? QStringLiteral("yyyy") : QStringLiteral("yyyy-MM")), 0 };
        bin.count = static_cast<int>(std::count_if(parsed.begin(), parsed.end(),
                                                   [&](const QDate& date) { return date >= start && date < next; }));
        m_maximum = std::max(m_maximum, bin.count);
        m_bins.push_back(bin);
        start = next;
    }
    setVisible(m_bins.size() > 1); // one month has no "over time" to show
    update();
}

QSize StatementTimeline::sizeHint() const
{
    return { 300, 52 };
}

QRect StatementTimeline::plotArea() const
{
    QRect area = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin - kLabelHeight);
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
    if (m_bins.empty())
        return;
    QPainter painter(this);
    const QColor bar = palette().color(QPalette::Highlight);
    for (int i = 0; i < static_cast<int>(m_bins.size()); ++i) {
        if (m_bins[static_cast<std::size_t>(i)].count > 0)
            painter.fillRect(barRect(i), bar);
    }
    const QRect labels(kMargin, height() - kMargin - kLabelHeight, plotArea().width(), kLabelHeight);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawLine(labels.topLeft(), labels.topRight());
    painter.drawText(labels, Qt::AlignLeft | Qt::AlignBottom, m_bins.front().label);
    if (m_bins.size() > 1)
        painter.drawText(labels, Qt::AlignRight | Qt::AlignBottom, m_bins.back().label);
    const QRect scale(labels.right() + 12, labels.top(), width() - labels.right() - 12 - kMargin, kLabelHeight);
    painter.drawText(scale, Qt::AlignLeft | Qt::AlignBottom,
                     m_maximum == 1 ? tr("tallest bar: 1 statement") : tr("tallest bar: %1 statements").arg(m_maximum));
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
