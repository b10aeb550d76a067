// SPDX-License-Identifier: GPL-3.0-or-later
#include "Gazetteer.h"

#include <algorithm>
#include <memory>

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "analysis/lexicon/Lexicons.h"
#include "analysis/text/Document.h"

namespace sayline::analysis {
namespace {

using model::EntityType;

std::vector<std::u16string> splitList(const std::string& field)
{
    std::vector<std::u16string> out;
    std::size_t from = 0;
    while (from <= field.size()) {
        const std::size_t comma = field.find(',', from);
        const std::string item = field.substr(from, comma == std::string::npos ? std::string::npos : comma - from);
        std::u16string name = normalizeName(toUtf16(item));
        if (!name.empty())
            out.push_back(std::move(name));
        if (comma == std::string::npos)
            break;
        from = comma + 1;
    }
    return out;
}

const std::string& field(const LexiconEntry& entry, std::size_t index)
{
    static const std::string empty;
    return index < entry.size() ? entry[index] : empty;
}

WordSet16 wordSet(const Lexicons& lexicons, std::string_view name, std::string_view tag = {})
{
    WordSet16 set;
    for (const std::string& word : lexicons.words(name, tag))
        set.insert(toUtf16(word));
    return set;
}

std::u16string withoutFinalPeriod(std::u16string text)
{
    if (!text.empty() && text.back() == u'.')
        text.pop_back();
    return text;
}

/// The text before the first space (a known name is normalised: single spaces between its words).
std::u16string_view firstWord(std::u16string_view name)
{
    return name.substr(0, name.find(u' '));
}

} // namespace

Gazetteer::Gazetteer(const Lexicons& lexicons)
{
    // Countries: ICU's English names of every ISO region first, then the shipped list with demonyms and variants.
    for (const char* const* code = icu::Locale::getISOCountries(); code && *code; ++code) {
        icu::UnicodeString display;
        icu::Locale(nullptr, *code).getDisplayCountry(icu::Locale::getEnglish(), display);
        const std::u16string name(reinterpret_cast<const char16_t*>(display.getBuffer()),
                                  static_cast<std::size_t>(display.length()));
        if (!name.empty() && name != toUtf16(*code))
            addName(normalizeName(name), EntityType::Location, normalizeName(name));
    }
    for (const LexiconEntry& entry : lexicons.entries("en-countries")) {
        const std::u16string country = normalizeName(toUtf16(field(entry, 0)));
        addName(country, EntityType::Location, country);
        for (std::u16string& demonym : splitList(field(entry, 1)))
            m_demonyms.emplace(std::move(demonym), country);
        for (std::u16string& alias : splitList(field(entry, 2)))
            addName(std::move(alias), EntityType::Location, country);
    }
    for (const LexiconEntry& entry : lexicons.entries("en-places")) {
        const std::u16string place = normalizeName(toUtf16(field(entry, 0)));
        addName(place, EntityType::Location, place);
        for (std::u16string& demonym : splitList(field(entry, 2)))
            m_demonyms.emplace(std::move(demonym), place);
    }
    for (const auto& [lexicon, type] : { std::pair { "en-organizations", EntityType::Organization },
                                         std::pair { "en-misc-names", EntityType::Misc } }) {
        for (const LexiconEntry& entry : lexicons.entries(lexicon)) {
            const std::u16string name = normalizeName(toUtf16(field(entry, 0)));
            addName(name, type, name);
            for (std::u16string& alias : splitList(field(entry, 1)))
                addName(std::move(alias), type, name);
        }
    }
    for (const auto& [lexicon, type] :
         { std::pair { "en-organization-heads", EntityType::Organization },
           std::pair { "en-place-heads", EntityType::Location }, std::pair { "en-misc-heads", EntityType::Misc } }) {
        for (const LexiconEntry& entry : lexicons.entries(lexicon)) {
            const std::string& where = field(entry, 1);
            const bool final = where == "final";
            NameHead head { type, where == "first" || where == "both",
                            final || where == "last" || where == "both" || where.empty(), final };
            m_heads.emplace(normalizeName(toUtf16(field(entry, 0))), head);
        }
    }
    for (const LexiconEntry& entry : lexicons.entries("en-honorifics")) {
        const std::string& gender = field(entry, 1);
        Honorific honorific { gender.empty() ? '\0' : gender.front(), field(entry, 2), field(entry, 3) == "outside" };
        m_honorifics.emplace(withoutFinalPeriod(normalizeName(toUtf16(field(entry, 0)))), honorific);
    }
    for (const LexiconEntry& entry : lexicons.entries("en-given-names")) {
        const std::string& gender = field(entry, 1);
        m_givenNames.emplace(toUtf16(field(entry, 0)), gender.empty() ? 'u' : gender.front());
    }
    for (const LexiconEntry& entry : lexicons.entries("en-roles")) {
        const std::string& canonical = field(entry, 1);
        const std::string& role = canonical.empty() ? field(entry, 0) : canonical;
        m_roles.emplace(lowerCase(normalizeName(toUtf16(field(entry, 0)))), role);
    }
    for (const LexiconEntry& entry : lexicons.entries("en-organization-nouns")) {
        m_organizationNouns.emplace(toUtf16(field(entry, 0)),
                                    field(entry, 1) == "any" ? OrganizationNoun::Any : OrganizationNoun::NameMatch);
    }
    for (const auto& [lexicon, set] :
         { std::pair { "en-surnames", &m_surnames }, std::pair { "en-person-nouns", &m_personNouns },
           std::pair { "en-entity-cue-verbs", &m_cueVerbs }, std::pair { "en-past-forms", &m_pastForms },
           std::pair { "en-organization-words", &m_organizationWords } }) {
        for (const LexiconEntry& entry : lexicons.entries(lexicon))
            set->insert(toUtf16(field(entry, 0)));
    }
    for (const auto& [phrase, role] : m_roles)
        m_jobTitles.emplace(phrase, Honorific { '\0', role, true });
    for (const LexiconEntry& entry : lexicons.entries("en-job-titles")) {
        const std::string& job = field(entry, 0);
        const bool inside = field(entry, 1) == "inside";
        m_jobTitles.insert_or_assign(toUtf16(job), Honorific { '\0', job, !inside });
        if (job.find(' ') == std::string::npos)
            m_personNouns.insert(toUtf16(job));
    }
    for (const LexiconEntry& entry : lexicons.entries("en-common-words")) {
        const std::u16string word = toUtf16(field(entry, 0));
        m_commonWords.insert(word);
        if (field(entry, 1) == "never")
            m_neverNames.insert(word);
    }
    // Month names with their abbreviations and full weekday names are never names by themselves; not "May"
    // (a given name, a modal verb) nor "Sun" or "Sat". The date lexicons list them in lower case.
    auto addCalendarWord = [this](const std::string& lower) {
        std::u16string word = toUtf16(lower);
        if (word.empty())
            return;
        word.front() = static_cast<char16_t>(u_toupper(word.front()));
        m_commonWords.insert(word);
        m_neverNames.insert(std::move(word));
    };
    for (const LexiconEntry& entry : lexicons.entries("en-time-months"))
        if (field(entry, 2) != "ambiguous")
            addCalendarWord(field(entry, 0));
    for (const LexiconEntry& entry : lexicons.entries("en-time-weekdays"))
        if (field(entry, 2).empty())
            addCalendarWord(field(entry, 0));
    m_organizationVerbs = wordSet(lexicons, "en-organization-verbs");
    m_holdingNouns = wordSet(lexicons, "en-holding-nouns");
    m_productNouns = wordSet(lexicons, "en-product-nouns");
    m_miscPrefixes = wordSet(lexicons, "en-misc-prefixes");
    m_groupNouns = wordSet(lexicons, "en-group-nouns");
    m_placeModifierNouns = wordSet(lexicons, "en-place-modifiers");
    m_placeNouns = wordSet(lexicons, "en-place-nouns");
    m_clubMarks = wordSet(lexicons, "en-club-marks");
    m_postNominals = wordSet(lexicons, "en-name-abbreviations", "post-nominal");
    m_facilityHeads = wordSet(lexicons, "en-facility-heads");
    for (const LexiconEntry& entry : lexicons.entries("en-member-suffixes"))
        m_memberSuffixes.push_back(toUtf16(field(entry, 0)));
    m_masculinePronouns = wordSet(lexicons, "en-grammar-words", "masculine");
    m_femininePronouns = wordSet(lexicons, "en-grammar-words", "feminine");
    m_descriptionOpeners = wordSet(lexicons, "en-grammar-words", "description-opener");
    m_copulas = wordSet(lexicons, "en-grammar-words", "copula");
    m_grammarWords = wordSet(lexicons, "en-grammar-words");
    m_monthDateCues = wordSet(lexicons, "en-grammar-words", "month-date-cue");
    m_nameParticles = wordSet(lexicons, "en-name-joiners", "particle");
    m_nameConnectors = wordSet(lexicons, "en-name-joiners", "connector");
    m_acronymMinorWords = wordSet(lexicons, "en-name-joiners", "acronym-skip");
    m_periodInName = wordSet(lexicons, "en-name-abbreviations", "in-name");
    m_continuesAfterPeriod = wordSet(lexicons, "en-name-abbreviations", "continues");
    m_quantitiesAfterNumber = wordSet(lexicons, "en-quantity-words", "name-break");
}

void Gazetteer::addName(std::u16string name, model::EntityType type, const std::u16string& canonical)
{
    if (name.empty())
        return;
    m_firstWords[lowerCase(firstWord(name))]
        |= wordCountBit(static_cast<int>(std::count(name.begin(), name.end(), u' ')) + 1);
    if (!isAllCaps(name))
        m_foldedNames.try_emplace(lowerCase(name), KnownName { type, canonical }, name);
    m_names.try_emplace(std::move(name), KnownName { type, canonical });
}

const KnownName* Gazetteer::knownName(std::u16string_view name) const
{
    // Exact: a listed name, and the lower-cased form of one, both begin with a word lower-cased in m_firstWords.
    if (!(nameLengthsStartingWith(firstWord(name))
          & wordCountBit(static_cast<int>(std::count(name.begin(), name.end(), u' ')) + 1)))
        return nullptr;
    if (auto it = m_names.find(name); it != m_names.end())
        return &it->second;
    if (isAllCaps(name) && name.size() < 5)
        return nullptr; // "WHO" is no "Who"; "NASDAQ" is "Nasdaq"
    thread_local std::u16string lowered; // no allocation per candidate once it has grown
    lowerCaseInto(name, lowered);
    auto folded = m_foldedNames.find(std::u16string_view(lowered));
    if (folded == m_foldedNames.end())
        return nullptr;
    // Only the case inside words may differ ("Macbook", "NASDAQ"), not a word's first letter ("Hang Seng index").
    const std::u16string& listed = folded->second.second;
    for (std::size_t i = 0; i < name.size() && i < listed.size(); ++i) {
        const bool wordStart = i == 0 || name[i - 1] == u' ';
        if (wordStart && startsUpper(name.substr(i, 1)) != startsUpper(std::u16string_view(listed).substr(i, 1)))
            return nullptr;
    }
    return &folded->second.first;
}

std::uint32_t Gazetteer::nameLengthsStartingWith(std::u16string_view word) const
{
    thread_local std::u16string lowered;
    lowerCaseInto(word, lowered);
    const auto it = m_firstWords.find(std::u16string_view(lowered));
    return it == m_firstWords.end() ? 0 : it->second;
}

const std::u16string* Gazetteer::demonymCountry(std::u16string_view word) const
{
    auto it = m_demonyms.find(word);
    return it == m_demonyms.end() ? nullptr : &it->second;
}

const NameHead* Gazetteer::head(std::u16string_view word) const
{
    auto it = m_heads.find(word);
    return it == m_heads.end() ? nullptr : &it->second;
}

const Honorific* Gazetteer::honorific(std::u16string_view words) const
{
    auto it = m_honorifics.find(words);
    return it == m_honorifics.end() ? nullptr : &it->second;
}

char Gazetteer::givenNameGender(std::u16string_view word) const
{
    auto it = m_givenNames.find(word);
    return it == m_givenNames.end() ? '\0' : it->second;
}

bool Gazetteer::isSurname(std::u16string_view word) const
{
    return m_surnames.contains(word);
}

const std::string* Gazetteer::role(std::u16string_view lowerPhrase) const
{
    auto it = m_roles.find(lowerPhrase);
    return it == m_roles.end() ? nullptr : &it->second;
}

bool Gazetteer::isPersonNoun(std::u16string_view lowerWord) const
{
    return m_personNouns.contains(lowerWord);
}

const Honorific* Gazetteer::jobTitle(std::u16string_view lowerPhrase) const
{
    auto it = m_jobTitles.find(lowerPhrase);
    return it == m_jobTitles.end() ? nullptr : &it->second;
}

OrganizationNoun Gazetteer::organizationNoun(std::u16string_view lowerWord) const
{
    auto it = m_organizationNouns.find(lowerWord);
    return it == m_organizationNouns.end() ? OrganizationNoun::None : it->second;
}

bool Gazetteer::isCommonWord(std::u16string_view word) const
{
    if (word.find(u'\u2019') != std::u16string_view::npos) // "I’m" is listed as "I'm"
        return m_commonWords.contains(normalizeName(word));
    return m_commonWords.contains(word);
}

bool Gazetteer::isNeverName(std::u16string_view word) const
{
    if (word.find(u'\u2019') != std::u16string_view::npos)
        return m_neverNames.contains(normalizeName(word));
    return m_neverNames.contains(word);
}

bool Gazetteer::isOrganizationWord(std::u16string_view word) const
{
    return m_organizationWords.contains(word);
}

bool Gazetteer::isPastForm(std::u16string_view lowerWord) const
{
    return m_pastForms.contains(lowerWord) || (lowerWord.size() > 4 && lowerWord.ends_with(u"ed"));
}

bool Gazetteer::isCueVerb(std::u16string_view lowerWord) const
{
    return m_cueVerbs.contains(lowerWord);
}

bool Gazetteer::isOrganizationVerb(std::u16string_view lowerWord) const
{
    return m_organizationVerbs.contains(lowerWord);
}

bool Gazetteer::isHoldingNoun(std::u16string_view lowerWord) const
{
    return m_holdingNouns.contains(lowerWord);
}

bool Gazetteer::isFacilityHead(std::u16string_view word) const
{
    return m_facilityHeads.contains(word);
}

bool Gazetteer::isPlaceModifierNoun(std::u16string_view lowerWord) const
{
    return m_placeModifierNouns.contains(lowerWord);
}

bool Gazetteer::isGroupNoun(std::u16string_view lowerWord) const
{
    return m_groupNouns.contains(lowerWord);
}

bool Gazetteer::isMiscPrefix(std::u16string_view words) const
{
    return m_miscPrefixes.contains(words);
}

bool Gazetteer::isProductNoun(std::u16string_view lowerWord) const
{
    return m_productNouns.contains(lowerWord);
}

bool Gazetteer::isMemberPlural(std::u16string_view word) const
{
    if (word.size() < 5 || word.back() != u's' || !startsUpper(word))
        return false;
    const std::u16string_view singular = word.substr(0, word.size() - 1);
    return std::any_of(m_memberSuffixes.begin(), m_memberSuffixes.end(),
                       [singular](const std::u16string& suffix) { return singular.ends_with(suffix); });
}

bool Gazetteer::isMemberNoun(std::u16string_view word) const
{
    if (isMemberPlural(word))
        return true;
    return word.size() >= 5 && startsUpper(word)
        && std::any_of(m_memberSuffixes.begin(), m_memberSuffixes.end(),
                       [word](const std::u16string& suffix) { return word.ends_with(suffix); });
}

char Gazetteer::pronounGender(std::u16string_view lowerWord) const
{
    if (m_masculinePronouns.contains(lowerWord))
        return 'm';
    if (m_femininePronouns.contains(lowerWord))
        return 'f';
    return 0;
}

bool Gazetteer::isDescriptionOpener(std::u16string_view lowerWord) const
{
    return m_descriptionOpeners.contains(lowerWord);
}

bool Gazetteer::isCopula(std::u16string_view lowerWord) const
{
    return m_copulas.contains(lowerWord);
}

bool Gazetteer::isGrammarWord(std::u16string_view lowerWord) const
{
    return m_grammarWords.contains(lowerWord);
}

bool Gazetteer::isNameParticle(std::u16string_view word) const
{
    return m_nameParticles.contains(word);
}

bool Gazetteer::isNameConnector(std::u16string_view word) const
{
    return m_nameConnectors.contains(word) || m_nameParticles.contains(word);
}

bool Gazetteer::isAcronymMinorWord(std::u16string_view word) const
{
    return m_acronymMinorWords.contains(word);
}

bool Gazetteer::isMonthDateCue(std::u16string_view word) const
{
    return m_monthDateCues.contains(word);
}

bool Gazetteer::keepsPeriodInName(std::u16string_view word) const
{
    return m_periodInName.contains(word);
}

bool Gazetteer::isQuantityAfterNumber(std::u16string_view lowerWord) const
{
    return m_quantitiesAfterNumber.contains(lowerWord);
}

} // namespace sayline::analysis
