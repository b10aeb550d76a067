// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineChart.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>

#include "export/Html.h"

namespace sayline::exporting {
namespace {

constexpr qreal kWidth = html::kChartWidth;
constexpr qreal kHeight = html::kChartHeight;
constexpr qreal kLegendHeight = 22;
constexpr qreal kAxisWidth = 34;
constexpr qreal kLabelHeight = 20;
constexpr int kMostLabels = 8;
const QColor kInk(0x33, 0x33, 0x33);
const QColor kRule(0xcc, 0xcc, 0xcc);

QFont chartFont(qreal pixels, bool bold = false)
{
    QFont font(
        QStringList { QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC") });
    font.setPixelSize(static_cast<int>(pixels));
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferNoShaping); // text a PDF reader can extract: see PdfSummaryWriter
    return font;
}

QString capitalised(model::ClaimType type)
{
    QString name = QString::fromLatin1(model::toString(type));
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

/// The claim types that occur, with a square of their colour, left to right.
void paintLegend(QPainter& painter, const Timeline& timeline)
{
    painter.setFont(chartFont(11));
    const QFontMetricsF metrics(painter.font());
    qreal x = kAxisWidth;
    for (std::size_t type = 0; type < kAllClaimTypes.size(); ++type) {
        const bool present = std::any_of(timeline.bins.begin(), timeline.bins.end(),
                                         [&](const TimelineBin& bin) { return bin.counts[type] > 0; });
        if (!present)
            continue;
        painter.fillRect(QRectF(x, 5, 10, 10), QColor(QLatin1String(claimColor(kAllClaimTypes[type]))));
        const QString name = capitalised(kAllClaimTypes[type]);
        painter.setPen(kInk);
        painter.drawText(QPointF(x + 14, 14), name);
        x += 14 + metrics.horizontalAdvance(name) + 14;
    }
}

void paintBars(QPainter& painter, const QRectF& plot, const Timeline& timeline)
{
    const int largest = std::max(1, timeline.largestBin());
    const qreal slot = plot.width() / static_cast<qreal>(timeline.bins.size());
    const qreal barWidth = std::max<qreal>(1.0, slot * 0.72);
    painter.setPen(Qt::NoPen);
    for (std::size_t i = 0; i < timeline.bins.size(); ++i) {
        const TimelineBin& bin = timeline.bins[i];
        qreal top = plot.bottom();
        const qreal x = plot.left() + slot * static_cast<qreal>(i) + (slot - barWidth) / 2;
        for (std::size_t type = 0; type < kAllClaimTypes.size(); ++type) {
            if (bin.counts[type] == 0)
                continue;
            const qreal height = plot.height() * bin.counts[type] / largest;
            top -= height;
            painter.fillRect(QRectF(x, top, barWidth, height), QColor(QLatin1String(claimColor(kAllClaimTypes[type]))));
        }
    }
}

void paintAxes(QPainter& painter, const QRectF& plot, const Timeline& timeline)
{
    painter.setPen(QPen(kRule, 1));
    painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.right(), plot.top()));
    painter.setPen(QPen(kInk, 1));
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()));
    painter.setFont(chartFont(10));
    const QFontMetricsF metrics(painter.font());
    const QString largest = QString::number(std::max(1, timeline.largestBin()));
    painter.drawText(QPointF(plot.left() - 6 - metrics.horizontalAdvance(largest), plot.top() + 4), largest);
    painter.drawText(QPointF(plot.left() - 6 - metrics.horizontalAdvance(QStringLiteral("0")), plot.bottom() + 4),
                     QStringLiteral("0"));
    const std::size_t bins = timeline.bins.size();
    const std::size_t step = std::max<std::size_t>(1, (bins + kMostLabels - 1) / kMostLabels);
    const qreal slot = plot.width() / static_cast<qreal>(bins);
    for (std::size_t i = 0; i < bins; i += step) {
        const QString label = QString::fromStdString(timeline.bins[i].label);
        const qreal centre = plot.left() + slot * (static_cast<qreal>(i) + 0.5);
        const qreal x = std::clamp(centre - metrics.horizontalAdvance(label) / 2, plot.left(),
                                   plot.right() - metrics.horizontalAdvance(label));
        painter.drawLine(QPointF(centre, plot.bottom()), QPointF(centre, plot.bottom() + 3));
        painter.drawText(QPointF(x, plot.bottom() + 15), label);
    }
}

} // namespace

void TimelineChart::paint(QPainter& painter, const QRectF& rect, const Timeline& timeline)
{
    if (timeline.bins.empty())
        return;
    painter.save();
    painter.translate(rect.topLeft());
    painter.scale(rect.width() / kWidth, rect.height() / kHeight);
    painter.setRenderHint(QPainter::Antialiasing, false);
    paintLegend(painter, timeline);
    const QRectF plot(kAxisWidth, kLegendHeight + 6, kWidth - kAxisWidth - 8,
                      kHeight - kLegendHeight - 6 - kLabelHeight);
    paintBars(painter, plot, timeline);
    paintAxes(painter, plot, timeline);
    painter.restore();
}

std::string TimelineChart::svg(const Timeline& timeline)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(QSize(html::kChartWidth, html::kChartHeight));
        generator.setViewBox(QRectF(0, 0, kWidth, kHeight));
        generator.setTitle(QString::fromStdString(timeline.title));
        QPainter painter(&generator);
        paint(painter, QRectF(0, 0, kWidth, kHeight), timeline);
    }
    const QByteArray& bytes = buffer.data();
    const qsizetype start = bytes.indexOf("<svg");
    return start < 0 ? std::string() : bytes.mid(start).trimmed().toStdString();
}

} // namespace sayline::exporting
