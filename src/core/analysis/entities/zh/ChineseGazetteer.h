// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "analysis/lexicon/WordSet.h"
#include "model/Entity.h"

namespace sayline::analysis {

class Lexicons;

namespace zh {

/// A name of the lexicons: its type and the name it stands for (世卫组织 → 世界卫生组织, WHO → 世界卫生组织).
struct KnownName
{
    model::EntityType type = model::EntityType::Location;
    std::u16string canonical; ///< the full form; the name itself when it is one
    bool country = false; ///< a country or region that makes compounds (美国国务院, 美国总统)
};

/// Every Chinese word list of the entity stage, as hash tables, built once: place names (ICU's Chinese names of
/// every country and UN region plus zh-places), organisations, misc names, surnames, transliteration
/// characters, titles, organisation and place heads, and the function words of zh-grammar-words.
class ChineseGazetteer
{
public:
    explicit ChineseGazetteer(const Lexicons& lexicons);

    /// The longest lexicon name (place, organisation, misc) that starts at text[i], and its length.
    std::optional<std::pair<KnownName, int>> nameAt(std::u16string_view text, int i) const;
    const KnownName* known(std::u16string_view name) const;
    /// The country a one-character abbreviation stands for (美 → 美国), or empty.
    std::u16string_view countryOfAbbreviation(char16_t c) const;

    /// Length of the surname at text[i] (2 for 欧阳, 1 for 王, 0 for none); functionWord is set when the
    /// surname is also a grammatical word (于, 向).
    int surnameAt(std::u16string_view text, int i, bool* functionWord = nullptr) const;
    bool isTransliteration(char16_t c) const;

    /// Length of the longest title that ends at text[end] (0 for none).
    int titleEndingAt(std::u16string_view text, int end) const;
    /// Length of the longest title that starts at text[i] (0 for none).
    int titleAt(std::u16string_view text, int i) const;
    bool isTitle(std::u16string_view word) const { return m_titles.contains(word); }
    bool isTitleAfterName(std::u16string_view word) const { return m_titlesAfter.contains(word); }
    bool isLexicalisedTitle(std::u16string_view word) const { return m_lexicalisedTitles.contains(word); }
    bool isSourceTitle(std::u16string_view word) const { return m_sourceTitles.contains(word); }

    /// Length of the longest organisation head that starts at text[i] (0 for none).
    int organizationHeadAt(std::u16string_view text, int i) const;
    bool isSingleCharacterHead(std::u16string_view head) const { return m_singleHeads.contains(head); }
    bool isGenericHead(std::u16string_view head) const { return m_genericHeads.contains(head); }
    /// True when a word that ends in a head character but names no body (签署, 南部) ends at text[end].
    bool isFalseHeadEndingAt(std::u16string_view text, int end) const;
    /// Length of the word of zh-organization-words (国际, 国家) that starts at text[i] (0 for none).
    int openingWordAt(std::u16string_view text, int i) const;
    /// Length of the longest place suffix that starts at text[i] (0 for none); alone is set when the suffix also
    /// makes a place of a known place before it.
    int placeHeadAt(std::u16string_view text, int i, bool* alone = nullptr) const;

    /// Length of the longest word of zh-grammar-words with the tag that starts at text[i] (0 for none); the tag
    /// "cue" gives the reporting verbs of zh-reporting-cues, "time" the words of zh-time-deictic.
    int wordAt(std::u16string_view text, int i, std::string_view tag) const;
    /// Length of the longest word with the tag that ends at text[end] (0 for none).
    int wordEndingAt(std::u16string_view text, int end, std::string_view tag) const;
    bool isWord(std::u16string_view word, std::string_view tag) const;

    /// The type a Latin-script name in brackets gives by its words (Marco Rubio → person by en-given-names,
    /// Fox News → organization by en-organization-heads, Scarborough Shoal → location by en-place-heads), or
    /// nothing when its words do not tell.
    std::optional<model::EntityType> latinNameType(std::u16string_view name) const;

private:
    void addName(std::u16string name, KnownName known);

    std::unordered_map<std::u16string, KnownName> m_names;
    std::unordered_map<char16_t, std::u16string> m_abbreviations;
    int m_longestName = 0;
    WordSet16 m_surnames;
    WordSet16 m_functionSurnames;
    std::unordered_set<char16_t> m_transliteration;
    WordSet16 m_titles;
    WordSet16 m_titlesAfter;
    WordSet16 m_lexicalisedTitles;
    WordSet16 m_sourceTitles;
    int m_longestTitle = 0;
    WordSet16 m_heads;
    WordSet16 m_singleHeads;
    WordSet16 m_genericHeads;
    WordSet16 m_falseHeads;
    int m_longestHead = 0;
    WordSet16 m_openingWords;
    WordSet16 m_placeHeads;
    WordSet16 m_placeHeadsAlone;
    std::unordered_map<std::string, WordSet16> m_grammar;
    WordSet16 m_givenNames;
    WordSet16 m_latinOrganizationWords;
    WordSet16 m_latinPlaceWords;
    int m_longestGrammarWord = 0;
};

} // namespace zh
} // namespace sayline::analysis
