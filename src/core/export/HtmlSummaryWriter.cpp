// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlSummaryWriter.h"

#include "SummaryOutline.h"

namespace sayline::exporting {
namespace {

bool isSpeech(MarkKind kind)
{
    return kind == MarkKind::DirectSpeech || kind == MarkKind::IndirectSpeech || kind == MarkKind::MixedSpeech;
}

std::string joined(const std::vector<std::string>& names)
{
    std::string out;
    for (const auto& name : names)
        out += (out.empty() ? "" : ", ") + html::escape(name);
    return out;
}

/// Headings of one article: under an h2 of its own when the document has several, else at h2 themselves.
struct Levels
{
    std::string section;
    std::string speaker;
};

std::string heading(const std::string& tag, const std::string& text, bool newPage = false)
{
    return "<" + tag + (newPage ? " class=\"newpage\"" : "") + ">" + text + "</" + tag + ">\n";
}

std::string metadata(const ArticleOutline& article)
{
    std::string out = "<table class=\"metadata\" cellspacing=\"0\" cellpadding=\"1\">\n";
    for (const auto& [label, value] : article.metadata) {
        out += "<tr><th>" + html::escape(label) + "</th><td>"
            + (label == "URL" ? html::link(value) : html::escape(value)) + "</td></tr>\n";
    }
    return out + "</table>\n";
}

std::string statementEntry(const OutlineStatement& statement)
{
    std::string meta
        = html::statementMeta(statement.speech.cue, statement.speech.kind,
                              model::claimTypeFromString(statement.claimType).value_or(model::ClaimType::Other));
    if (!statement.date.empty())
        meta += " \u00b7 " + html::escape(statement.date);
    if (!statement.about.empty())
        meta += " \u00b7 about: " + joined(statement.about);
    return "<p class=\"statement\"><a class=\"ref\" id=\"" + statement.listAnchor + "\" href=\"#" + statement.anchor
        + "\">" + std::to_string(statement.number) + "</a> " + html::speech(statement.speech)
        + "<br><span class=\"meta\">" + meta + "</span></p>\n";
}

std::string statements(const ArticleOutline& article, const Levels& levels, bool newPage)
{
    std::string out = heading(levels.section, "Statements", newPage);
    if (article.speakers.empty())
        return out + "<p>No attributed statements.</p>\n";
    for (const OutlineSpeaker& speaker : article.speakers) {
        out += heading(levels.speaker, html::escape(speaker.name));
        for (std::size_t index : speaker.statements)
            out += statementEntry(article.statements[index]);
    }
    return out;
}

std::string annotatedText(const ArticleOutline& article, const Levels& levels)
{
    std::string out = heading(levels.section, "The article, annotated") + metadata(article) + html::legend()
        + "<div class=\"article\">\n";
    const AnnotatedBody& body = article.body;
    for (const std::vector<TextEvent>& paragraph : body.paragraphs) {
        out += "<p>";
        for (const TextEvent& event : paragraph) {
            if (event.type == TextEvent::Type::Text) {
                out += html::escape(event.text);
                continue;
            }
            const Mark& mark = body.marks[event.mark];
            const bool speech = isSpeech(mark.kind) && mark.statement < article.statements.size();
            if (event.type == TextEvent::Type::Open) {
                out += std::string("<span class=\"") + markClass(mark.kind) + "\"";
                if (speech && event.first)
                    out += " id=\"" + article.statements[mark.statement].anchor + "\"";
                out += ">";
            } else {
                out += "</span>";
                if (speech && event.last) {
                    const OutlineStatement& statement = article.statements[mark.statement];
                    out += "<sup class=\"ref\"><a href=\"#" + statement.listAnchor + "\">"
                        + std::to_string(statement.number) + "</a></sup>";
                }
            }
        }
        out += "</p>\n";
    }
    return out + "</div>\n";
}

std::string mentioned(const ArticleOutline& article, const Levels& levels)
{
    if (article.people.empty() && article.organizations.empty() && article.places.empty())
        return {};
    std::string out = heading(levels.section, "Mentioned") + "<ul>\n";
    if (!article.people.empty())
        out += "<li><b>People:</b> " + joined(article.people) + "</li>\n";
    if (!article.organizations.empty())
        out += "<li><b>Organizations:</b> " + joined(article.organizations) + "</li>\n";
    if (!article.places.empty())
        out += "<li><b>Places:</b> " + joined(article.places) + "</li>\n";
    return out + "</ul>\n";
}

std::string events(const ArticleOutline& article, const Levels& levels)
{
    if (article.events.empty())
        return {};
    std::string out = heading(levels.section, "Dated events") + "<ul>\n";
    for (const OutlineEvent& event : article.events) {
        out += "<li><b>" + html::escape(event.text) + "</b> (" + html::escape(event.value)
            + "): " + html::escape(event.context) + "</li>\n";
    }
    return out + "</ul>\n";
}

std::string article(const ArticleOutline& article, bool several, bool newPage)
{
    std::string out = "<section id=\"" + article.anchor + "\">\n";
    Levels levels { "h2", "h3" };
    if (several) {
        out += heading("h2", html::escape(article.title), newPage);
        levels = { "h3", "h4" };
        newPage = false;
    }
    out += statements(article, levels, newPage);
    out += annotatedText(article, levels);
    out += mentioned(article, levels);
    out += events(article, levels);
    return out + "</section>\n";
}

} // namespace

std::string HtmlSummaryWriter::render(const SummaryDocument& document, const HtmlOptions& options)
{
    const std::vector<ArticleOutline> outlines = outlinesOf(document);
    const bool pdf = options.target == HtmlOptions::Target::Pdf;
    std::string body = html::brief(briefOf(document), options);
    const bool several = outlines.size() > 1;
    bool newPage = pdf;
    if (several) {
        body += "<nav>\n" + heading("h2", "Contents", newPage) + "<ol>\n";
        for (const ArticleOutline& outline : outlines)
            body += "<li><a href=\"#" + outline.anchor + "\">" + html::escape(outline.title) + "</a></li>\n";
        body += "</ol>\n</nav>\n";
    }
    for (const ArticleOutline& outline : outlines) {
        body += article(outline, several, newPage);
        newPage = pdf && several;
    }
    return html::page(documentTitle(document), documentSource(document), body, options);
}

} // namespace sayline::exporting
