// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>

#include "Timeline.h"

namespace sayline::exporting {

/// What the PDF writer lays out: a page of HTML made for it (HtmlOptions::Target::Pdf), the title for the
/// document properties and the page headers, the source for the page footers, and the timeline drawn where the
/// HTML has html::kTimelinePlaceholder.
struct PdfJob
{
    std::string html;
    std::string title;
    std::string source;
    std::optional<Timeline> timeline;
};

} // namespace sayline::exporting
