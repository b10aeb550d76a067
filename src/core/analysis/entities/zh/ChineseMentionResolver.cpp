// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChineseMentionResolver.h"

#include <algorithm>
#include <set>

#include "ChineseGazetteer.h"
#include "analysis/text/zh/ChineseText.h"

namespace sayline::analysis::zh {
namespace {

bool overlaps(const ChineseMentions& accepted, int start, int end)
{
    // accepted never overlap each other, so sorted by start they are sorted by end too
    auto it = std::lower_bound(accepted.begin(), accepted.end(), end,
                               [](const ChineseMention& mention, int value) { return mention.start < value; });
    return it != accepted.begin() && std::prev(it)->end > start;
}

/// The place name that a name starts with (美国 in 美国司法部), its length, or 0.
int placePrefix(const ChineseGazetteer& gazetteer, std::u16string_view name)
{
    for (int length = static_cast<int>(name.size()) - 2; length >= 2; --length) {
        const KnownName* known = gazetteer.known(name.substr(0, static_cast<std::size_t>(length)));
        if (known && known->type == model::EntityType::Location)
            return length;
    }
    return 0;
}

bool isSubsequence(std::u16string_view shortForm, std::u16string_view name)
{
    std::size_t j = 0;
    for (const char16_t c : name)
        if (j < shortForm.size() && shortForm[j] == c)
            ++j;
    return j == shortForm.size();
}

} // namespace

ChineseMentionResolver::ChineseMentionResolver(const ChineseText& text, const ChineseGazetteer& gazetteer)
    : m_text(text)
    , m_gazetteer(gazetteer)
{
}

void ChineseMentionResolver::accept(ChineseMentions candidates, ChineseMentions& accepted)
{
    std::stable_sort(candidates.begin(), candidates.end(), [](const ChineseMention& a, const ChineseMention& b) {
        if (a.length() != b.length())
            return a.length() > b.length();
        if (a.priority != b.priority)
            return a.priority > b.priority;
        return a.start < b.start;
    });
    for (ChineseMention& candidate : candidates) {
        if (candidate.end <= candidate.start || overlaps(accepted, candidate.start, candidate.end))
            continue;
        auto at = std::lower_bound(accepted.begin(), accepted.end(), candidate.start,
                                   [](const ChineseMention& mention, int value) { return mention.start < value; });
        accepted.insert(at, std::move(candidate));
    }
}

void ChineseMentionResolver::addOccurrences(std::u16string_view name, const ChineseMention& of, const char* rule,
                                            ChineseMentions& out) const
{
    if (name.size() < 2)
        return;
    const std::u16string_view text = m_text.text();
    for (std::size_t at = text.find(name); at != std::u16string_view::npos; at = text.find(name, at + 1)) {
        const int start = static_cast<int>(at);
        const int end = start + static_cast<int>(name.size());
        if (of.type == model::EntityType::Person) {
            // not the tail of a longer transliterated name (…斯塔默 inside another name)
            const char16_t before = m_text.at(start - 1);
            if (isNameDot(before)
                || (m_gazetteer.isTransliteration(before) && m_gazetteer.titleEndingAt(text, start) == 0
                    && m_gazetteer.wordEndingAt(text, start, "breaker") == 0
                    && m_gazetteer.wordEndingAt(text, start, "preposition") == 0))
                continue;
            if (m_gazetteer.isTransliteration(m_text.at(end)) && m_gazetteer.titleAt(text, end) == 0
                && m_gazetteer.wordAt(text, end, "adverb") == 0 && m_gazetteer.wordAt(text, end, "cue") == 0
                && !isNameDot(m_text.at(end)))
                continue;
        }
        out.push_back({ start, end, of.type, of.key, 0, rule });
    }
}

void ChineseMentionResolver::addAbbreviations(const ChineseMention& of, std::u16string_view name,
                                              ChineseMentions& out) const
{
    if (name.size() < 4)
        return;
    const std::u16string_view text = m_text.text();
    const int length = static_cast<int>(text.size());
    for (int i = 0; i < length; ++i) {
        if (text[static_cast<std::size_t>(i)] != name.front())
            continue;
        for (int size = static_cast<int>(name.size()) - 1; size >= 3; --size) {
            if (i + size > length)
                continue;
            const std::u16string_view shortForm
                = text.substr(static_cast<std::size_t>(i), static_cast<std::size_t>(size));
            if (shortForm.back() != name.back() || !isSubsequence(shortForm, name))
                continue;
            bool han = true;
            for (const char16_t c : shortForm)
                han = han && isHan(c);
            if (han)
                out.push_back({ i, i + size, of.type, of.key, 0, "abbreviation" });
            break;
        }
    }
}

ChineseMentions ChineseMentionResolver::propagate(const ChineseMentions& accepted) const
{
    ChineseMentions out;
    std::set<std::pair<std::u16string, std::u16string>> done; // (name, key)
    auto once = [&done](std::u16string_view name, const std::u16string& key) {
        return done.emplace(std::u16string(name), key).second;
    };
    for (const ChineseMention& mention : accepted) {
        const std::u16string_view text = m_text.slice(mention.start, mention.end);
        if (once(text, mention.key))
            addOccurrences(text, mention, "repeat", out);
        if (mention.type == model::EntityType::Person) {
            std::size_t dot = std::u16string_view::npos;
            for (std::size_t k = 0; k < text.size(); ++k)
                if (isNameDot(text[k]) || (text[k] == u'.' && k + 1 < text.size() && isHan(text[k + 1])))
                    dot = k;
            if (dot != std::u16string_view::npos && once(text.substr(dot + 1), mention.key))
                addOccurrences(text.substr(dot + 1), mention, "surname", out);
        } else if (mention.type == model::EntityType::Organization) {
            const int prefix = placePrefix(m_gazetteer, text);
            const std::u16string_view rest = text.substr(static_cast<std::size_t>(prefix));
            if (prefix > 0 && rest.size() >= 3 && once(rest, mention.key))
                addOccurrences(rest, mention, "place-dropped", out);
            if (isHan(text.front()) && once(std::u16string(u"~") + std::u16string(text), mention.key)) {
                addAbbreviations(mention, text, out);
                if (prefix > 0)
                    addAbbreviations(mention, rest, out);
            }
        } else if (mention.type == model::EntityType::Location && std::string_view(mention.rule) == "place-suffix") {
            for (int stem = static_cast<int>(text.size()) - 1; stem >= 2; --stem) {
                bool alone = false;
                if (m_gazetteer.placeHeadAt(text, stem, &alone) == static_cast<int>(text.size()) - stem) {
                    if (once(text.substr(0, static_cast<std::size_t>(stem)), mention.key))
                        addOccurrences(text.substr(0, static_cast<std::size_t>(stem)), mention, "place-stem", out);
                    break;
                }
            }
        }
    }
    return out;
}

} // namespace sayline::analysis::zh
