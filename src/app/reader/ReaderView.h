// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <optional>
#include <vector>

#include "Highlights.h"
#include "common/ArticleHandle.h"
#include "common/BodyLayout.h"
#include "common/OfflineTextBrowser.h"

namespace sayline::app {

/// The article in a clean reading column: title, byline, publisher and date, the body paragraphs, with what
/// the analysis found highlighted. Built with QTextCursor from plain text, so nothing in an article is ever
/// interpreted as HTML, and (as an OfflineTextBrowser) nothing is ever fetched.
class ReaderView : public OfflineTextBrowser
{
    Q_OBJECT

public:
    explicit ReaderView(QWidget* parent = nullptr);

    void setArticle(ArticleHandle article);
    const ArticleHandle& article() const { return m_article; }

    void setKindVisible(HighlightKind kind, bool visible);
    bool isKindVisible(HighlightKind kind) const { return m_visibleKinds.contains(kind); }

    /// The document position of a code point offset into the article body, or -1 without an article.
    int documentPosition(int codePoint) const;
    /// The extracted item highlighted at a document position, if any.
    std::optional<HighlightTarget> targetAt(int position) const;
    /// Selects a code point span of the body and scrolls it into view.
    void revealSpan(model::Span span);

    /// Makes the text larger (steps > 0) or smaller by 10 % per step.
    void zoomBy(int steps);
    void resetZoom();

Q_SIGNALS:
    /// The user clicked (or activated with the keyboard) a highlight.
    void targetActivated(const sayline::app::HighlightTarget& target);
    /// The user asked for a context menu; target has an empty id when it is not over a highlight.
    void contextMenuRequested(const sayline::app::HighlightTarget& target, const QPoint& globalPosition);

protected:
    bool viewportEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void render();
    void rerender();
    void renderPlaceholder();
    void applyHighlights();
    void updateColumnMargins();

    ArticleHandle m_article;
    BodyLayout m_layout;
    std::vector<int> m_paragraphPositions; ///< document position of each body paragraph
    QSet<HighlightKind> m_visibleKinds;
    qreal m_basePointSize = 11;
    int m_zoomSteps = 0;
};

} // namespace sayline::app
