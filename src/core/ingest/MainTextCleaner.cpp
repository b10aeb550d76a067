// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainTextCleaner.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "HtmlHints.h"
#include "HtmlTextCollector.h"
#include "MainTextStats.h"

namespace sayline::ingest {
namespace {

constexpr double kMaxLinkShare = 0.7;

bool isHeading(std::string_view tag)
{
    return tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6';
}

bool hasAncestor(const HtmlNode& node, std::string_view tag)
{
    for (const HtmlNode* up = node.parent; up; up = up->parent)
        if (up->is(tag))
            return true;
    return false;
}

// Word tokens, lower-cased for ASCII; everything that is not a letter or digit in ASCII separates words, and
// non-ASCII bytes stay inside words.
std::vector<std::string> words(std::string_view text)
{
    std::vector<std::string> out;
    std::string word;
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 || std::isalnum(byte)) {
            word += static_cast<char>(byte < 0x80 ? std::tolower(byte) : byte);
        } else if (!word.empty()) {
            out.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty())
        out.push_back(std::move(word));
    return out;
}

void countTable(const HtmlNode& node, int& rows, int& columns)
{
    for (const auto& child : node.children) {
        if (child->isText || child->removed)
            continue;
        if (child->is("table"))
            continue;
        if (child->is("tr")) {
            ++rows;
            int cells = 0;
            for (const auto& cell : child->children)
                if (cell->is("td") || cell->is("th"))
                    ++cells;
            columns = std::max(columns, cells);
        } else {
            countTable(*child, rows, columns);
        }
    }
}

bool isDataTable(const HtmlNode& table)
{
    if (table.attributeOr("role") == "presentation")
        return false;
    bool data = false;
    bool nested = false;
    table.forEachElement([&](const HtmlNode& node) {
        if (&node != &table && node.is("table"))
            nested = true;
        if (node.is("caption") || node.is("thead") || node.is("th") || node.is("tfoot") || node.is("colgroup"))
            data = true;
    });
    if (nested)
        return false;
    int rows = 0, columns = 0;
    countTable(table, rows, columns);
    return data || rows >= 10 || columns > 4 || rows * columns > 10;
}

template <typename Visit> void postOrder(HtmlNode& node, Visit&& visit)
{
    if (node.isText || node.removed)
        return;
    for (auto& child : node.children)
        postOrder(*child, visit);
    visit(node);
}

} // namespace

MainTextCleaner::MainTextCleaner(const std::vector<std::string>& titles, bool cleanConditionally, bool weightClasses)
    : m_titles(titles)
    , m_cleanConditionally(cleanConditionally)
    , m_weightClasses(weightClasses)
{
}

double MainTextCleaner::similarity(std::string_view a, std::string_view b)
{
    const std::vector<std::string> wordsA = words(a);
    const std::vector<std::string> wordsB = words(b);
    if (wordsA.empty() || wordsB.empty())
        return 0.0;
    const std::set<std::string> setA(wordsA.begin(), wordsA.end());
    std::size_t totalB = 0, uniqueB = 0;
    for (const std::string& word : wordsB) {
        totalB += word.size() + 1;
        if (!setA.count(word))
            uniqueB += word.size() + 1;
    }
    return 1.0 - static_cast<double>(uniqueB) / static_cast<double>(totalB);
}

bool MainTextCleaner::isTitle(std::string_view text) const
{
    const std::string normalized = HtmlTextCollector::normalizeSpace(text);
    if (normalized.empty())
        return false;
    for (const std::string& title : m_titles) {
        if (title.empty())
            continue;
        const std::size_t shorter = std::min(title.size(), normalized.size());
        const std::size_t longer = std::max(title.size(), normalized.size());
        if (static_cast<double>(shorter) < 0.6 * static_cast<double>(longer))
            continue;
        if (similarity(title, normalized) > 0.75 && similarity(normalized, title) > 0.75)
            return true;
    }
    return false;
}

bool MainTextCleaner::shouldRemove(const HtmlNode& node) const
{
    const std::string_view tag = node.name;
    if (isHeading(tag)) {
        if (tag == "h1" || tag == "h2") {
            if (m_weightClasses && HtmlHints::classWeight(node) < 0)
                return true;
            if (isTitle(node.textContent()))
                return true;
        }
        return false;
    }
    if (!m_cleanConditionally)
        return false;
    if (tag != "form" && tag != "fieldset" && tag != "table" && tag != "ul" && tag != "div" && tag != "section")
        return false;
    if (tag == "table" && isDataTable(node))
        return false;
    if (hasAncestor(node, "table") || hasAncestor(node, "code"))
        return false;
    const TextStats s = MainTextStats::measure(node);
    const bool isList
        = tag == "ul" || (s.chars > 0 && static_cast<double>(s.listChars) / static_cast<double>(s.chars) > 0.9);
    const int weight = m_weightClasses ? HtmlHints::classWeight(node) : 0;
    if (weight < 0)
        return true;
    if (s.commas >= 10)
        return false;
    const int paragraphs = s.paragraphs;
    const int images = s.images;
    const int listItems = s.listItems - 100;
    const double headingDensity = s.chars ? static_cast<double>(s.headingChars) / static_cast<double>(s.chars) : 0;
    const double linkDensity = s.linkDensity();
    const bool inFigure = hasAncestor(node, "figure");
    // An embedded post (tweet, quoted message) is part of the story even though it carries links.
    if (s.chars > 0 && static_cast<double>(s.quoteChars) >= 0.8 * static_cast<double>(s.chars))
        return false;
    return (!inFigure && images > 1 && static_cast<double>(paragraphs) / images < 0.5)
        || (!isList && listItems > paragraphs) || (s.inputs > paragraphs / 3)
        || (!isList && !inFigure && headingDensity < 0.9 && s.chars < 25 && (images == 0 || images > 2)
            && linkDensity > 0)
        || (!isList && weight < 25 && linkDensity > 0.2) || (weight >= 25 && linkDensity > 0.5)
        || (s.embeds == 1 && s.chars < 75) || s.embeds > 1;
}

void MainTextCleaner::clean(HtmlNode& selected) const
{
    postOrder(selected, [&](HtmlNode& node) {
        if (&node != &selected && shouldRemove(node))
            node.removed = true;
    });
}

void MainTextCleaner::finish(std::vector<std::string>& paragraphs, const std::vector<double>& linkShares) const
{
    std::vector<std::string> kept;
    kept.reserve(paragraphs.size());
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
        std::string& paragraph = paragraphs[i];
        if (HtmlHints::isBoilerplateLine(paragraph))
            continue;
        // A linked teaser headline goes; a lone linked word or address ("Disclaimer", "www.example.com") stays.
        if (m_cleanConditionally && i < linkShares.size() && linkShares[i] > kMaxLinkShare
            && std::count(paragraph.begin(), paragraph.end(), ' ') >= 2)
            continue;
        if (kept.empty() && isTitle(paragraph))
            continue;
        if (!kept.empty() && kept.back() == paragraph)
            continue;
        kept.push_back(std::move(paragraph));
    }
    paragraphs = std::move(kept);
}

} // namespace sayline::ingest
