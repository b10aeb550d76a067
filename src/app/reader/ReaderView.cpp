// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReaderView.h"

#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHelpEvent>
#include <QLocale>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QToolTip>

#include "ExtractionDetails.h"

namespace sayline::app {
namespace {

/// The widest the text column grows; long lines are hard to read.
constexpr int kMaxColumnWidth = 760;

QFont readingFont(qreal pointSize)
{
    QFont font;
    font.setFamilies({ QStringLiteral("DejaVu Serif"), QStringLiteral("Noto Serif"), QStringLiteral("serif") });
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(pointSize);
    return font;
}

/// "15 June 2022, 18:04" from ISO 8601, or the text as given when it does not parse.
QString displayDate(const std::string& iso)
{
    const QString text = QString::fromStdString(iso);
    const QLocale locale;
    const QString format = QCoreApplication::translate("sayline::app::ReaderView", "d MMMM yyyy",
                                                       "the date format of an article's date (QLocale::toString)");
    if (text.size() > 10) {
        const QDateTime dateTime = QDateTime::fromString(text, Qt::ISODate);
        if (dateTime.isValid())
            return locale.toString(dateTime.date(), format) + QStringLiteral(", ")
                + dateTime.time().toString(QStringLiteral("HH:mm"));
    }
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    return date.isValid() ? locale.toString(date, format) : text;
}

QString joinAuthors(const std::vector<std::string>& authors)
{
    QStringList names;
    for (const std::string& author : authors)
        names.append(QString::fromStdString(author));
    return names.join(QStringLiteral(", "));
}

} // namespace

ReaderView::ReaderView(QWidget* parent)
    : OfflineTextBrowser(parent)
{
    setObjectName(QStringLiteral("readerView"));
    setFrameShape(QFrame::NoFrame);
    setAcceptDrops(false); // files dropped here go to the main window, which opens them
    document()->setUndoRedoEnabled(false);
    m_basePointSize = font().pointSizeF() * 1.15;
    document()->setDefaultFont(readingFont(m_basePointSize));
    for (HighlightKind kind : kAllHighlightKinds)
        m_visibleKinds.insert(kind);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (auto target = HighlightTarget::fromUrl(url))
            Q_EMIT targetActivated(*target);
    });
    renderPlaceholder();
}

void ReaderView::setArticle(ArticleHandle article)
{
    m_article = std::move(article);
    if (m_article)
        render();
    else
        renderPlaceholder();
}

void ReaderView::setKindVisible(HighlightKind kind, bool visible)
{
    if (visible == m_visibleKinds.contains(kind))
        return;
    if (visible)
        m_visibleKinds.insert(kind);
    else
        m_visibleKinds.remove(kind);
    rerender();
}

void ReaderView::zoomBy(int steps)
{
    m_zoomSteps = std::clamp(m_zoomSteps + steps, -5, 10);
    document()->setDefaultFont(readingFont(m_basePointSize * (1.0 + 0.1 * m_zoomSteps)));
    rerender();
}

void ReaderView::resetZoom()
{
    zoomBy(-m_zoomSteps);
}

void ReaderView::rerender()
{
    if (!m_article) {
        renderPlaceholder();
        return;
    }
    const int scroll = verticalScrollBar()->value();
    render();
    verticalScrollBar()->setValue(scroll);
}

int ReaderView::documentPosition(int codePoint) const
{
    if (!m_article || m_paragraphPositions.empty())
        return -1;
    const auto segments = m_layout.segments({ codePoint, codePoint + 1 });
    if (segments.empty())
        return -1;
    return m_paragraphPositions[static_cast<std::size_t>(segments.front().paragraph)] + segments.front().start;
}

std::optional<HighlightTarget> ReaderView::targetAt(int position) const
{
    QTextCursor cursor(document());
    cursor.setPosition(std::clamp(position + 1, 0, document()->characterCount() - 1));
    const QTextCharFormat format = cursor.charFormat();
    if (!format.isAnchor())
        return std::nullopt;
    return HighlightTarget::fromUrl(QUrl(format.anchorHref()));
}

void ReaderView::revealSpan(model::Span span)
{
    const auto segments = m_layout.segments(span);
    if (segments.empty())
        return;
    QTextCursor cursor(document());
    cursor.setPosition(m_paragraphPositions[static_cast<std::size_t>(segments.front().paragraph)]
                       + segments.front().start);
    cursor.setPosition(m_paragraphPositions[static_cast<std::size_t>(segments.back().paragraph)] + segments.back().end,
                       QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
}

bool ReaderView::viewportEvent(QEvent* event)
{
    // Tooltip events go to the viewport of a scroll area, not to the area itself.
    if (event->type() == QEvent::ToolTip && m_article) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto target = HighlightTarget::fromUrl(QUrl(anchorAt(help->pos())));
        const QString text = target ? extractionSummaryHtml(*m_article, *target) : QString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return OfflineTextBrowser::viewportEvent(event);
}

void ReaderView::contextMenuEvent(QContextMenuEvent* event)
{
    const auto target = HighlightTarget::fromUrl(QUrl(anchorAt(event->pos())));
    Q_EMIT contextMenuRequested(target.value_or(HighlightTarget { HighlightTarget::Type::Entity, QString() }),
                                event->globalPos());
}

void ReaderView::resizeEvent(QResizeEvent* event)
{
    OfflineTextBrowser::resizeEvent(event);
    updateColumnMargins();
}

void ReaderView::updateColumnMargins()
{
    const int side = std::max(24, (viewport()->width() - kMaxColumnWidth) / 2);
    QTextFrameFormat format = document()->rootFrame()->frameFormat();
    if (static_cast<int>(format.leftMargin()) == side)
        return;
    format.setLeftMargin(side);
    format.setRightMargin(side);
    format.setTopMargin(16);
    format.setBottomMargin(32);
    document()->rootFrame()->setFrameFormat(format);
}

void ReaderView::renderPlaceholder()
{
    m_layout = {};
    m_paragraphPositions.clear();
    document()->clear();
    QTextCursor cursor(document());
    QTextBlockFormat block;
    block.setAlignment(Qt::AlignCenter);
    block.setTopMargin(80);
    QTextCharFormat format;
    format.setForeground(QColor(0x80, 0x80, 0x80));
    cursor.setBlockFormat(block);
    cursor.insertText(tr("No article open"), format);
    block.setTopMargin(12);
    cursor.insertBlock(block);
    cursor.insertText(tr("Choose an article in the library (Ctrl+1) or a speaker (Ctrl+2), open a file (Ctrl+O), "
                         "import a folder (Ctrl+Shift+O) or drop files here."),
                      format);
    updateColumnMargins();
}

void ReaderView::render()
{
    const model::AnalysedArticle& analysed = *m_article;
    const model::Article& article = analysed.article;
    m_layout = BodyLayout(article);
    m_paragraphPositions.clear();
    document()->clear();
    setTextCursor(QTextCursor(document()));

    const qreal base = document()->defaultFont().pointSizeF();
    QTextCursor cursor(document());

    QTextBlockFormat titleBlock;
    titleBlock.setBottomMargin(8);
    QTextCharFormat titleFormat;
    titleFormat.setFont(readingFont(base * 1.7));
    titleFormat.setFontWeight(QFont::Bold);
    cursor.setBlockFormat(titleBlock);
    QString title = QString::fromStdString(article.title).simplified();
    if (title.isEmpty())
        title = QFileInfo(QString::fromStdString(article.file)).fileName();
    cursor.insertText(title, titleFormat);

    QTextBlockFormat metaBlock;
    metaBlock.setBottomMargin(2);
    QTextCharFormat metaFormat;
    metaFormat.setFont(readingFont(base * 0.9));
    metaFormat.setForeground(QColor(0x55, 0x55, 0x55));
    if (!article.authors.empty()) {
        QTextCharFormat bylineFormat = metaFormat;
        bylineFormat.setFontItalic(true);
        cursor.insertBlock(metaBlock);
        cursor.insertText(tr("By %1").arg(joinAuthors(article.authors)), bylineFormat);
    }
    QStringList meta;
    if (article.publisher)
        meta.append(QString::fromStdString(*article.publisher));
    if (article.published)
        meta.append(displayDate(*article.published));
    if (article.updated)
        meta.append(tr("updated %1").arg(displayDate(*article.updated)));
    if (!meta.isEmpty()) {
        cursor.insertBlock(metaBlock);
        cursor.insertText(meta.join(QStringLiteral("  ·  ")), metaFormat);
    }
    QTextBlockFormat sourceBlock = metaBlock;
    sourceBlock.setBottomMargin(18);
    QTextCharFormat sourceFormat = metaFormat;
    sourceFormat.setForeground(QColor(0x88, 0x88, 0x88));
    sourceFormat.setFontPointSize(base * 0.8);
    cursor.insertBlock(sourceBlock);
    cursor.insertText(article.url ? QString::fromStdString(*article.url) : QString::fromStdString(article.file),
                      sourceFormat);

    QTextBlockFormat bodyBlock;
    bodyBlock.setBottomMargin(10);
    bodyBlock.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
    QTextCharFormat bodyFormat;
    bodyFormat.setFont(readingFont(base));
    for (const QString& paragraph : m_layout.paragraphs()) {
        cursor.insertBlock(bodyBlock, bodyFormat);
        m_paragraphPositions.push_back(cursor.position());
        cursor.insertText(paragraph, bodyFormat);
    }
    applyHighlights();
    updateColumnMargins();
}

void ReaderView::applyHighlights()
{
    QTextCursor cursor(document());
    for (const Highlight& highlight : collectHighlights(*m_article)) {
        if (!m_visibleKinds.contains(highlight.kind))
            continue;
        QTextCharFormat format;
        format.setBackground(highlightColor(highlight.kind));
        format.setForeground(Qt::black);
        format.setAnchor(true);
        format.setAnchorHref(highlight.target.toUrl().toString());
        if (highlight.kind == HighlightKind::Speaker)
            format.setFontWeight(QFont::Bold);
        for (const BodyLayout::Segment& segment : m_layout.segments(highlight.span)) {
            const int base = m_paragraphPositions[static_cast<std::size_t>(segment.paragraph)];
            cursor.setPosition(base + segment.start);
            cursor.setPosition(base + segment.end, QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(format);
        }
    }
}

} // namespace sayline::app
