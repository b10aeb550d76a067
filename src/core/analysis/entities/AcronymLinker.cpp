// SPDX-License-Identifier: GPL-3.0-or-later
#include "AcronymLinker.h"

#include <algorithm>

#include <unicode/uchar.h>

#include "Gazetteer.h"
#include "NameText.h"
#include "analysis/text/Document.h"
#include "analysis/text/WorkCounter.h"

namespace sayline::analysis {
namespace {

bool isSubsequence(std::u16string_view letters, std::u16string_view of)
{
    std::size_t at = 0;
    for (char16_t c : of) {
        if (at < letters.size() && letters[at] == c)
            ++at;
    }
    return letters.size() >= 2 && at == letters.size();
}

/// The same letters in any order, three or more ("SPD" and "SDP").
bool sameLetters(std::u16string a, std::u16string b)
{
    if (a.size() < 3 || a.size() != b.size())
        return false;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
}

} // namespace

AcronymLinker::AcronymLinker(const Gazetteer& gazetteer)
    : m_gazetteer(gazetteer)
{
}

std::u16string AcronymLinker::initials(std::u16string_view name, bool withMinorWords) const
{
    std::u16string out;
    std::size_t i = 0;
    while (i < name.size()) {
        while (i < name.size() && (name[i] == u' ' || name[i] == u'-'))
            ++i;
        std::size_t j = i;
        while (j < name.size() && name[j] != u' ' && name[j] != u'-')
            ++j;
        const std::u16string_view word = name.substr(i, j - i);
        if (!word.empty() && (withMinorWords || !m_gazetteer.isAcronymMinorWord(word))) {
            if (isAllCaps(word) && word.size() <= 4)
                out += acronymLetters(word); // "US Air Force" -> "USAF"
            else if (word != u"&")
                out.push_back(static_cast<char16_t>(u_toupper(word.front())));
        }
        i = j;
    }
    return out;
}

bool AcronymLinker::matchesInitials(std::u16string_view acronym, std::u16string_view name) const
{
    const std::u16string letters = acronymLetters(acronym);
    if (letters.size() < 2 || name.find(u' ') == std::u16string_view::npos)
        return false;
    return initials(name, false) == letters || initials(name, true) == letters;
}

void AcronymLinker::dropCommonPhraseAcronyms(const Document& document, std::vector<NameCandidate>& candidates) const
{
    const auto& tokens = document.tokens();
    std::vector<bool> drop(candidates.size(), false);
    // The candidates by start, so that the names before an acronym are found by a binary search.
    std::vector<std::pair<int, int>> byStart; // (start, candidate)
    byStart.reserve(candidates.size());
    for (std::size_t i = 0; i < candidates.size(); ++i)
        byStart.emplace_back(candidates[i].start, static_cast<int>(i));
    std::sort(byStart.begin(), byStart.end());
    // Calls fn(j) for every candidate j inside [from, to).
    auto forEachInside = [&](int from, int to, auto&& fn) {
        std::size_t visited = 0;
        for (auto it = std::lower_bound(byStart.begin(), byStart.end(), std::pair(from, -1));
             it != byStart.end() && it->first <= to; ++it) {
            ++visited;
            if (candidates[static_cast<std::size_t>(it->second)].end <= to)
                fn(static_cast<std::size_t>(it->second));
        }
        work::add(work::Stage::Coreference, visited + 1);
    };
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const NameCandidate& acronym = candidates[i];
        const int first = acronym.firstToken;
        if (!acronym.acronym || first < 2 || acronym.endToken >= static_cast<int>(tokens.size())
            || document.tokenText(first - 1) != u"(" || document.tokenText(acronym.endToken) != u")")
            continue;
        const std::u16string letters = acronymLetters(acronym.text);
        // Walk back over the words before "(", matching the acronym's letters from the last one.
        int t = first - 2;
        int matched = static_cast<int>(letters.size());
        bool lowerCaseWord = false;
        while (t >= 0 && matched > 0) {
            const std::u16string_view word = document.tokenText(t);
            if (tokens[static_cast<std::size_t>(t)].kind == TokenKind::Punctuation
                || m_gazetteer.isAcronymMinorWord(word)) {
                if (word != u"," && word != u"-" && !m_gazetteer.isAcronymMinorWord(word))
                    break;
                --t;
                continue;
            }
            if (static_cast<char16_t>(u_toupper(word.front())) != letters[static_cast<std::size_t>(matched) - 1])
                break;
            lowerCaseWord = lowerCaseWord || !startsUpper(word);
            --matched;
            --t;
        }
        if (matched > 0)
            continue;
        const int phraseStart = tokens[static_cast<std::size_t>(t) + 1].start;
        // A proper long form is one capitalised candidate and gets linked instead.
        int inside = 0;
        forEachInside(phraseStart, acronym.start, [&](std::size_t) { ++inside; });
        if (!lowerCaseWord && inside <= 1)
            continue;
        drop[i] = true;
        forEachInside(phraseStart, acronym.start, [&](std::size_t j) { drop[j] = true; });
    }
    std::size_t kept = 0;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (drop[i])
            continue;
        if (kept != i)
            candidates[kept] = std::move(candidates[i]);
        ++kept;
    }
    candidates.resize(kept);
}

std::vector<int> AcronymLinker::link(const Document& document, const std::vector<NameCandidate>& candidates) const
{
    std::vector<int> links(candidates.size(), -1);
    const std::u16string& text = document.text();
    // normalizeName(text between) == "(": one '(' and otherwise only the spaces normalizeName drops, answered at
    // the first other character instead of normalising the whole gap between two names.
    auto onlyOpeningBracketBetween = [&](int from, int to) {
        bool bracket = false;
        for (int k = from; k < to; ++k) {
            const char16_t c = text[static_cast<std::size_t>(k)];
            if (c == u' ' || c == u'\n' || c == u'\t' || c == u'\r' || c == 0x00A0)
                continue;
            if (c != u'(' || bracket)
                return false;
            bracket = true;
        }
        return bracket;
    };
    for (std::size_t i = 0; i + 1 < candidates.size(); ++i) {
        const NameCandidate& first = candidates[i];
        const NameCandidate& second = candidates[i + 1];
        if (second.start < first.end || !onlyOpeningBracketBetween(first.end, second.start))
            continue;
        if (static_cast<std::size_t>(second.end) >= text.size() || text[static_cast<std::size_t>(second.end)] != u')')
            continue;
        if (second.acronym && !first.acronym && matchesInitials(second.text, first.text))
            links[i + 1] = static_cast<int>(i);
        else if (first.acronym && !second.acronym && matchesInitials(first.text, second.text))
            links[i] = static_cast<int>(i + 1);
        else if (second.acronym && !first.acronym
                 && isSubsequence(acronymLetters(second.text), initials(first.text, true)))
            links[i + 1] = static_cast<int>(i); // a loose match, still written as "Long Form (LF)": "TAO"
        else if (second.acronym && !first.acronym
                 && sameLetters(acronymLetters(second.text), initials(first.text, false)))
            links[i + 1] = static_cast<int>(i); // the original language's order: "Social Democratic Party (SPD)"
    }
    return links;
}

} // namespace sayline::analysis
