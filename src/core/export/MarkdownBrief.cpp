// SPDX-License-Identifier: GPL-3.0-or-later
// MarkdownSummaryWriter::brief: the one-page brief as GitHub tables and lists.
#include "MarkdownSummaryWriter.h"

namespace sayline::exporting {
namespace {

std::string counted(const std::vector<NameCount>& names)
{
    std::string out;
    for (const NameCount& name : names)
        out += (out.empty() ? "" : ", ") + MarkdownSummaryWriter::escape(name.name) + " (" + std::to_string(name.count)
            + ")";
    return out.empty() ? "\u2014" : out;
}

std::string capitalisedName(model::ClaimType type)
{
    std::string name = model::toString(type);
    if (!name.empty())
        name.front() = static_cast<char>(name.front() - 'a' + 'A');
    return name;
}

} // namespace

std::string MarkdownSummaryWriter::brief(const Brief& brief)
{
    std::string out = "## Brief\n\n" + escape(brief.scope) + "\n\n";
    if (brief.speakers.empty()) {
        out += "No attributed statements.\n\n";
    } else {
        out += "### Who spoke\n\n| Speaker | Statements | Direct | Indirect | Mixed |\n|---|--:|--:|--:|--:|\n";
        for (const SpeakerTally& speaker : brief.speakers) {
            out += "| " + escape(speaker.name) + " | " + std::to_string(speaker.total) + " | "
                + std::to_string(speaker.direct) + " | " + std::to_string(speaker.indirect) + " | "
                + std::to_string(speaker.mixed) + " |\n";
        }
        if (brief.moreSpeakers > 0)
            out += "\nand " + std::to_string(brief.moreSpeakers) + " more\n";
        out += "\n### Claims and whom they are about\n\n| Claim | Statements | About |\n|---|--:|---|\n";
        for (const ClaimTally& claim : brief.claims) {
            out += "| " + capitalisedName(claim.type) + " | " + std::to_string(claim.count) + " | "
                + counted(claim.targets) + " |\n";
        }
        out += "\n";
    }
    if (!brief.organizations.empty() || !brief.places.empty()) {
        out += "### Most mentioned\n\n- **Organizations:** " + counted(brief.organizations) + "\n- **Places:** "
            + counted(brief.places) + "\n\n";
    }
    if (!brief.dates.empty()) {
        out += "### Dates referred to\n\n";
        for (const DateReference& date : brief.dates) {
            out += "- " + escape(date.value);
            if (date.text != date.value)
                out += " (" + escape(date.text) + ")";
            if (date.count > 1)
                out += " \u00d7" + std::to_string(date.count);
            out += "\n";
        }
        if (brief.moreDates > 0)
            out += "- and " + std::to_string(brief.moreDates) + " more\n";
        out += "\n";
    }
    if (brief.timeline) {
        out += "### " + escape(brief.timeline->title) + "\n\n| Period | Statements |\n|---|--:|\n";
        for (const TimelineBin& bin : brief.timeline->bins) {
            if (bin.total() > 0)
                out += "| " + bin.label + " | " + std::to_string(bin.total()) + " |\n";
        }
        out += "\n";
    }
    return out;
}

} // namespace sayline::exporting
