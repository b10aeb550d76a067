// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

#include "Brief.h"
#include "SummaryDocument.h"

namespace sayline::exporting {

/// Renders an annotated summary as CommonMark with GitHub's tables and footnotes, readable as plain text too: the
/// brief, a table of contents for several articles, then per article its metadata, the text with speakers in
/// bold and a footnote reference after each statement, the people, organizations and places mentioned, dated
/// events, and the statements as the footnotes.
class MarkdownSummaryWriter
{
public:
    static std::string render(const SummaryDocument& document);
    /// The brief as a "## Brief" section.
    static std::string brief(const Brief& brief);

    /// text with Markdown's inline syntax characters escaped and line breaks turned into spaces.
    static std::string escape(std::string_view text);
    /// A statement as renderSpeech gives it, the speaker in bold.
    static std::string speech(const Speech& speech);
};

} // namespace sayline::exporting
