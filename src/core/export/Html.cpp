// SPDX-License-Identifier: GPL-3.0-or-later
#include "Html.h"

#include "AnnotatedBody.h"

namespace sayline::exporting::html {
namespace {

// Latin faces first: a CJK face sets Latin quotation marks and apostrophes full-width.
constexpr const char* kSans = "'Noto Sans','DejaVu Sans','Noto Sans CJK SC',Helvetica,Arial,sans-serif";
constexpr const char* kSerif = "'Noto Serif','DejaVu Serif','Noto Serif CJK SC',Georgia,serif";

/// For browsers: a reading column, sans-serif headings over a serif text.
std::string browserStyle()
{
    return std::string("body{font-family:") + kSerif
        + ";max-width:46em;margin:2em auto;padding:0 1em;color:#222;line-height:1.5}"
          "h1,h2,h3,h4,.kicker,.meta,.legend,.brief,nav,dl.meta,sup.ref,a.ref{font-family:"
        + kSans
        + "}"
          ".kicker{text-transform:uppercase;letter-spacing:.08em;color:#8a6d3b;font-size:.8em;margin:0}"
          "h1{font-size:2em;line-height:1.2;margin:.15em 0 .8em}"
          "h2{font-size:1.45em;border-top:2px solid #222;padding-top:.5em;margin-top:2em}"
          "h3{font-size:1.1em;color:#444;margin:1.6em 0 .5em}"
          "h4{font-size:1em;margin:1em 0 .3em}"
          ".brief{background:#f7f5ef;padding:.2em 1.2em 1em;border-radius:4px}"
          ".brief h2{border:0;margin-top:.6em}"
          ".brief h3{margin-top:1em}"
          ".scope{color:#555}"
          "table{border-collapse:collapse;width:100%;font-size:.92em}"
          "th,td{border-bottom:1px solid #ddd;padding:.25em .5em .25em 0;text-align:left;vertical-align:top}"
          "th{color:#555;font-weight:600}"
          "td.n,th.n{text-align:right;width:5em}"
          "dl.meta{font-size:.9em;color:#444}"
          "dl.meta dt{font-weight:bold;float:left;clear:left;width:7em}"
          "dl.meta dd{margin-left:7.5em}"
          "ol.statements{padding-left:0;list-style:none}"
          "ol.statements li{margin:.5em 0}"
          "p.meta,span.meta{color:#666;font-size:.85em}"
          "a.ref,sup.ref a{color:#8a6d3b;text-decoration:none;font-size:.8em;font-weight:bold}"
          "a.ref{display:inline-block;min-width:1.8em}"
          ".legend{font-size:.85em;line-height:2}"
          ".legend span{margin-right:.4em;padding:.1em .35em;border-radius:2px;white-space:nowrap}"
          ".article p{margin:0 0 .8em}"
          ".article span{border-radius:2px}"
          ".article .indirect,.legend .indirect{font-style:italic}"
          ".chart svg{max-width:100%;height:auto}";
}

/// For the PDF writer: Qt's rich text subset (font sizes in points, spacing in CSS pixels, tables for layout).
std::string pdfStyle()
{
    return std::string("body{font-family:") + kSerif
        + ";font-size:10pt;color:#222222}"
          "h1,h2,h3,h4,p.kicker,p.meta,span.meta,p.legend,p.scope,table,a.ref,sup.ref{font-family:"
        + kSans
        + "}"
          "p.kicker{font-size:8pt;color:#8a6d3b;margin-bottom:4px;text-transform:uppercase}"
          "h1{font-size:21pt;font-weight:bold;margin-top:0;margin-bottom:18px}"
          "h2{font-size:15pt;font-weight:bold;margin-top:22px;margin-bottom:8px}"
          "h3{font-size:11pt;font-weight:bold;color:#444444;margin-top:16px;margin-bottom:5px}"
          "h4{font-size:10pt;font-weight:bold;margin-top:10px;margin-bottom:3px}"
          "p{margin-top:0;margin-bottom:7px;line-height:135%}"
          "p.statement{margin-bottom:9px}"
          "li{margin-bottom:5px;line-height:130%}"
          "p.scope{color:#555555;font-size:9pt;margin-bottom:4px}"
          "table{font-size:8.5pt}"
          "th{color:#555555;font-weight:bold;text-align:left}"
          "td.n,th.n{text-align:right}"
          "td.brief{font-family:"
        + kSans
        + ";font-size:9pt}"
          "td.brief h2{margin-top:0}"
          "p.meta,span.meta{color:#666666;font-size:8pt}"
          "a.ref,sup.ref{color:#8a6d3b;font-size:7.5pt;font-weight:bold;text-decoration:none}"
          "p.legend{font-size:8pt;line-height:160%;margin-bottom:10px}"
          ".newpage{page-break-before:always}"
          "span.indirect{font-style:italic}";
}

std::string markStyle()
{
    std::string out;
    for (MarkKind kind : kAllMarkKinds)
        out += std::string("span.") + markClass(kind) + "{background-color:" + markColor(kind) + "}";
    return out;
}

} // namespace

std::string escape(std::string_view text)
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

std::string link(const std::string& url)
{
    if (url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0)
        return "<a href=\"" + escape(url) + "\">" + escape(url) + "</a>";
    return escape(url);
}

std::string page(const std::string& title, const std::string& kicker, const std::string& body,
                 const HtmlOptions& options)
{
    const bool pdf = options.target == HtmlOptions::Target::Pdf;
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title)
        + "</title>\n<style>" + (pdf ? pdfStyle() : browserStyle()) + markStyle() + "</style>\n</head>\n<body>\n";
    if (!kicker.empty())
        out += "<p class=\"kicker\">" + escape(kicker) + "</p>\n";
    out += "<h1>" + escape(title) + "</h1>\n" + body + "</body>\n</html>\n";
    return out;
}

std::string speech(const Speech& speech)
{
    return markedSpeech(speech, &escape, "<b>", "</b>");
}

std::string statementMeta(const std::string& cue, model::StatementKind kind, model::ClaimType claim)
{
    std::string out = cue.empty() ? std::string() : escape(cue) + " \u00b7 ";
    return out + model::toString(kind) + " \u00b7 " + model::toString(claim);
}

std::string legend()
{
    std::string out = "<p class=\"legend\">";
    for (MarkKind kind : kAllMarkKinds)
        out += std::string("<span class=\"") + markClass(kind) + "\">\u00a0" + escape(markLabel(kind))
            + "\u00a0</span> ";
    return out + "</p>\n";
}

} // namespace sayline::exporting::html
