// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

#include "SummaryDocument.h"

namespace sayline::exporting {

/// Renders an annotated summary as one self-contained HTML5 file: inline CSS, no scripts, no remote resources,
/// every text escaped. Links are made only from http(s) URLs.
class HtmlSummaryWriter
{
public:
    static std::string render(const SummaryDocument& document);

    /// text with &, <, >, " and ' replaced by entities.
    static std::string escape(std::string_view text);
    /// A complete page around body (already HTML) with the shared inline style sheet.
    static std::string page(const std::string& title, const std::string& body);
    /// An <a> to url when it is http(s), else the escaped text.
    static std::string link(const std::string& url);
};

} // namespace sayline::exporting
