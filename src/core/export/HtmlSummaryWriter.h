// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "Html.h"
#include "SummaryDocument.h"

namespace sayline::exporting {

/// Renders an annotated summary as one HTML page: the brief, then per article its statements (each linking to its
/// place in the text), the annotated text with a legend (each statement linking back), the people, organizations
/// and places mentioned, and the dated events. For browsers the page is self-contained: inline CSS and SVG, no
/// scripts, no remote resources, every text escaped, links made only from http(s) URLs.
class HtmlSummaryWriter
{
public:
    static std::string render(const SummaryDocument& document, const HtmlOptions& options = {});
};

} // namespace sayline::exporting
