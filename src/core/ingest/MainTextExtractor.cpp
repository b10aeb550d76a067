// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainTextExtractor.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "HtmlHints.h"
#include "HtmlTextCollector.h"
#include "MainTextCleaner.h"
#include "MainTextStats.h"

namespace sayline::ingest {
namespace {

struct PassFlags
{
    bool stripOtherText = true; ///< comments, related stories
    bool stripUnlikely = true;
    bool weightClasses = true;
    bool cleanConditionally = true;
};

constexpr std::size_t kMinimumTextChars = 400;

void clearRemoved(HtmlNode& node)
{
    node.removed = false;
    for (auto& child : node.children)
        clearRemoved(*child);
}

template <typename Visit> void forEachElementMutable(HtmlNode& node, Visit&& visit)
{
    if (node.isText || node.removed)
        return;
    if (!visit(node))
        return;
    for (auto& child : node.children)
        forEachElementMutable(*child, visit);
}

bool isHeading(std::string_view tag)
{
    return tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6';
}

bool hasBlockChild(const HtmlNode& node)
{
    for (const auto& child : node.children)
        if (!child->isText && !child->removed && HtmlTextCollector::isBlock(child->name))
            return true;
    return false;
}

// Drops what is never main text; header/footer/form only when they hold little text (some sites wrap the
// whole page in a <form> or put the story inside a <header>).
// Elements that name themselves the article body (with some text), and their ancestors: class hints on a wrapper
// ("tone-comment", "has-sidebar") must not remove the article.
std::unordered_set<const HtmlNode*> articleBodyPaths(HtmlNode& body, const MainTextStats& stats)
{
    std::unordered_set<const HtmlNode*> protectedNodes;
    forEachElementMutable(body, [&](HtmlNode& node) {
        if (stats.of(node).paragraphChars < 200 || !HtmlHints::isArticleBodyMarker(node))
            return true;
        const HtmlNode* up = &node;
        while (up && protectedNodes.insert(up).second)
            up = up->parent;
        return true;
    });
    return protectedNodes;
}

void pruneStructure(HtmlNode& body, const MainTextStats& stats, const PassFlags& flags)
{
    const double bodyChars = static_cast<double>(std::max<std::size_t>(1, stats.of(body).chars));
    const std::unordered_set<const HtmlNode*> protectedNodes = articleBodyPaths(body, stats);
    forEachElementMutable(body, [&](HtmlNode& node) {
        if (&node == &body)
            return true;
        const TextStats& s = stats.of(node);
        const bool holdsMostText = static_cast<double>(s.chars) > 0.5 * bodyChars;
        const bool onArticlePath = protectedNodes.count(&node) > 0;
        // A page saved while a script or a consent dialog hid its wrapper is still a page.
        const bool hidden = HtmlHints::isHidden(node) && !holdsMostText && !onArticlePath;
        if (HtmlHints::isAlwaysRemoved(node.name) || hidden) {
            node.removed = true;
            return false;
        }
        if ((node.is("header") || node.is("footer") || node.is("form")) && !holdsMostText) {
            node.removed = true;
            return false;
        }
        if (node.is("body") || node.is("a") || onArticlePath)
            return true;
        const bool muchText = s.paragraphChars >= 1000 && s.linkDensity() < 0.3;
        if ((flags.stripOtherText && HtmlHints::isOtherTextRegion(node))
            || (flags.stripUnlikely && ((HtmlHints::isWidget(node) && !muchText) || HtmlHints::isUnlikely(node)))) {
            node.removed = true;
            return false;
        }
        return true;
    });
}

double tagBaseScore(std::string_view tag)
{
    if (tag == "div" || tag == "article" || tag == "main" || tag == "section")
        return 5;
    if (tag == "pre" || tag == "td" || tag == "blockquote")
        return 3;
    if (tag == "address" || tag == "ol" || tag == "ul" || tag == "dl" || tag == "dd" || tag == "dt" || tag == "li"
        || tag == "form")
        return -3;
    if (isHeading(tag) || tag == "th")
        return -5;
    return 0;
}

struct Scoring
{
    std::unordered_map<const HtmlNode*, double> scores;
    const PassFlags& flags;

    void add(HtmlNode* start, double score)
    {
        int level = 0;
        for (HtmlNode* node = start; node && level < 5; node = node->parent, ++level) {
            if (node->name == "#document" || node->is("html"))
                break;
            auto [it, inserted] = scores.try_emplace(node, 0.0);
            if (inserted)
                it->second = tagBaseScore(node->name) + (flags.weightClasses ? HtmlHints::classWeight(*node) : 0);
            const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
            it->second += score / divider;
        }
    }
    double of(const HtmlNode* node) const
    {
        auto it = scores.find(node);
        return it == scores.end() ? 0.0 : it->second;
    }
};

double paragraphScore(std::size_t chars, std::size_t commas)
{
    return 1.0 + static_cast<double>(commas) + std::min(3.0, static_cast<double>(chars / 100));
}

void scoreParagraphs(HtmlNode& body, const MainTextStats& stats, Scoring& scoring)
{
    forEachElementMutable(body, [&](HtmlNode& node) {
        const std::string_view tag = node.name;
        if (tag == "td") {
            // Layout tables: a cell is a container of its own text, not a paragraph of the row.
            const InlineRun run = stats.inlineRun(node);
            if (run.chars >= 25)
                scoring.add(&node, paragraphScore(run.chars, run.commas));
            return true;
        }
        const bool paragraphLike = tag == "p" || tag == "pre" || isHeading(tag);
        const bool container = tag == "div" || tag == "section" || tag == "article" || tag == "main" || tag == "center"
            || tag == "font" || tag == "span";
        if (paragraphLike || (container && !hasBlockChild(node))) {
            const TextStats& s = stats.of(node);
            if (s.chars >= 25 && node.parent && tag != "span")
                scoring.add(node.parent, paragraphScore(s.chars, s.commas));
            return tag == "span";
        }
        if (container) {
            const InlineRun run = stats.inlineRun(node);
            if (run.chars >= 25)
                scoring.add(&node, paragraphScore(run.chars, run.commas));
        }
        return true;
    });
}

// Readability's refinements: several near-best candidates sharing an ancestor means the ancestor is the article;
// scores rising on the way up mean more content lives in the parent.
HtmlNode* refineTopCandidate(HtmlNode* top, HtmlNode& body, const Scoring& scoring,
                             const std::vector<HtmlNode*>& ranked)
{
    const double topScore = scoring.of(top);
    std::vector<const HtmlNode*> alternatives;
    for (std::size_t i = 1; i < ranked.size() && i < 5; ++i)
        if (scoring.of(ranked[i]) / topScore >= 0.75)
            alternatives.push_back(ranked[i]);
    if (alternatives.size() >= 3) {
        for (HtmlNode* ancestor = top->parent; ancestor && ancestor != &body; ancestor = ancestor->parent) {
            int containing = 0;
            for (const HtmlNode* alternative : alternatives)
                for (const HtmlNode* up = alternative; up; up = up->parent)
                    if (up == ancestor) {
                        ++containing;
                        break;
                    }
            if (containing >= 3) {
                top = ancestor;
                break;
            }
        }
    }
    double lastScore = scoring.of(top);
    const double threshold = lastScore / 3;
    for (HtmlNode* parent = top->parent; parent && parent != &body; parent = parent->parent) {
        if (!scoring.scores.count(parent))
            continue;
        const double parentScore = scoring.of(parent);
        if (parentScore < threshold)
            break;
        if (parentScore > lastScore) {
            top = parent;
            break;
        }
        lastScore = parentScore;
    }
    while (top->parent && top->parent != &body) {
        int elementChildren = 0;
        for (const auto& child : top->parent->children)
            if (!child->removed && (!child->isText || !HtmlTextCollector::normalizeSpace(child->text).empty()))
                ++elementChildren;
        if (elementChildren != 1)
            break;
        top = top->parent;
    }
    return top;
}

bool endsSentence(const std::string& text)
{
    return text.find(". ") != std::string::npos || (!text.empty() && text.back() == '.');
}

std::vector<HtmlNode*> selectWithSiblings(HtmlNode* top, const Scoring& scoring, const MainTextStats& stats)
{
    if (!top->parent)
        return { top };
    const double topScore = scoring.of(top);
    const double threshold = std::max(10.0, topScore * 0.2);
    const std::string_view topClass = top->attributeOr("class");
    std::vector<HtmlNode*> selected;
    for (auto& child : top->parent->children) {
        HtmlNode* sibling = child;
        if (sibling->removed || sibling->isText)
            continue;
        if (sibling == top) {
            selected.push_back(sibling);
            continue;
        }
        double bonus = 0;
        if (!topClass.empty() && sibling->attributeOr("class") == topClass)
            bonus = topScore * 0.2;
        if (scoring.scores.count(sibling) && scoring.of(sibling) + bonus >= threshold) {
            selected.push_back(sibling);
            continue;
        }
        if (sibling->is("p")) {
            const TextStats& s = stats.of(*sibling);
            const double density = s.linkDensity();
            if ((s.chars > 80 && density < 0.25)
                || (s.chars > 0 && s.chars <= 80 && density == 0 && endsSentence(sibling->textContent())))
                selected.push_back(sibling);
        }
    }
    return selected;
}

bool isInside(const HtmlNode* node, const HtmlNode* ancestor)
{
    for (const HtmlNode* up = node; up; up = up->parent)
        if (up == ancestor)
            return true;
    return false;
}

// Long articles are sometimes cut into several same-styled sections with widgets between them; the other
// sections are candidates of the top's tag and class.
void addRepeatedSections(std::vector<HtmlNode*>& selected, const HtmlNode* top, const std::vector<HtmlNode*>& ranked,
                         const Scoring& scoring, const MainTextStats& stats)
{
    const std::string_view topClass = top->attributeOr("class");
    if (topClass.empty())
        return;
    const double threshold = scoring.of(top) * 0.2;
    for (HtmlNode* candidate : ranked) {
        if (scoring.of(candidate) < threshold)
            break;
        if (candidate == top || candidate->name != top->name || candidate->attributeOr("class") != topClass)
            continue;
        const bool overlaps = std::any_of(selected.begin(), selected.end(), [&](const HtmlNode* chosen) {
            return isInside(candidate, chosen) || isInside(chosen, candidate);
        });
        if (!overlaps)
            selected.push_back(candidate);
    }
    std::sort(selected.begin(), selected.end(),
              [&](const HtmlNode* a, const HtmlNode* b) { return stats.order(*a) < stats.order(*b); });
}

// True when most of the paragraphs of part also appear in whole.
bool contains(const std::vector<std::string>& whole, const std::vector<std::string>& part)
{
    std::size_t found = 0;
    for (const std::string& paragraph : part)
        if (std::find(whole.begin(), whole.end(), paragraph) != whole.end())
            ++found;
    return 5 * found >= 4 * part.size();
}

std::size_t totalChars(const std::vector<std::string>& paragraphs)
{
    std::size_t total = 0;
    for (const std::string& paragraph : paragraphs)
        total += MainTextStats::countChars(paragraph);
    return total;
}

} // namespace

MainTextExtractor::MainTextExtractor(std::vector<std::string> titles)
    : m_titles(std::move(titles))
{
}

std::vector<std::string> MainTextExtractor::extract(HtmlTree& tree) const
{
    HtmlNode* body = const_cast<HtmlNode*>(tree.body());
    // Each pass prunes less; the last, which keeps comment threads, only when nothing else found text.
    const PassFlags passes[] = { { true, true, true, true },
                                 { true, false, true, true },
                                 { true, false, false, true },
                                 { false, false, false, false } };
    std::vector<std::string> best;
    std::vector<std::string> first; // what the strictest pass found
    bool firstPass = true;
    for (const PassFlags& flags : passes) {
        if (!flags.stripOtherText && totalChars(best) >= kMinimumTextChars / 4)
            break;
        clearRemoved(*tree.root);
        MainTextStats stats(*body);
        pruneStructure(*body, stats, flags);
        stats = MainTextStats(*body);
        Scoring scoring { {}, flags };
        scoreParagraphs(*body, stats, scoring);
        std::vector<HtmlNode*> ranked;
        for (auto& [node, score] : scoring.scores) {
            score *= 1.0 - stats.of(*node).linkDensity();
            ranked.push_back(const_cast<HtmlNode*>(node));
        }
        std::sort(ranked.begin(), ranked.end(), [&](const HtmlNode* a, const HtmlNode* b) {
            const double sa = scoring.of(a), sb = scoring.of(b);
            return sa != sb ? sa > sb : stats.order(*a) < stats.order(*b);
        });
        std::vector<HtmlNode*> selected;
        if (ranked.empty() || ranked.front() == body) {
            selected.push_back(body);
        } else {
            HtmlNode* top = refineTopCandidate(ranked.front(), *body, scoring, ranked);
            selected = selectWithSiblings(top, scoring, stats);
            addRepeatedSections(selected, ranked.front(), ranked, scoring, stats);
        }
        const MainTextCleaner cleaner(m_titles, flags.cleanConditionally, flags.weightClasses);
        std::vector<std::string> paragraphs;
        std::vector<double> linkShares;
        for (HtmlNode* node : selected) {
            cleaner.clean(*node);
            HtmlTextCollector::collect(*node, paragraphs, &linkShares);
        }
        cleaner.finish(paragraphs, linkShares);
        // A later pass may widen the first pass's region, but not trade a short article for another text
        // (a newsletter box, a teaser list) unless the first pass found next to nothing.
        const bool widens = first.empty() || totalChars(first) < kMinimumTextChars / 4 || contains(paragraphs, first);
        if (!widens)
            continue;
        if (totalChars(paragraphs) >= kMinimumTextChars)
            return paragraphs;
        if (firstPass)
            first = paragraphs;
        firstPass = false;
        if (totalChars(paragraphs) > totalChars(best))
            best = std::move(paragraphs);
    }
    return best;
}

} // namespace sayline::ingest
