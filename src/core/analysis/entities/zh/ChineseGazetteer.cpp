// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChineseGazetteer.h"

#include <algorithm>
#include <memory>
#include <sstream>

#include <unicode/locid.h>
#include <unicode/region.h>
#include <unicode/strenum.h>
#include <unicode/unistr.h>

#include "analysis/lexicon/Lexicons.h"
#include "analysis/text/Document.h"

namespace sayline::analysis::zh {
namespace {

std::vector<std::string> splitList(const std::string& field, char separator)
{
    std::vector<std::string> out;
    std::stringstream stream(field);
    std::string item;
    while (std::getline(stream, item, separator))
        if (!item.empty())
            out.push_back(item);
    return out;
}

bool hasTag(const LexiconEntry& entry, std::size_t field, std::string_view tag)
{
    if (entry.size() <= field)
        return false;
    for (const std::string& item : splitList(entry[field], ' '))
        if (item == tag)
            return true;
    return false;
}

/// ICU's Chinese names of every territory and UN region: 美国, 伊朗, 西非, 东南亚. Groupings that are bodies
/// (EU, UN) and names with a bracketed qualifier (刚果（金）) are left to the lexicons.
std::vector<std::u16string> icuRegionNames()
{
    std::vector<std::u16string> names;
    const icu::Locale chinese("zh");
    for (const URegionType type : { URGN_TERRITORY, URGN_CONTINENT, URGN_SUBCONTINENT, URGN_GROUPING }) {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::StringEnumeration> regions(icu::Region::getAvailable(type, status));
        if (U_FAILURE(status) || !regions)
            continue;
        while (const char* code = regions->next(nullptr, status)) {
            if (U_FAILURE(status))
                break;
            const std::string_view id(code);
            if (id == "EU" || id == "EZ" || id == "UN" || id == "QO")
                continue;
            icu::UnicodeString name;
            icu::Locale(nullptr, code).getDisplayCountry(chinese, name);
            std::u16string text(reinterpret_cast<const char16_t*>(name.getBuffer()),
                                static_cast<std::size_t>(name.length()));
            const bool bracketed
                = text.find(u'\uFF08') != std::u16string::npos || text.find(u'(') != std::u16string::npos;
            if (!text.empty() && !bracketed && text.size() >= 2 && text != toUtf16(code))
                names.push_back(std::move(text));
        }
    }
    return names;
}

int longestAt(const WordSet16& words, int longest, std::u16string_view text, int i)
{
    const int size = static_cast<int>(text.size());
    for (int length = std::min(longest, size - i); length >= 1; --length)
        if (words.contains(text.substr(static_cast<std::size_t>(i), static_cast<std::size_t>(length))))
            return length;
    return 0;
}

int longestEndingAt(const WordSet16& words, int longest, std::u16string_view text, int end)
{
    for (int length = std::min(longest, end); length >= 1; --length)
        if (words.contains(text.substr(static_cast<std::size_t>(end - length), static_cast<std::size_t>(length))))
            return length;
    return 0;
}

} // namespace

ChineseGazetteer::ChineseGazetteer(const Lexicons& lexicons)
{
    using model::EntityType;
    for (std::u16string& name : icuRegionNames())
        addName(name, { EntityType::Location, name, true });
    for (const LexiconEntry& entry : lexicons.entries("zh-places")) {
        const std::u16string name = toUtf16(entry[0]);
        const bool country = entry.size() > 1 && (entry[1] == "country" || entry[1] == "region");
        addName(name, { EntityType::Location, name, country });
        if (entry.size() > 2)
            for (const std::string& abbreviation : splitList(entry[2], ','))
                if (const std::u16string a = toUtf16(abbreviation); a.size() == 1)
                    m_abbreviations.emplace(a[0], name);
    }
    for (const auto& [lexicon, type] : { std::pair { "zh-organizations", EntityType::Organization },
                                         std::pair { "zh-misc-names", EntityType::Misc } }) {
        for (const LexiconEntry& entry : lexicons.entries(lexicon)) {
            const std::u16string name = toUtf16(entry[0]);
            if (!m_names.contains(name) || m_names.at(name).canonical == name)
                addName(name, { type, name, false });
            if (entry.size() > 1)
                for (const std::string& alias : splitList(entry[1], ','))
                    if (const std::u16string a = toUtf16(alias); !m_names.contains(a))
                        addName(a, { type, name, false });
        }
    }

    for (const LexiconEntry& entry : lexicons.entries("zh-surnames")) {
        m_surnames.insert(toUtf16(entry[0]));
        if (hasTag(entry, 1, "function"))
            m_functionSurnames.insert(toUtf16(entry[0]));
    }
    for (const LexiconEntry& entry : lexicons.entries("zh-transliteration"))
        for (const char16_t c : toUtf16(entry[0]))
            m_transliteration.insert(c);
    for (const LexiconEntry& entry : lexicons.entries("zh-roles")) {
        const std::u16string title = toUtf16(entry[0]);
        m_longestTitle = std::max(m_longestTitle, static_cast<int>(title.size()));
        m_titles.insert(title);
        if (hasTag(entry, 1, "after"))
            m_titlesAfter.insert(title);
        if (hasTag(entry, 1, "lexicalised"))
            m_lexicalisedTitles.insert(title);
        if (hasTag(entry, 1, "source"))
            m_sourceTitles.insert(title);
    }
    for (const LexiconEntry& entry : lexicons.entries("zh-organization-heads")) {
        const std::u16string head = toUtf16(entry[0]);
        if (hasTag(entry, 1, "not")) {
            m_falseHeads.insert(head);
            continue;
        }
        m_longestHead = std::max(m_longestHead, static_cast<int>(head.size()));
        m_heads.insert(head);
        if (hasTag(entry, 1, "single"))
            m_singleHeads.insert(head);
        if (hasTag(entry, 1, "generic"))
            m_genericHeads.insert(head);
    }
    for (const LexiconEntry& entry : lexicons.entries("zh-organization-words"))
        m_openingWords.insert(toUtf16(entry[0]));
    for (const LexiconEntry& entry : lexicons.entries("zh-place-heads")) {
        m_placeHeads.insert(toUtf16(entry[0]));
        if (hasTag(entry, 1, "alone"))
            m_placeHeadsAlone.insert(toUtf16(entry[0]));
    }
    for (const std::string& name : lexicons.words("en-given-names"))
        m_givenNames.insert(toUtf16(name));
    for (const std::string& word : lexicons.words("en-organization-heads"))
        m_latinOrganizationWords.insert(toUtf16(word));
    for (const std::string& word : lexicons.words("en-place-heads"))
        m_latinPlaceWords.insert(toUtf16(word));
    for (const LexiconEntry& entry : lexicons.entries("zh-grammar-words")) {
        const std::u16string word = toUtf16(entry[0]);
        m_longestGrammarWord = std::max(m_longestGrammarWord, static_cast<int>(word.size()));
        if (entry.size() > 1)
            for (const std::string& tag : splitList(entry[1], ' '))
                m_grammar[tag].insert(word);
    }
    // Reporting verbs end a name (霍尔曼|敦促) and are never one (强调 is not 强 + 调).
    for (const LexiconEntry& entry : lexicons.entries("zh-reporting-cues")) {
        const std::u16string word = toUtf16(entry[0]);
        m_longestGrammarWord = std::max(m_longestGrammarWord, static_cast<int>(word.size()));
        m_grammar["cue"].insert(word);
    }
    // Time words end a name too (高立新|星期二表示).
    for (const LexiconEntry& entry : lexicons.entries("zh-time-deictic")) {
        const std::u16string word = toUtf16(entry[0]);
        m_longestGrammarWord = std::max(m_longestGrammarWord, static_cast<int>(word.size()));
        m_grammar["time"].insert(word);
    }
}

void ChineseGazetteer::addName(std::u16string name, KnownName known)
{
    m_longestName = std::max(m_longestName, static_cast<int>(name.size()));
    m_names[std::move(name)] = std::move(known);
}

std::optional<std::pair<KnownName, int>> ChineseGazetteer::nameAt(std::u16string_view text, int i) const
{
    const int size = static_cast<int>(text.size());
    for (int length = std::min(m_longestName, size - i); length >= 1; --length) {
        auto it
            = m_names.find(std::u16string(text.substr(static_cast<std::size_t>(i), static_cast<std::size_t>(length))));
        if (it != m_names.end())
            return std::make_pair(it->second, length);
    }
    return std::nullopt;
}

const KnownName* ChineseGazetteer::known(std::u16string_view name) const
{
    auto it = m_names.find(std::u16string(name));
    return it == m_names.end() ? nullptr : &it->second;
}

std::u16string_view ChineseGazetteer::countryOfAbbreviation(char16_t c) const
{
    auto it = m_abbreviations.find(c);
    return it == m_abbreviations.end() ? std::u16string_view() : std::u16string_view(it->second);
}

int ChineseGazetteer::surnameAt(std::u16string_view text, int i, bool* functionWord) const
{
    const int length = longestAt(m_surnames, 2, text, i);
    if (functionWord)
        *functionWord = length == 1 && m_functionSurnames.contains(text.substr(static_cast<std::size_t>(i), 1));
    return length;
}

bool ChineseGazetteer::isTransliteration(char16_t c) const
{
    return m_transliteration.contains(c);
}

int ChineseGazetteer::titleEndingAt(std::u16string_view text, int end) const
{
    return longestEndingAt(m_titles, m_longestTitle, text, end);
}

int ChineseGazetteer::titleAt(std::u16string_view text, int i) const
{
    return longestAt(m_titles, m_longestTitle, text, i);
}

int ChineseGazetteer::organizationHeadAt(std::u16string_view text, int i) const
{
    return longestAt(m_heads, m_longestHead, text, i);
}

bool ChineseGazetteer::isFalseHeadEndingAt(std::u16string_view text, int end) const
{
    return longestEndingAt(m_falseHeads, 4, text, end) > 0;
}

int ChineseGazetteer::openingWordAt(std::u16string_view text, int i) const
{
    return longestAt(m_openingWords, 4, text, i);
}

int ChineseGazetteer::placeHeadAt(std::u16string_view text, int i, bool* alone) const
{
    const int length = longestAt(m_placeHeads, 4, text, i);
    if (alone)
        *alone = length > 0
            && m_placeHeadsAlone.contains(text.substr(static_cast<std::size_t>(i), static_cast<std::size_t>(length)));
    return length;
}

int ChineseGazetteer::wordAt(std::u16string_view text, int i, std::string_view tag) const
{
    auto it = m_grammar.find(std::string(tag));
    return it == m_grammar.end() ? 0 : longestAt(it->second, m_longestGrammarWord, text, i);
}

int ChineseGazetteer::wordEndingAt(std::u16string_view text, int end, std::string_view tag) const
{
    auto it = m_grammar.find(std::string(tag));
    return it == m_grammar.end() ? 0 : longestEndingAt(it->second, m_longestGrammarWord, text, end);
}

bool ChineseGazetteer::isWord(std::u16string_view word, std::string_view tag) const
{
    auto it = m_grammar.find(std::string(tag));
    return it != m_grammar.end() && it->second.contains(word);
}

std::optional<model::EntityType> ChineseGazetteer::latinNameType(std::u16string_view name) const
{
    if (const KnownName* found = known(name))
        return found->type;
    std::vector<std::u16string_view> words;
    std::size_t start = 0;
    while (start < name.size()) {
        std::size_t end = name.find(u' ', start);
        if (end == std::u16string_view::npos)
            end = name.size();
        if (end > start)
            words.push_back(name.substr(start, end - start));
        start = end + 1;
    }
    if (words.empty())
        return std::nullopt;
    for (const std::u16string_view word : words) {
        if (m_latinOrganizationWords.contains(word))
            return model::EntityType::Organization;
        if (m_latinPlaceWords.contains(word))
            return model::EntityType::Location;
    }
    bool capitalised = true;
    for (const std::u16string_view word : words)
        capitalised = capitalised && word[0] >= u'A' && word[0] <= u'Z';
    if (capitalised && m_givenNames.contains(words.front()) && words.size() <= 4)
        return model::EntityType::Person;
    return std::nullopt;
}

} // namespace sayline::analysis::zh
