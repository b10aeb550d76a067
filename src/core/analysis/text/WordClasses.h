// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

#include "analysis/lexicon/WordSet.h"

namespace sayline::analysis {

class Lexicons;

/// The English word classes the token rules test, read once from the lexicons (en-grammar-words and the
/// small lists beside it). Words are looked up lower-cased, as TokenView::lower() gives them.
class WordClasses
{
public:
    explicit WordClasses(const Lexicons& lexicons);

    bool isPronoun(std::string_view word) const { return m_pronouns.contains(word); }
    bool isDeterminer(std::string_view word) const { return m_determiners.contains(word); }
    bool isAuxiliary(std::string_view word) const { return m_auxiliaries.contains(word); } ///< has, was, will ...
    bool isPassiveAuxiliary(std::string_view word) const { return m_passiveAuxiliaries.contains(word); }
    bool isModal(std::string_view word) const { return m_modals.contains(word); } ///< will, would, may ...
    bool isNegation(std::string_view word) const; ///< not, never, any word in n't ...
    bool isRelative(std::string_view word) const { return m_relatives.contains(word); } ///< which, who, that
    /// also, later, repeatedly, any -ly word that is no noun ... (between subject and cue)
    bool isAdverb(std::string_view word) const;
    bool isParenthetical(std::string_view word) const { return m_parentheticals.contains(word); } ///< however ...
    bool isAdjunctStart(std::string_view word) const { return m_adjunctStarts.contains(word); } ///< on, at, today ...
    bool isPhraseBreaker(std::string_view word) const { return m_phraseBreakers.contains(word); }
    bool isInnerPreposition(std::string_view word) const { return m_innerPrepositions.contains(word); }
    /// close, familiar ...: with a preposition after it, extends a source ("two people close to the campaign")
    bool isSourceModifier(std::string_view word) const { return m_sourceModifiers.contains(word); }
    /// in, by, at ...: after a past participle that follows a noun, a reduced relative ("a group based in")
    bool isParticipleLink(std::string_view word) const { return m_participleLinks.contains(word); }
    bool isRefusal(std::string_view word) const { return m_refusals.contains(word); } ///< declined, refused ...
    bool isClauseOpener(std::string_view word) const { return m_clauseOpeners.contains(word); }
    bool isSubordinator(std::string_view word) const { return m_subordinators.contains(word); }
    bool isNonClauseStart(std::string_view word) const { return m_nonClauseStarts.contains(word); }
    bool isTimeNoun(std::string_view word) const { return m_timeNouns.contains(word); } ///< week, year, night ...
    /// today, yesterday, tonight, or a full weekday or month name: a day in one word ("said Tuesday they ...")
    bool isBareDay(std::string_view word) const { return m_bareDays.contains(word) || isTimeWord(word); }
    /// A grammar word that never belongs to a name or a source phrase ("when", "as", "the", "is", "he").
    bool isFunctionWord(std::string_view word) const;
    /// A full weekday or month name (en-time-weekdays, en-time-months); not "Jan", "Dec": also given names.
    bool isTimeWord(std::string_view word) const { return m_timeWords.contains(word); }
    bool isPastForm(std::string_view word) const { return m_pastForms.contains(word); } ///< rose, fell, told ...
    bool isThatNoun(std::string_view word) const { return m_thatNouns.contains(word); } ///< fact, claim ...
    /// An abbreviation whose period does not end the sentence before a capitalised word ("Inc.", "Sen.").
    bool continuesAfterPeriod(std::string_view word) const { return m_continuingAbbreviations.contains(word); }
    bool isStatisticUnit(std::string_view word) const { return m_statisticUnits.contains(word); } ///< %, million ...
    /// May join the capitalised words of a speaker's name ("of", "de", "&").
    bool isSpeakerNameJoiner(std::string_view word) const { return m_speakerNameJoiners.contains(word); }

private:
    WordSet m_pronouns;
    WordSet m_determiners;
    WordSet m_auxiliaries;
    WordSet m_passiveAuxiliaries;
    WordSet m_modals;
    WordSet m_negations;
    WordSet m_relatives;
    WordSet m_adverbs;
    WordSet m_lyNouns;
    WordSet m_parentheticals;
    WordSet m_adjunctStarts;
    WordSet m_phraseBreakers;
    WordSet m_innerPrepositions;
    WordSet m_sourceModifiers;
    WordSet m_participleLinks;
    WordSet m_refusals;
    WordSet m_clauseOpeners;
    WordSet m_subordinators;
    WordSet m_nonClauseStarts;
    WordSet m_timeNouns;
    WordSet m_bareDays;
    WordSet m_timeWords;
    WordSet m_pastForms;
    WordSet m_thatNouns;
    WordSet m_continuingAbbreviations;
    WordSet m_statisticUnits;
    WordSet m_speakerNameJoiners;
};

} // namespace sayline::analysis
