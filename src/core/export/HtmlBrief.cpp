// SPDX-License-Identifier: GPL-3.0-or-later
// html::brief: the one-page brief as HTML tables, with its timeline as a chart or a table.
#include "Html.h"

namespace sayline::exporting::html {
namespace {

std::string capitalisedName(model::ClaimType type)
{
    std::string name = model::toString(type);
    if (!name.empty())
        name.front() = static_cast<char>(name.front() - 'a' + 'A');
    return name;
}

std::string counted(const std::vector<NameCount>& names)
{
    std::string out;
    for (const NameCount& name : names)
        out += (out.empty() ? "" : ", ") + escape(name.name) + " (" + std::to_string(name.count) + ")";
    return out;
}

std::string speakers(const Brief& brief)
{
    std::string out = "<h3>Who spoke</h3>\n<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">\n"
                      "<tr><th width=\"52%\">Speaker</th><th class=\"n\">Statements</th><th class=\"n\">Direct</th>"
                      "<th class=\"n\">Indirect</th><th class=\"n\">Mixed</th></tr>\n";
    for (const SpeakerTally& speaker : brief.speakers) {
        out += "<tr><td>" + escape(speaker.name) + "</td><td class=\"n\">" + std::to_string(speaker.total)
            + "</td><td class=\"n\">" + std::to_string(speaker.direct) + "</td><td class=\"n\">"
            + std::to_string(speaker.indirect) + "</td><td class=\"n\">" + std::to_string(speaker.mixed)
            + "</td></tr>\n";
    }
    out += "</table>\n";
    if (brief.moreSpeakers > 0)
        out += "<p class=\"meta\">and " + std::to_string(brief.moreSpeakers) + " more</p>\n";
    return out;
}

std::string claims(const Brief& brief)
{
    std::string out = "<h3>Claims and whom they are about</h3>\n"
                      "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">\n"
                      "<tr><th width=\"20%\">Claim</th><th class=\"n\" width=\"12%\">Statements</th>"
                      "<th>\u00a0\u00a0About</th></tr>\n";
    for (const ClaimTally& claim : brief.claims) {
        out += std::string("<tr><td><span style=\"color:") + claimColor(claim.type) + "\">\u25a0</span> "
            + capitalisedName(claim.type) + "</td><td class=\"n\">" + std::to_string(claim.count)
            + "</td><td>\u00a0\u00a0" + (claim.targets.empty() ? "\u2014" : counted(claim.targets)) + "</td></tr>\n";
    }
    return out + "</table>\n";
}

std::string mentions(const Brief& brief)
{
    if (brief.organizations.empty() && brief.places.empty())
        return {};
    return "<h3>Most mentioned</h3>\n<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">\n"
           "<tr><th width=\"50%\">Organizations</th><th>Places</th></tr>\n<tr><td>"
        + (brief.organizations.empty() ? "\u2014" : counted(brief.organizations)) + "</td><td>"
        + (brief.places.empty() ? "\u2014" : counted(brief.places)) + "</td></tr>\n</table>\n";
}

std::string dates(const Brief& brief)
{
    if (brief.dates.empty())
        return {};
    std::string out = "<h3>Dates referred to</h3>\n<p>";
    bool first = true;
    for (const DateReference& date : brief.dates) {
        out += (first ? "" : " \u00b7 ") + escape(date.value);
        if (date.text != date.value)
            out += " <span class=\"meta\">(" + escape(date.text) + ")</span>";
        if (date.count > 1)
            out += " \u00d7" + std::to_string(date.count);
        first = false;
    }
    if (brief.moreDates > 0)
        out += " \u00b7 and " + std::to_string(brief.moreDates) + " more";
    return out + "</p>\n";
}

std::string timelineTable(const Timeline& timeline)
{
    std::string out = "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">\n<tr><th>Period</th>"
                      "<th class=\"n\">Statements</th></tr>\n";
    for (const TimelineBin& bin : timeline.bins) {
        if (bin.total() > 0)
            out += "<tr><td>" + escape(bin.label) + "</td><td class=\"n\">" + std::to_string(bin.total())
                + "</td></tr>\n";
    }
    return out + "</table>\n";
}

std::string timeline(const Timeline& timeline, const HtmlOptions& options)
{
    std::string out = "<h3>" + escape(timeline.title) + "</h3>\n";
    if (options.target == HtmlOptions::Target::Pdf) {
        return out + "<p><img src=\"" + kTimelinePlaceholder + "\" width=\"" + std::to_string(kChartWidth)
            + "\" height=\"" + std::to_string(kChartHeight) + "\"></p>\n";
    }
    if (options.chartSvg)
        return out + "<div class=\"chart\">" + options.chartSvg(timeline) + "</div>\n";
    return out + timelineTable(timeline);
}

} // namespace

std::string brief(const Brief& brief, const HtmlOptions& options)
{
    std::string out = "<h2>Brief</h2>\n<p class=\"scope\">" + escape(brief.scope) + "</p>\n";
    if (!brief.speakers.empty()) {
        out += speakers(brief);
        out += claims(brief);
    } else {
        out += "<p>No attributed statements.</p>\n";
    }
    out += mentions(brief);
    out += dates(brief);
    if (brief.timeline)
        out += timeline(*brief.timeline, options);
    if (options.target == HtmlOptions::Target::Pdf) {
        // Qt's rich text has no boxes around sections: a one-cell table is the brief's card.
        return "<table id=\"brief\" width=\"100%\" cellspacing=\"0\" cellpadding=\"12\" bgcolor=\"#f7f5ef\">"
               "<tr><td class=\"brief\">\n"
            + out + "</td></tr></table>\n";
    }
    return "<section class=\"brief\" id=\"brief\">\n" + out + "</section>\n";
}

} // namespace sayline::exporting::html
