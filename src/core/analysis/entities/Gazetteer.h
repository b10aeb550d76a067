// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "NameText.h"
#include "analysis/lexicon/WordSet.h"
#include "model/Entity.h"

namespace sayline::analysis {

class Lexicons;

/// A known name: its type and the canonical name all its variants share ("U.S." -> "United States").
struct KnownName
{
    model::EntityType type = model::EntityType::Misc;
    std::u16string canonical;
};

/// A word that makes a name an organization or a location when it ends or starts it ("Ministry", "Airport").
struct NameHead
{
    model::EntityType type = model::EntityType::Organization;
    bool first = false; ///< may start a name ("Ministry of Defence")
    bool last = false; ///< may end a name ("Foreign Ministry")
    bool final = false; ///< a legal suffix: the name ends after it ("Apple Inc.")
};

/// A title written before a name ("President", "Mr", "Presiding Judge").
struct Honorific
{
    char gender = 0; ///< 'm', 'f' or 0
    std::string role; ///< the role the title implies, empty for Mr/Ms
    bool outside = false; ///< a job written before the name, not part of it ("CEO Steve Jobs")
};

enum class OrganizationNoun
{
    None,
    Any, ///< "the company" may stand for any organization
    NameMatch, ///< "the ministry" stands for an organization whose name contains the noun
};

/// Every word list the entity stages use, parsed once into hash tables (the Analyzer builds one).
/// Names are looked up in their normalized form (normalizeName), words as written unless noted.
class Gazetteer
{
public:
    explicit Gazetteer(const Lexicons& lexicons);

    /// The known name as written, else ignoring case ("Macbook" for "MacBook"; never for acronyms like "WHO").
    const KnownName* knownName(std::u16string_view name) const;
    /// The numbers of words of the known names that start with this word (normalised, any case): bit n for n words
    /// (bit 31 for 31 or more). knownName answers nullptr for every name whose first word and length match none.
    std::uint32_t nameLengthsStartingWith(std::u16string_view firstWord) const;
    /// The bit of nameLengthsStartingWith for a name of this many words.
    static std::uint32_t wordCountBit(int words) { return 1U << std::min(words, 31); }
    /// The country a demonym belongs to ("Chinese" -> "China"), or nullptr.
    const std::u16string* demonymCountry(std::u16string_view word) const;
    const NameHead* head(std::u16string_view word) const;
    /// Titles, also multi-word ("Prime Minister"); the key has no final period.
    const Honorific* honorific(std::u16string_view words) const;
    /// 'm', 'f', or 0 when the word is not a known given name.
    char givenNameGender(std::u16string_view word) const;
    bool isGivenName(std::u16string_view word) const { return givenNameGender(word) != 0; }
    bool isSurname(std::u16string_view word) const;
    /// Canonical role for a lower-case role phrase ("ceo" -> "chief executive officer"), or nullptr.
    const std::string* role(std::u16string_view lowerPhrase) const;
    bool isPersonNoun(std::u16string_view lowerWord) const;
    /// A job written capitalised before a name, as an "outside" title ("Commissioner", "Meteorologist", "Deputy
    /// Director"): a role or a noun for a person, looked up lower-cased; nullptr otherwise.
    const Honorific* jobTitle(std::u16string_view lowerPhrase) const;
    OrganizationNoun organizationNoun(std::u16string_view lowerWord) const;
    /// A capitalised function or common word that is no name at the start of a sentence ("The", "Since").
    bool isCommonWord(std::u16string_view word) const;
    /// A capitalised word that is never a name by itself ("Monday", "January").
    bool isNeverName(std::u16string_view word) const;
    bool isCueVerb(std::u16string_view lowerWord) const;
    /// "built", "sold", any "-ed" word: a verb's past form or a participle (en-past-forms).
    bool isPastForm(std::u16string_view lowerWord) const;
    /// A word that makes a name of unknown type an organization or product, not a person ("Joint", "Studies").
    bool isOrganizationWord(std::u16string_view word) const;
    /// A verb after "it" that shows an organization acting ("plans", "employs"), besides the cue verbs.
    bool isOrganizationVerb(std::u16string_view lowerWord) const;
    /// A noun before "in" or "of" that makes the name after them a company ("shares in Rio Tinto").
    bool isHoldingNoun(std::u16string_view lowerWord) const;
    /// "smartphone", "jets": a noun that makes the name before it a product ("the Xperia X10 smartphone").
    bool isProductNoun(std::u16string_view lowerWord) const;
    /// "USS", "Space Shuttle", "Typhoon": written before a craft's or a storm's name (en-misc-prefixes), as written.
    bool isMiscPrefix(std::u16string_view words) const;
    /// "people", "tribe": after a capitalised name, a group of people (en-group-nouns).
    bool isGroupNoun(std::u16string_view lowerWord) const;
    /// "KC", "OBE": letters after a person's name, no part of it (en-name-abbreviations, post-nominal).
    bool isPostNominal(std::u16string_view word) const { return m_postNominals.contains(word); }
    /// "FC", "AC": a short capital word that marks a club's name (en-club-marks), as written.
    bool isClubMark(std::u16string_view word) const { return m_clubMarks.contains(word); }
    /// "city", "province": in "the city of X" the name is a place (en-place-nouns).
    bool isPlaceNoun(std::u16string_view lowerWord) const { return m_placeNouns.contains(lowerWord); }
    /// "police", "residents": after a place's name used as a modifier (en-place-modifiers).
    bool isPlaceModifierNoun(std::u16string_view lowerWord) const;
    /// "Museum", "Theatre": ends an institution's name (en-facility-heads), as written.
    bool isFacilityHead(std::u16string_view word) const;
    /// "Republicans", "Maoists": a capitalised plural of a member noun (en-member-suffixes).
    bool isMemberPlural(std::u16string_view word) const;
    /// "Democrat", "Republicans": a capitalised member noun (en-member-suffixes), singular or plural.
    bool isMemberNoun(std::u16string_view word) const;
    /// 'm' or 'f' for a pronoun of a man or a woman ("his", "herself"), else 0.
    char pronounGender(std::u16string_view lowerWord) const;
    /// May open the description in an apposition ("the", "its", "former").
    bool isDescriptionOpener(std::u16string_view lowerWord) const;
    /// "is", "was": links a name to a description ("X is an alliance").
    bool isCopula(std::u16string_view lowerWord) const;
    /// Any function word of en-grammar-words ("of", "in", "which", "the").
    bool isGrammarWord(std::u16string_view lowerWord) const;

    // Small words of names, looked up as written (the lexicons list them in lower case).
    /// A particle of a personal name ("de", "van", "bin").
    bool isNameParticle(std::u16string_view word) const;
    /// Joins the words of a name: "of", "and", "upon", or a particle.
    bool isNameConnector(std::u16string_view word) const;
    /// Left out of the initials an acronym is matched against ("of", "the", "&").
    bool isAcronymMinorWord(std::u16string_view word) const;
    /// Written before a month name that is also a given name, makes it a date ("in May", "early June").
    bool isMonthDateCue(std::u16string_view word) const;
    /// An abbreviation whose period belongs to the name ("St", "Jr", "Dept"), as capitalised in a name.
    bool keepsPeriodInName(std::u16string_view word) const;
    /// An abbreviation after whose period a capitalised word goes on the sentence ("Sen", "Gov", "Inc"), as written.
    bool continuesAfterPeriod(std::u16string_view word) const { return m_continuesAfterPeriod.contains(word); }
    /// A lower-case word after a number that makes the number a quantity, no part of a name ("percent").
    bool isQuantityAfterNumber(std::u16string_view lowerWord) const;

private:
    void addName(std::u16string name, model::EntityType type, const std::u16string& canonical);

    std::unordered_map<std::u16string, KnownName, U16Hash, std::equal_to<>> m_names;
    /// Lower-case keys; the value keeps the name as listed to compare the capitals of word starts.
    std::unordered_map<std::u16string, std::pair<KnownName, std::u16string>, U16Hash, std::equal_to<>> m_foldedNames;
    /// The first word of every known name, lower-cased: most capitalised words start none, and knownName then
    /// answers without lower-casing and looking up the whole candidate twice.
    std::unordered_map<std::u16string, std::uint32_t, U16Hash, std::equal_to<>> m_firstWords; ///< word counts
    std::unordered_map<std::u16string, std::u16string, U16Hash, std::equal_to<>> m_demonyms;
    std::unordered_map<std::u16string, NameHead, U16Hash, std::equal_to<>> m_heads;
    std::unordered_map<std::u16string, Honorific, U16Hash, std::equal_to<>> m_honorifics;
    std::unordered_map<std::u16string, char, U16Hash, std::equal_to<>> m_givenNames;
    std::unordered_map<std::u16string, std::string, U16Hash, std::equal_to<>> m_roles;
    std::unordered_map<std::u16string, Honorific, U16Hash, std::equal_to<>> m_jobTitles;
    std::unordered_map<std::u16string, OrganizationNoun, U16Hash, std::equal_to<>> m_organizationNouns;
    WordSet16 m_surnames;
    WordSet16 m_personNouns;
    WordSet16 m_commonWords;
    WordSet16 m_neverNames;
    WordSet16 m_cueVerbs;
    WordSet16 m_pastForms;
    WordSet16 m_organizationWords;
    WordSet16 m_organizationVerbs;
    WordSet16 m_holdingNouns;
    WordSet16 m_productNouns;
    WordSet16 m_miscPrefixes;
    WordSet16 m_groupNouns;
    WordSet16 m_placeModifierNouns;
    WordSet16 m_facilityHeads;
    std::vector<std::u16string> m_memberSuffixes;
    WordSet16 m_masculinePronouns;
    WordSet16 m_femininePronouns;
    WordSet16 m_descriptionOpeners;
    WordSet16 m_copulas;
    WordSet16 m_grammarWords;
    WordSet16 m_nameParticles;
    WordSet16 m_nameConnectors;
    WordSet16 m_acronymMinorWords;
    WordSet16 m_monthDateCues;
    WordSet16 m_periodInName;
    WordSet16 m_continuesAfterPeriod;
    WordSet16 m_placeNouns;
    WordSet16 m_clubMarks;
    WordSet16 m_postNominals;
    WordSet16 m_quantitiesAfterNumber;
};

} // namespace sayline::analysis
