// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

#include "SummaryDocument.h"

namespace sayline::exporting {

/// Renders an annotated summary as CommonMark: a table of contents for several articles, then per article its
/// metadata, speakers with their quoted statements, the people, organizations and places mentioned, dated events.
class MarkdownSummaryWriter
{
public:
    static std::string render(const SummaryDocument& document);

    /// text with Markdown's inline syntax characters escaped and line breaks turned into spaces.
    static std::string escape(std::string_view text);
};

} // namespace sayline::exporting
