// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainTextStats.h"

#include "HtmlTextCollector.h"

namespace sayline::ingest {

void TextStats::add(const TextStats& other)
{
    chars += other.chars;
    linkChars += other.linkChars;
    commas += other.commas;
    headingChars += other.headingChars;
    listChars += other.listChars;
    paragraphChars += other.paragraphChars;
    quoteChars += other.quoteChars;
    paragraphs += other.paragraphs;
    images += other.images;
    listItems += other.listItems;
    inputs += other.inputs;
    embeds += other.embeds;
    tables += other.tables;
}

MainTextStats::MainTextStats(const HtmlNode& root)
{
    measureInto(root, 0.0, false, false);
}

const TextStats& MainTextStats::of(const HtmlNode& node) const
{
    static const TextStats empty;
    auto it = m_stats.find(&node);
    return it == m_stats.end() ? empty : it->second;
}

std::size_t MainTextStats::order(const HtmlNode& node) const
{
    auto it = m_order.find(&node);
    return it == m_order.end() ? 0 : it->second;
}

InlineRun MainTextStats::inlineRun(const HtmlNode& node) const
{
    InlineRun run;
    for (const auto& child : node.children) {
        if (child->removed)
            continue;
        if (child->isText) {
            run.chars += countChars(child->text);
            run.commas += countCommas(child->text);
        } else if (!HtmlTextCollector::isBlock(child->name)) {
            const TextStats& s = of(*child);
            run.chars += s.chars;
            run.commas += s.commas;
        }
    }
    return run;
}

TextStats MainTextStats::measure(const HtmlNode& node)
{
    MainTextStats scratch;
    scratch.m_record = false;
    return scratch.measureInto(node, 0.0, false, false);
}

std::size_t MainTextStats::countChars(std::string_view utf8)
{
    std::size_t count = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        if ((byte & 0xC0) == 0x80 || byte == ' ' || byte == '\n' || byte == '\t' || byte == '\r')
            continue;
        if (byte == 0xC2 && i + 1 < utf8.size() && static_cast<unsigned char>(utf8[i + 1]) == 0xA0)
            continue; // no-break space
        ++count;
    }
    return count;
}

std::size_t MainTextStats::countCommas(std::string_view utf8)
{
    std::size_t count = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        if (utf8[i] == ',') {
            ++count;
        } else if (utf8.compare(i, 3, "\xEF\xBC\x8C") == 0 || utf8.compare(i, 3, "\xE3\x80\x81") == 0) {
            ++count; // ， 、
            i += 2;
        } else if (utf8.compare(i, 2, "\xD8\x8C") == 0) {
            ++count; // ،
            ++i;
        }
    }
    return count;
}

TextStats MainTextStats::measureInto(const HtmlNode& node, double linkWeight, bool inHeading, bool inList)
{
    TextStats stats;
    if (node.removed)
        return stats;
    if (node.isText) {
        stats.chars = countChars(node.text);
        stats.linkChars = static_cast<double>(stats.chars) * linkWeight;
        stats.commas = countCommas(node.text);
        stats.headingChars = inHeading ? stats.chars : 0;
        stats.listChars = inList ? stats.chars : 0;
        return stats;
    }
    if (m_record)
        m_order.emplace(&node, m_order.size());
    const std::string& tag = node.name;
    if (tag == "a") {
        const std::string_view href = node.attributeOr("href");
        linkWeight = !href.empty() && href.front() == '#' ? 0.3 : 1.0;
    }
    const bool heading = inHeading || (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6');
    const bool list = inList || tag == "ul" || tag == "ol";
    for (const auto& child : node.children)
        stats.add(measureInto(*child, linkWeight, heading, list));
    if (tag == "p") {
        ++stats.paragraphs;
        stats.paragraphChars = stats.chars;
    } else if (tag == "blockquote")
        stats.quoteChars = stats.chars;
    else if (tag == "img")
        ++stats.images;
    else if (tag == "li")
        ++stats.listItems;
    else if (tag == "input" || tag == "select" || tag == "textarea" || tag == "button")
        ++stats.inputs;
    else if (tag == "embed" || tag == "object" || tag == "iframe" || tag == "video")
        ++stats.embeds;
    else if (tag == "table")
        ++stats.tables;
    if (m_record)
        m_stats.emplace(&node, stats);
    return stats;
}

} // namespace sayline::ingest
