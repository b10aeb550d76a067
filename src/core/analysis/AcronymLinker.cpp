// SPDX-License-Identifier: GPL-3.0-or-later
#include "AcronymLinker.h"

#include <unicode/uchar.h>

#include "Document.h"
#include "NameText.h"

namespace sayline::analysis {
namespace {

bool isMinorWord(std::u16string_view word)
{
    return word == u"of" || word == u"and" || word == u"the" || word == u"for" || word == u"on" || word == u"&"
        || word == u"de" || word == u"in";
}

std::u16string initials(std::u16string_view name, bool withMinorWords)
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
        if (!word.empty() && (withMinorWords || !isMinorWord(word))) {
            if (isAllCaps(word) && word.size() <= 4)
                out += acronymLetters(word); // "US Air Force" -> "USAF"
            else if (word != u"&")
                out.push_back(static_cast<char16_t>(u_toupper(word.front())));
        }
        i = j;
    }
    return out;
}

bool isSubsequence(std::u16string_view letters, std::u16string_view of)
{
    std::size_t at = 0;
    for (char16_t c : of) {
        if (at < letters.size() && letters[at] == c)
            ++at;
    }
    return letters.size() >= 2 && at == letters.size();
}

} // namespace

bool AcronymLinker::matchesInitials(std::u16string_view acronym, std::u16string_view name)
{
    const std::u16string letters = acronymLetters(acronym);
    if (letters.size() < 2 || name.find(u' ') == std::u16string_view::npos)
        return false;
    return initials(name, false) == letters || initials(name, true) == letters;
}

std::vector<int> AcronymLinker::link(const Document& document, const std::vector<NameCandidate>& candidates) const
{
    std::vector<int> links(candidates.size(), -1);
    const std::u16string& text = document.text();
    auto between = [&](int from, int to) {
        return normalizeName(
            std::u16string_view(text).substr(static_cast<std::size_t>(from), static_cast<std::size_t>(to - from)));
    };
    for (std::size_t i = 0; i + 1 < candidates.size(); ++i) {
        const NameCandidate& first = candidates[i];
        const NameCandidate& second = candidates[i + 1];
        if (second.start < first.end || between(first.end, second.start) != u"(")
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
    }
    return links;
}

} // namespace sayline::analysis
