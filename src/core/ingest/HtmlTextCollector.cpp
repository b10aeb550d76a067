// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlTextCollector.h"

#include <algorithm>
#include <array>

#include "BodyCleaner.h"

namespace sayline::ingest {
namespace {

constexpr std::string_view kBlockTags[] = {
    "address", "article",   "aside",  "blockquote", "body",    "caption",  "center",     "dd",       "details",
    "dialog",  "dir",       "div",    "dl",         "dt",      "fieldset", "figcaption", "figure",   "footer",
    "form",    "h1",        "h2",     "h3",         "h4",      "h5",       "h6",         "header",   "hgroup",
    "hr",      "html",      "iframe", "legend",     "li",      "main",     "menu",       "nav",      "ol",
    "option",  "p",         "pre",    "section",    "summary", "table",    "tbody",      "tfoot",    "thead",
    "tr",      "ul",        "video",  "audio",      "canvas",  "title",    "#document",  "textarea", "select",
    "listing", "plaintext", "xmp",
};

} // namespace

bool HtmlTextCollector::isBlock(std::string_view tag)
{
    for (std::string_view block : kBlockTags)
        if (tag == block)
            return true;
    return false;
}

std::string HtmlTextCollector::normalizeSpace(std::string_view utf8)
{
    return normalizeWhitespace(utf8);
}

std::vector<std::string> HtmlTextCollector::paragraphs(const HtmlNode& node)
{
    std::vector<std::string> out;
    collect(node, out);
    return out;
}

void HtmlTextCollector::collect(const HtmlNode& node, std::vector<std::string>& out, std::vector<double>* linkShares)
{
    HtmlTextCollector collector(out, linkShares);
    collector.walk(node, false, false);
    collector.flush();
}

void HtmlTextCollector::flush()
{
    if (m_current.empty())
        return;
    std::string paragraph = normalizeSpace(m_current);
    const double linkShare
        = m_textBytes ? std::min(1.0, static_cast<double>(m_linkBytes) / static_cast<double>(m_textBytes)) : 0.0;
    m_current.clear();
    m_textBytes = 0;
    m_linkBytes = 0;
    if (paragraph.empty())
        return;
    m_out.push_back(std::move(paragraph));
    if (m_linkShares)
        m_linkShares->push_back(linkShare);
}

void HtmlTextCollector::walk(const HtmlNode& node, bool preformatted, bool inLink)
{
    if (node.removed)
        return;
    if (node.isText) {
        const std::size_t nonSpace = node.nonSpaceBytes;
        m_textBytes += nonSpace;
        if (inLink)
            m_linkBytes += nonSpace;
        if (!preformatted) {
            m_current += node.text;
            return;
        }
        std::size_t start = 0;
        while (start <= node.text.size()) {
            std::size_t end = node.text.find('\n', start);
            m_current.append(node.text, start, end == std::string::npos ? std::string::npos : end - start);
            if (end == std::string::npos)
                break;
            flush();
            start = end + 1;
        }
        return;
    }
    if (node.name == "script" || node.name == "head")
        return;
    if (node.name == "br") {
        flush();
        return;
    }
    if (node.name == "td" || node.name == "th") {
        m_current += ' ';
    }
    const bool block = isBlock(node.name);
    if (block)
        flush();
    const bool pre = preformatted || node.name == "pre" || node.name == "listing" || node.name == "plaintext";
    const bool link = inLink || node.name == "a";
    for (const HtmlNode* child : node.children)
        walk(*child, pre, link);
    if (block)
        flush();
    else if (node.name == "td" || node.name == "th")
        m_current += ' ';
}

} // namespace sayline::ingest
