// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces every HTML export is made of: escaping, the page and its style sheet, statements, the legend, the
// brief and its chart.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "Brief.h"
#include "ReportedSpeech.h"

namespace sayline::exporting {

/// What an HTML page is made for.
struct HtmlOptions
{
    enum class Target
    {
        Browser, ///< a self-contained HTML5 file
        Pdf, ///< the input of the PDF writer (Qt's rich text subset; charts as placeholders it draws itself)
    };
    Target target = Target::Browser;
    /// Draws a timeline as inline SVG ("<svg …>…</svg>"); without it a browser page shows the timeline as a table.
    std::function<std::string(const Timeline&)> chartSvg;
};

namespace html {

/// The image source the PDF writer replaces with the brief's timeline chart.
inline constexpr const char* kTimelinePlaceholder = "sayline-chart:timeline";
/// Size of the timeline chart in CSS pixels (1/96 inch).
inline constexpr int kChartWidth = 600;
inline constexpr int kChartHeight = 150;

/// text with &, <, >, " and ' replaced by entities.
std::string escape(std::string_view text);
/// An <a> to url when it is http(s), else the escaped text.
std::string link(const std::string& url);
/// A complete page: the style sheet for its target, a kicker line ("Summary · Global Times · 2022-06-15") over
/// the one title, then body (already HTML).
std::string page(const std::string& title, const std::string& kicker, const std::string& body,
                 const HtmlOptions& options);
/// A statement as renderSpeech gives it, the speaker in bold.
std::string speech(const Speech& speech);
/// "said · indirect · accusation": how a statement was made.
std::string statementMeta(const std::string& cue, model::StatementKind kind, model::ClaimType claim);
/// What each highlight colour marks.
std::string legend();
/// The brief as a section with id "brief".
std::string brief(const Brief& brief, const HtmlOptions& options);

} // namespace html
} // namespace sayline::exporting
