// SPDX-License-Identifier: GPL-3.0-or-later
#include "WordClasses.h"

#include "analysis/lexicon/Lexicons.h"
#include "model/Utf8.h"

namespace sayline::analysis {
namespace {

WordSet wordSet(const Lexicons& lexicons, std::string_view name, std::string_view tag = {})
{
    WordSet set;
    for (std::string& word : lexicons.words(name, tag))
        set.insert(model::asciiLower(word));
    return set;
}

/// The full names of a calendar lexicon (en-time-months, en-time-weekdays), not its abbreviations or plurals.
void addFullNames(WordSet& set, const Lexicons& lexicons, std::string_view name)
{
    for (const LexiconEntry& entry : lexicons.entries(name)) {
        const std::string_view flag = entry.size() > 2 ? std::string_view(entry[2]) : std::string_view();
        if (!entry.empty() && flag != "abbr" && flag != "plural")
            set.insert(model::asciiLower(entry[0]));
    }
}

} // namespace

WordClasses::WordClasses(const Lexicons& lexicons)
    : m_pronouns(wordSet(lexicons, "en-grammar-words", "pronoun"))
    , m_determiners(wordSet(lexicons, "en-grammar-words", "determiner"))
    , m_auxiliaries(wordSet(lexicons, "en-grammar-words", "auxiliary"))
    , m_passiveAuxiliaries(wordSet(lexicons, "en-grammar-words", "passive"))
    , m_modals(wordSet(lexicons, "en-grammar-words", "modal"))
    , m_negations(wordSet(lexicons, "en-grammar-words", "negation"))
    , m_relatives(wordSet(lexicons, "en-grammar-words", "relative"))
    , m_adverbs(wordSet(lexicons, "en-grammar-words", "adverb"))
    , m_lyNouns(wordSet(lexicons, "en-ly-nouns"))
    , m_parentheticals(wordSet(lexicons, "en-grammar-words", "parenthetical"))
    , m_adjunctStarts(wordSet(lexicons, "en-grammar-words", "adjunct-start"))
    , m_phraseBreakers(wordSet(lexicons, "en-grammar-words", "phrase-breaker"))
    , m_innerPrepositions(wordSet(lexicons, "en-grammar-words", "inner-preposition"))
    , m_sourceModifiers(wordSet(lexicons, "en-grammar-words", "source-modifier"))
    , m_participleLinks(wordSet(lexicons, "en-grammar-words", "participle-link"))
    , m_refusals(wordSet(lexicons, "en-grammar-words", "refusal"))
    , m_clauseOpeners(wordSet(lexicons, "en-grammar-words", "clause-opener"))
    , m_subordinators(wordSet(lexicons, "en-grammar-words", "subordinator"))
    , m_nonClauseStarts(wordSet(lexicons, "en-grammar-words", "non-clause-start"))
    , m_timeNouns(wordSet(lexicons, "en-grammar-words", "time-noun"))
    , m_bareDays(wordSet(lexicons, "en-grammar-words", "bare-day"))
    , m_pastForms(wordSet(lexicons, "en-past-forms"))
    , m_thatNouns(wordSet(lexicons, "en-that-nouns"))
    , m_continuingAbbreviations(wordSet(lexicons, "en-name-abbreviations", "continues"))
    , m_statisticUnits(wordSet(lexicons, "en-quantity-words", "statistic"))
    , m_speakerNameJoiners(wordSet(lexicons, "en-name-joiners", "speaker-run"))
{
    addFullNames(m_timeWords, lexicons, "en-time-weekdays");
    addFullNames(m_timeWords, lexicons, "en-time-months");
}

bool WordClasses::isNegation(std::string_view word) const
{
    return m_negations.contains(word) || (word.size() > 3 && word.substr(word.size() - 3) == "n't");
}

bool WordClasses::isAdverb(std::string_view word) const
{
    // Nouns that end in -ly ("the family said") are no adverbs.
    return m_adverbs.contains(word)
        || (word.size() > 4 && word.substr(word.size() - 2) == "ly" && !m_lyNouns.contains(word));
}

bool WordClasses::isFunctionWord(std::string_view word) const
{
    return m_phraseBreakers.contains(word) || m_determiners.contains(word) || m_pronouns.contains(word)
        || m_auxiliaries.contains(word);
}

} // namespace sayline::analysis
