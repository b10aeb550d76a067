// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <vector>

#include "model/Article.h"
#include "model/Span.h"

namespace sayline::app {

/// The article body as the reader lays it out, one QString per paragraph, and the mapping from the analysis
/// contract's offsets (Unicode code points into the paragraphs joined by "\n\n") to UTF-16 offsets inside a
/// paragraph. Characters outside the BMP (emoji, rare CJK) are one code point but two UTF-16 units.
class BodyLayout
{
public:
    /// A half-open UTF-16 range [start, end) inside one paragraph.
    struct Segment
    {
        int paragraph = 0;
        int start = 0;
        int end = 0;
        bool operator==(const Segment&) const = default;
    };

    BodyLayout() = default;
    explicit BodyLayout(const model::Article& article);

    const QStringList& paragraphs() const { return m_paragraphs; }
    int codePointCount() const { return static_cast<int>(m_utf16Of.size()) - 1; }

    /// The UTF-16 offset into the joined body of a code point offset (clamped to the body).
    int utf16Offset(int codePoint) const;

    /// The ranges a code point span covers: one per paragraph it touches, none when it is empty or outside.
    std::vector<Segment> segments(model::Span span) const;

    /// The code point offset of a UTF-16 position inside a paragraph (inverse of segments(), for clicks).
    int codePointAt(int paragraph, int utf16InParagraph) const;

private:
    QStringList m_paragraphs;
    std::vector<int> m_paragraphStart; ///< UTF-16 offset of each paragraph in the joined body
    std::vector<int> m_utf16Of; ///< code point offset -> UTF-16 offset in the joined body (size n + 1)
};

} // namespace sayline::app
