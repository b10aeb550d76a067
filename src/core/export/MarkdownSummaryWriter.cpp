// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkdownSummaryWriter.h"

#include "SummaryOutline.h"

namespace sayline::exporting {
namespace {

std::string joined(const std::vector<std::string>& names)
{
    std::string out;
    for (const auto& name : names)
        out += (out.empty() ? "" : ", ") + MarkdownSummaryWriter::escape(name);
    return out;
}

void writeArticle(std::string& out, const ArticleOutline& article)
{
    out += "## <a id=\"" + article.anchor + "\"></a>" + MarkdownSummaryWriter::escape(article.title) + "\n\n";
    for (const auto& [label, value] : article.metadata)
        out += "- **" + label + ":** " + MarkdownSummaryWriter::escape(value) + "\n";
    out += "\n### Speakers\n\n";
    if (article.speakers.empty())
        out += "No attributed statements.\n\n";
    for (const OutlineSpeaker& speaker : article.speakers) {
        out += "#### " + MarkdownSummaryWriter::escape(speaker.name) + "\n\n";
        for (const OutlineStatement& statement : speaker.statements) {
            out += "> \u201c" + MarkdownSummaryWriter::escape(statement.content) + "\u201d\n>\n> \u2014 "
                + MarkdownSummaryWriter::escape(statement.cue) + " \u00b7 " + statement.kind + " \u00b7 "
                + statement.claimType;
            if (!statement.date.empty())
                out += " \u00b7 " + statement.date;
            if (!statement.about.empty())
                out += " \u00b7 about: " + joined(statement.about);
            out += "\n\n";
        }
    }
    if (!article.people.empty() || !article.organizations.empty() || !article.places.empty()) {
        out += "### Mentioned\n\n";
        if (!article.people.empty())
            out += "- **People:** " + joined(article.people) + "\n";
        if (!article.organizations.empty())
            out += "- **Organizations:** " + joined(article.organizations) + "\n";
        if (!article.places.empty())
            out += "- **Places:** " + joined(article.places) + "\n";
        out += "\n";
    }
    if (!article.events.empty()) {
        out += "### Dated events\n\n";
        for (const OutlineEvent& event : article.events) {
            out += "- **" + MarkdownSummaryWriter::escape(event.text) + "** ("
                + MarkdownSummaryWriter::escape(event.value) + "): " + MarkdownSummaryWriter::escape(event.context)
                + "\n";
        }
        out += "\n";
    }
}

} // namespace

std::string MarkdownSummaryWriter::escape(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '>':
        case '#':
        case '|':
            out += '\\';
            out += c;
            break;
        case '\r':
            break;
        case '\n':
            out += ' ';
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string MarkdownSummaryWriter::render(const SummaryDocument& document)
{
    std::string out = "# " + escape(documentTitle(document)) + "\n\n";
    std::vector<ArticleOutline> outlines;
    for (std::size_t i = 0; i < document.articles.size(); ++i)
        outlines.push_back(outlineOf(document.articles[i], i));
    if (outlines.size() > 1) {
        out += "## Contents\n\n";
        for (std::size_t i = 0; i < outlines.size(); ++i)
            out += std::to_string(i + 1) + ". [" + escape(outlines[i].title) + "](#" + outlines[i].anchor + ")\n";
        out += "\n";
    }
    for (const ArticleOutline& outline : outlines)
        writeArticle(out, outline);
    return out;
}

} // namespace sayline::exporting
