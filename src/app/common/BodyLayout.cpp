// SPDX-License-Identifier: GPL-3.0-or-later
#include "BodyLayout.h"

#include <algorithm>

namespace sayline::app {
namespace {

/// Must match model::Article::body(), which joins paragraphs with a blank line.
constexpr int kSeparatorLength = 2;

} // namespace

BodyLayout::BodyLayout(const model::Article& article)
{
    int offset = 0;
    for (const std::string& paragraph : article.paragraphs) {
        if (!m_paragraphs.isEmpty())
            offset += kSeparatorLength;
        m_paragraphStart.push_back(offset);
        m_paragraphs.append(QString::fromStdString(paragraph));
        offset += static_cast<int>(m_paragraphs.back().size());
    }
    const QString body = m_paragraphs.join(QStringLiteral("\n\n"));
    m_utf16Of.reserve(static_cast<std::size_t>(body.size()) + 1);
    for (int i = 0; i < body.size(); ++i) {
        m_utf16Of.push_back(i);
        if (body.at(i).isHighSurrogate() && i + 1 < body.size() && body.at(i + 1).isLowSurrogate())
            ++i;
    }
    m_utf16Of.push_back(static_cast<int>(body.size()));
}

int BodyLayout::utf16Offset(int codePoint) const
{
    if (m_utf16Of.empty())
        return 0;
    const int last = static_cast<int>(m_utf16Of.size()) - 1;
    return m_utf16Of[static_cast<std::size_t>(std::clamp(codePoint, 0, last))];
}

std::vector<BodyLayout::Segment> BodyLayout::segments(model::Span span) const
{
    std::vector<Segment> out;
    if (span.end <= span.start || m_paragraphs.isEmpty())
        return out;
    const int start = utf16Offset(span.start);
    const int end = utf16Offset(span.end);
    for (int p = 0; p < static_cast<int>(m_paragraphs.size()); ++p) {
        const int paragraphStart = m_paragraphStart[static_cast<std::size_t>(p)];
        const int paragraphEnd = paragraphStart + static_cast<int>(m_paragraphs[p].size());
        const int from = std::max(start, paragraphStart);
        const int to = std::min(end, paragraphEnd);
        if (from < to)
            out.push_back({ p, from - paragraphStart, to - paragraphStart });
    }
    return out;
}

int BodyLayout::codePointAt(int paragraph, int utf16InParagraph) const
{
    if (paragraph < 0 || paragraph >= static_cast<int>(m_paragraphStart.size()))
        return -1;
    const int target = m_paragraphStart[static_cast<std::size_t>(paragraph)] + utf16InParagraph;
    const auto found = std::upper_bound(m_utf16Of.begin(), m_utf16Of.end(), target);
    return static_cast<int>(found - m_utf16Of.begin()) - 1;
}

} // namespace sayline::app
