// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlTextCollector.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace sayline::ingest {
namespace {

constexpr std::array kBlockTags = {
    "address", "article",   "aside",  "blockquote", "body",    "caption",  "center",     "dd",       "details",
    "dialog",  "dir",       "div",    "dl",         "dt",      "fieldset", "figcaption", "figure",   "footer",
    "form",    "h1",        "h2",     "h3",         "h4",      "h5",       "h6",         "header",   "hgroup",
    "hr",      "html",      "iframe", "legend",     "li",      "main",     "menu",       "nav",      "ol",
    "option",  "p",         "pre",    "section",    "summary", "table",    "tbody",      "tfoot",    "thead",
    "tr",      "ul",        "video",  "audio",      "canvas",  "title",    "#document",  "textarea", "select",
    "listing", "plaintext", "xmp",
};

// Decodes one UTF-8 sequence at pos (input is valid UTF-8); returns the code point and advances pos.
std::uint32_t nextCodePoint(std::string_view text, std::size_t& pos)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(pos);
    if (lead < 0x80) {
        ++pos;
        return lead;
    }
    int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    if (pos + static_cast<std::size_t>(length) > text.size() || length == 1) {
        ++pos;
        return 0xFFFD;
    }
    std::uint32_t cp = length == 4 ? (lead & 0x07u) : length == 3 ? (lead & 0x0Fu) : (lead & 0x1Fu);
    for (int i = 1; i < length; ++i)
        cp = (cp << 6) | (byte(pos + static_cast<std::size_t>(i)) & 0x3Fu);
    pos += static_cast<std::size_t>(length);
    return cp;
}

bool isSpace(std::uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0xA0 || cp == 0x1680
        || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F
        || cp == 0x3000;
}

bool isInvisible(std::uint32_t cp)
{
    return cp == 0xAD || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF;
}

} // namespace

bool HtmlTextCollector::isBlock(std::string_view tag)
{
    for (const char* block : kBlockTags)
        if (tag == block)
            return true;
    return false;
}

std::string HtmlTextCollector::normalizeSpace(std::string_view utf8)
{
    std::string out;
    out.reserve(utf8.size());
    bool pendingSpace = false;
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        const std::size_t start = pos;
        const std::uint32_t cp = nextCodePoint(utf8, pos);
        if (isSpace(cp)) {
            pendingSpace = !out.empty();
            continue;
        }
        if (isInvisible(cp))
            continue;
        if (pendingSpace) {
            out += ' ';
            pendingSpace = false;
        }
        out.append(utf8.substr(start, pos - start));
    }
    return out;
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
        const auto nonSpace = static_cast<std::size_t>(std::count_if(node.text.begin(), node.text.end(), [](char c) {
            return c != ' ' && c != '\n' && c != '\t' && c != '\r';
        }));
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
    for (const auto& child : node.children)
        walk(*child, pre, link);
    if (block)
        flush();
    else if (node.name == "td" || node.name == "th")
        m_current += ' ';
}

} // namespace sayline::ingest
