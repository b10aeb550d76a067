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

std::string footnote(const OutlineStatement& statement)
{
    return "[^" + std::to_string(statement.number) + "]";
}

/// A paragraph must not read as a list item, heading or rule: "2011. The NSA …", "- 5 %".
std::string escapedLineStart(std::string text)
{
    std::size_t digits = 0;
    while (digits < text.size() && digits < 9 && text[digits] >= '0' && text[digits] <= '9')
        ++digits;
    if (digits > 0 && digits < text.size() && (text[digits] == '.' || text[digits] == ')'))
        return text.insert(digits, "\\");
    if (!text.empty() && (text.front() == '-' || text.front() == '+' || text.front() == '='))
        return "\\" + text;
    return text;
}

std::string annotatedText(const ArticleOutline& article)
{
    std::string out;
    const AnnotatedBody& body = article.body;
    for (const std::vector<TextEvent>& paragraph : body.paragraphs) {
        std::string line;
        for (const TextEvent& event : paragraph) {
            if (event.type == TextEvent::Type::Text) {
                line += MarkdownSummaryWriter::escape(event.text);
                continue;
            }
            const Mark& mark = body.marks[event.mark];
            if (mark.kind == MarkKind::Speaker)
                line += "**";
            else if (event.type == TextEvent::Type::Close && event.last && mark.statement < article.statements.size()
                     && (mark.kind == MarkKind::DirectSpeech || mark.kind == MarkKind::IndirectSpeech
                         || mark.kind == MarkKind::MixedSpeech))
                line += footnote(article.statements[mark.statement]);
        }
        out += escapedLineStart(line) + "\n\n";
    }
    return out;
}

void writeArticle(std::string& out, const ArticleOutline& article, bool several)
{
    const std::string section = several ? "### " : "## ";
    if (several)
        out += "## <a id=\"" + article.anchor + "\"></a>" + MarkdownSummaryWriter::escape(article.title) + "\n\n";
    out += section + "The article, annotated\n\n";
    for (const auto& [label, value] : article.metadata)
        out += "- **" + label + ":** " + MarkdownSummaryWriter::escape(value) + "\n";
    out += "\nSpeakers in **bold**; a note number follows each statement.\n\n" + annotatedText(article);
    if (!article.people.empty() || !article.organizations.empty() || !article.places.empty()) {
        out += section + "Mentioned\n\n";
        if (!article.people.empty())
            out += "- **People:** " + joined(article.people) + "\n";
        if (!article.organizations.empty())
            out += "- **Organizations:** " + joined(article.organizations) + "\n";
        if (!article.places.empty())
            out += "- **Places:** " + joined(article.places) + "\n";
        out += "\n";
    }
    if (!article.events.empty()) {
        out += section + "Dated events\n\n";
        for (const OutlineEvent& event : article.events) {
            out += "- **" + MarkdownSummaryWriter::escape(event.text) + "** ("
                + MarkdownSummaryWriter::escape(event.value) + "): " + MarkdownSummaryWriter::escape(event.context)
                + "\n";
        }
        out += "\n";
    }
    out += section + "Statements\n\n";
    if (article.statements.empty())
        out += "No attributed statements.\n\n";
    for (const OutlineStatement& statement : article.statements) {
        out += footnote(statement) + ": " + MarkdownSummaryWriter::speech(statement.speech) + " \u2014 "
            + (statement.speech.cue.empty() ? "" : MarkdownSummaryWriter::escape(statement.speech.cue) + " \u00b7 ")
            + model::toString(statement.speech.kind) + " \u00b7 " + statement.claimType;
        if (!statement.date.empty())
            out += " \u00b7 " + statement.date;
        if (!statement.about.empty())
            out += " \u00b7 about: " + joined(statement.about);
        out += "\n\n";
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

std::string MarkdownSummaryWriter::speech(const Speech& speech)
{
    return markedSpeech(speech, &MarkdownSummaryWriter::escape, "**", "**");
}

std::string MarkdownSummaryWriter::render(const SummaryDocument& document)
{
    std::string out = "# " + escape(documentTitle(document)) + "\n\n*" + escape(documentSource(document)) + "*\n\n";
    out += brief(briefOf(document));
    const std::vector<ArticleOutline> outlines = outlinesOf(document);
    const bool several = outlines.size() > 1;
    if (several) {
        out += "## Contents\n\n";
        for (std::size_t i = 0; i < outlines.size(); ++i)
            out += std::to_string(i + 1) + ". [" + escape(outlines[i].title) + "](#" + outlines[i].anchor + ")\n";
        out += "\n";
    }
    for (const ArticleOutline& outline : outlines)
        writeArticle(out, outline, several);
    return out;
}

} // namespace sayline::exporting
