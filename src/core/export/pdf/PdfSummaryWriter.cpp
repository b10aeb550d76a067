// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfSummaryWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetricsF>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <memory>

#include "GuiApplication.h"
#include "PdfFinisher.h"
#include "TimelineTextObject.h"
#include "export/Html.h"

namespace sayline::exporting {
namespace {

constexpr int kDpi = 1200;
constexpr qreal kPointsPerInch = 72;
constexpr qreal kMillimetresPerInch = 25.4;
constexpr qreal kMarginLeft = 22; // millimetres
constexpr qreal kMarginRight = 22;
constexpr qreal kMarginTop = 24;
constexpr qreal kMarginBottom = 24;
constexpr qreal kRunningLine = 13; // millimetres from the page edge to the header's and footer's baselines
constexpr qreal kDestinationHeadroom = 8; // points shown above a link's destination
constexpr qreal kChartShareOfLine = 0.9;
const QColor kRunningInk(0x6b, 0x6b, 0x6b);

/// Noto, with DejaVu where it is missing, and Noto CJK for Chinese, Japanese and Korean only: a CJK face sets Latin
/// quotation marks and apostrophes full-width.
QFont font(bool serif, qreal points)
{
    QFont out(serif ? QStringList { QStringLiteral("Noto Serif"), QStringLiteral("DejaVu Serif"),
                                    QStringLiteral("Noto Serif CJK SC") }
                    : QStringList { QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
                                    QStringLiteral("Noto Sans CJK SC") });
    out.setPointSizeF(points);
    // Shaping swaps Noto CJK's digits for alternates and letters for ligatures, glyphs that Qt's ToUnicode map
    // cannot name: extracted text would lose every digit. Latin and Han text need no shaping to be legible.
    out.setStyleStrategy(QFont::PreferNoShaping);
    return out;
}

/// The page geometry in device units (kDpi) and in PDF points.
struct Geometry
{
    QRectF page;
    QRectF content;
    qreal pageHeightPoints = 0;

    qreal millimetres(qreal mm) const { return mm * kDpi / kMillimetresPerInch; }
    qreal points(qreal device) const { return device * kPointsPerInch / kDpi; }
};

void paintRunningLines(QPainter& painter, const Geometry& geometry, const PdfJob& job, int page, int pages)
{
    painter.save();
    painter.setFont(font(false, 7.5));
    painter.setPen(kRunningInk);
    const QFontMetricsF metrics(painter.font(), painter.device());
    const qreal left = geometry.content.left();
    const qreal width = geometry.content.width();
    const QPen rule(QColor(0xcc, 0xcc, 0xcc), geometry.millimetres(0.2));
    if (page > 0) {
        const qreal baseline = geometry.millimetres(kRunningLine);
        painter.drawText(QPointF(left, baseline),
                         metrics.elidedText(QString::fromStdString(job.title), Qt::ElideRight, width));
        painter.setPen(rule);
        painter.drawLine(QPointF(left, baseline + geometry.millimetres(2.5)),
                         QPointF(left + width, baseline + geometry.millimetres(2.5)));
        painter.setPen(kRunningInk);
    }
    const qreal footer = geometry.page.height() - geometry.millimetres(kRunningLine);
    const QString number = QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages);
    const qreal numberWidth = metrics.horizontalAdvance(number);
    painter.drawText(QPointF(left + width - numberWidth, footer), number);
    painter.drawText(QPointF(left, footer),
                     metrics.elidedText(QString::fromStdString(job.source), Qt::ElideRight,
                                        width - numberWidth - geometry.millimetres(6)));
    painter.setPen(rule);
    painter.drawLine(QPointF(left, footer - geometry.millimetres(4)),
                     QPointF(left + width, footer - geometry.millimetres(4)));
    painter.restore();
}

void paintContent(QPainter& painter, QTextDocument& document, const Geometry& geometry, int page)
{
    const qreal height = document.pageSize().height();
    painter.save();
    painter.translate(geometry.content.left(), geometry.content.top() - page * height);
    const QRectF clip(0, page * height, geometry.content.width(), height);
    painter.setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    context.palette.setColor(QPalette::Text, Qt::black);
    document.documentLayout()->draw(&painter, context);
    painter.restore();
}

/// Where each anchor name of the document lands on the pages, for the links that lead to it.
std::map<std::string, PdfDestination> destinationsOf(QTextDocument& document, const Geometry& geometry)
{
    std::map<std::string, PdfDestination> out;
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    const qreal height = document.pageSize().height();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QRectF box = layout->blockBoundingRect(block);
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QStringList names = fragment.charFormat().anchorNames();
            if (names.isEmpty())
                continue;
            const int inBlock = fragment.position() - block.position();
            const QTextLine line = block.layout()->lineForTextPosition(inBlock);
            const qreal y = box.top() + (line.isValid() ? line.y() : 0);
            const int page = static_cast<int>(y / height);
            PdfDestination destination;
            destination.page = page;
            destination.left = geometry.points(geometry.content.left() + box.left());
            destination.top = geometry.pageHeightPoints - geometry.points(geometry.content.top() + y - page * height)
                + kDestinationHeadroom;
            for (const QString& name : names)
                out.emplace(name.toStdString(), destination);
        }
    }
    return out;
}

} // namespace

std::string PdfSummaryWriter::render(const PdfJob& job)
{
    requireGuiApplication("PDF export");
    QByteArray bytes;
    std::map<std::string, PdfDestination> destinations;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(kDpi);
        writer.setTitle(QString::fromStdString(job.title));
        writer.setCreator(QStringLiteral("Sayline"));

        Geometry geometry;
        geometry.page = QRectF(0, 0, writer.width(), writer.height());
        geometry.content
            = geometry.page.adjusted(geometry.millimetres(kMarginLeft), geometry.millimetres(kMarginTop),
                                     -geometry.millimetres(kMarginRight), -geometry.millimetres(kMarginBottom));
        geometry.pageHeightPoints = writer.pageLayout().fullRect(QPageLayout::Point).height();

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        document.setDefaultFont(font(true, 10));
        document.setDocumentMargin(0);
        document.setPageSize(geometry.content.size());
        // Known to the document before it parses the page, so that nothing is looked up for it.
        document.addResource(QTextDocument::ImageResource, QUrl(QLatin1String(html::kTimelinePlaceholder)),
                             QImage(1, 1, QImage::Format_ARGB32));
        document.setHtml(QString::fromStdString(job.html));
        std::unique_ptr<TimelineTextObject> chart;
        if (job.timeline) {
            // Inside the brief's card, whose padding takes the rest of the line.
            const qreal width = geometry.content.width() * kChartShareOfLine;
            chart = std::make_unique<TimelineTextObject>(*job.timeline,
                                                         QSizeF(width, width * html::kChartHeight / html::kChartWidth));
            chart->insert(document);
        }

        QPainter painter(&writer);
        const int pages = document.pageCount();
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            paintContent(painter, document, geometry, page);
            paintRunningLines(painter, geometry, job, page, pages);
        }
        painter.end();
        destinations = destinationsOf(document, geometry);
    }
    return PdfFinisher::finish(bytes, destinations).toStdString();
}

} // namespace sayline::exporting
