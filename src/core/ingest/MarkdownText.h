// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace sayline::ingest {

/// Light Markdown stripping for article text: the words stay, the syntax goes.
class MarkdownText
{
public:
    /// Emphasis (**x**, *x*, __x__), links ([text](url) -> text), images (removed), inline code, escapes.
    static std::string stripInline(std::string_view text);
    /// A paragraph: heading marks, list markers and block quotes at its start, then stripInline.
    static std::string stripLine(std::string_view line);
    static bool isSetextUnderline(std::string_view line);
    static bool isHorizontalRule(std::string_view line);
};

} // namespace sayline::ingest
