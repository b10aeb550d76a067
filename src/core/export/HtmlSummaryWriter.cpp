// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlSummaryWriter.h"

#include "SummaryOutline.h"

namespace sayline::exporting {
namespace {

constexpr const char* kStyle = "body{font-family:Georgia,serif;max-width:48em;margin:2em auto;padding:0 1em;"
                               "color:#222;line-height:1.45}"
                               "h1,h2,h3,h4{font-family:Helvetica,Arial,sans-serif}"
                               "h2{border-top:1px solid #ccc;padding-top:0.8em}"
                               "blockquote{margin:0.6em 0 0.2em 0;padding-left:0.8em;border-left:3px solid #888}"
                               "p.meta{color:#555;font-size:0.9em;margin-top:0}"
                               "dl.meta dt{font-weight:bold;float:left;clear:left;width:7em}"
                               "dl.meta dd{margin-left:7.5em}"
                               "table{border-collapse:collapse;width:100%}"
                               "th,td{border:1px solid #ccc;padding:0.3em;vertical-align:top;text-align:left}"
                               "th{background:#eee}";

std::string joined(const std::vector<std::string>& names)
{
    std::string out;
    for (const auto& name : names)
        out += (out.empty() ? "" : ", ") + HtmlSummaryWriter::escape(name);
    return out;
}

void writeArticle(std::string& out, const ArticleOutline& article)
{
    out += "<section>\n<h2 id=\"" + article.anchor + "\">" + HtmlSummaryWriter::escape(article.title) + "</h2>\n";
    out += "<dl class=\"meta\">\n";
    for (const auto& [label, value] : article.metadata) {
        out += "<dt>" + HtmlSummaryWriter::escape(label) + "</dt><dd>"
            + (label == "URL" ? HtmlSummaryWriter::link(value) : HtmlSummaryWriter::escape(value)) + "</dd>\n";
    }
    out += "</dl>\n<h3>Speakers</h3>\n";
    if (article.speakers.empty())
        out += "<p>No attributed statements.</p>\n";
    for (const OutlineSpeaker& speaker : article.speakers) {
        out += "<h4>" + HtmlSummaryWriter::escape(speaker.name) + "</h4>\n";
        for (const OutlineStatement& statement : speaker.statements) {
            out += "<blockquote>\u201c" + HtmlSummaryWriter::escape(statement.content) + "\u201d</blockquote>\n";
            out += "<p class=\"meta\">\u2014 " + HtmlSummaryWriter::escape(statement.cue) + " \u00b7 " + statement.kind
                + " \u00b7 " + statement.claimType;
            if (!statement.date.empty())
                out += " \u00b7 " + HtmlSummaryWriter::escape(statement.date);
            if (!statement.about.empty())
                out += " \u00b7 about: " + joined(statement.about);
            out += "</p>\n";
        }
    }
    if (!article.people.empty() || !article.organizations.empty() || !article.places.empty()) {
        out += "<h3>Mentioned</h3>\n<ul>\n";
        if (!article.people.empty())
            out += "<li><b>People:</b> " + joined(article.people) + "</li>\n";
        if (!article.organizations.empty())
            out += "<li><b>Organizations:</b> " + joined(article.organizations) + "</li>\n";
        if (!article.places.empty())
            out += "<li><b>Places:</b> " + joined(article.places) + "</li>\n";
        out += "</ul>\n";
    }
    if (!article.events.empty()) {
        out += "<h3>Dated events</h3>\n<ul>\n";
        for (const OutlineEvent& event : article.events) {
            out += "<li><b>" + HtmlSummaryWriter::escape(event.text) + "</b> (" + HtmlSummaryWriter::escape(event.value)
                + "): " + HtmlSummaryWriter::escape(event.context) + "</li>\n";
        }
        out += "</ul>\n";
    }
    out += "</section>\n";
}

} // namespace

std::string HtmlSummaryWriter::escape(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string HtmlSummaryWriter::link(const std::string& url)
{
    if (url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0)
        return "<a href=\"" + escape(url) + "\">" + escape(url) + "</a>";
    return escape(url);
}

std::string HtmlSummaryWriter::page(const std::string& title, const std::string& body)
{
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title)
        + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n<h1>" + escape(title) + "</h1>\n" + body
        + "</body>\n</html>\n";
}

std::string HtmlSummaryWriter::render(const SummaryDocument& document)
{
    std::vector<ArticleOutline> outlines;
    for (std::size_t i = 0; i < document.articles.size(); ++i)
        outlines.push_back(outlineOf(document.articles[i], i));
    std::string body;
    if (outlines.size() > 1) {
        body += "<nav>\n<h2>Contents</h2>\n<ol>\n";
        for (const ArticleOutline& outline : outlines)
            body += "<li><a href=\"#" + outline.anchor + "\">" + escape(outline.title) + "</a></li>\n";
        body += "</ol>\n</nav>\n";
    }
    for (const ArticleOutline& outline : outlines)
        writeArticle(body, outline);
    return page(documentTitle(document), body);
}

} // namespace sayline::exporting
