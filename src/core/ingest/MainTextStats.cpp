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
    return node.index < m_order.size() && m_order[node.index] != kUnmeasured ? m_stats[node.index] : empty;
}

std::size_t MainTextStats::order(const HtmlNode& node) const
{
    return node.index < m_order.size() && m_order[node.index] != kUnmeasured ? m_order[node.index] : 0;
}

InlineRun MainTextStats::inlineRun(const HtmlNode& node) const
{
    InlineRun run;
    for (const HtmlNode* child : node.children) {
        if (child->removed)
            continue;
        if (child->isText) {
            run.chars += child->chars;
            run.commas += child->commas;
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
    const auto at = [&](std::size_t k) { return static_cast<unsigned char>(utf8[k]); };
    std::size_t count = 0;
    const std::size_t size = utf8.size();
    for (std::size_t i = 0; i < size; ++i) {
        switch (at(i)) {
        case ',':
            ++count;
            break;
        case 0xEF: // ，
            if (i + 2 < size && at(i + 1) == 0xBC && at(i + 2) == 0x8C) {
                ++count;
                i += 2;
            }
            break;
        case 0xE3: // 、
            if (i + 2 < size && at(i + 1) == 0x80 && at(i + 2) == 0x81) {
                ++count;
                i += 2;
            }
            break;
        case 0xD8: // ،
            if (i + 1 < size && at(i + 1) == 0x8C) {
                ++count;
                ++i;
            }
            break;
        default:
            break;
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
        stats.chars = node.chars;
        stats.linkChars = static_cast<double>(stats.chars) * linkWeight;
        stats.commas = node.commas;
        stats.headingChars = inHeading ? stats.chars : 0;
        stats.listChars = inList ? stats.chars : 0;
        return stats;
    }
    if (m_record) {
        if (node.index >= m_order.size()) {
            m_order.resize(node.index + 1, kUnmeasured);
            m_stats.resize(node.index + 1);
        }
        m_order[node.index] = m_measured++;
    }
    const std::string_view tag = node.name;
    if (tag == "a") {
        const std::string_view href = node.attributeOr("href");
        linkWeight = !href.empty() && href.front() == '#' ? 0.3 : 1.0;
    }
    const bool heading = inHeading || (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6');
    const bool list = inList || tag == "ul" || tag == "ol";
    for (const HtmlNode* child : node.children)
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
        m_stats[node.index] = stats;
    return stats;
}

} // namespace sayline::ingest
