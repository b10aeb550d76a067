// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "SpeakerIndex.h"
#include "SpeakerSieve.h"
#include "StatementRecord.h"
#include "analysis/entities/EntityList.h"

namespace sayline::analysis {

class Lexicons;
class TokenView;

/// A statement source after resolution.
struct ResolvedSpeaker
{
    int entity = -1; ///< index into EntityList::records, or -1 for an unnamed source
    std::string text; ///< the phrase as written (for an unnamed pronoun antecedent: the antecedent phrase)
    int start = -1; ///< UTF-16 span of text
    int end = -1;
    SpeakerSieve sieve = SpeakerSieve::UnnamedSource; ///< the rule that decided: pronoun, name, nominal, ...
};

/// Links a source phrase to one of the entity stage's entities and says which sieve's rule did: through the
/// entity stage's mention when one covers the phrase, else proper names (titles stripped) find the entity of
/// that name, pronouns the most recent compatible speaker or mention, definite nominals ("the company") the
/// most recent entity of their type (a read-only fallback); unnamed sources ("analysts", "the media
/// report") and names the entity stage missed stay unnamed. Never changes the entities.
class SpeakerResolver
{
public:
    explicit SpeakerResolver(const Lexicons& lexicons);

    /// previous: the statements resolved so far, in text order. Reads the entity stage's entities and mentions,
    /// never changes them: a name the entity stage did not find stays the source as written (entity -1).
    ResolvedSpeaker resolve(const TokenView& view, int first, int end, const EntityList& entities,
                            const std::vector<StatementRecord>& previous) const;
    /// The same through an index of the document's entities and statements, built once for all its phrases.
    ResolvedSpeaker resolve(const TokenView& view, int first, int end, SpeakerIndex& index) const;

    enum class NounKind
    {
        Document,
        Organization,
        Person,
        Group,
    };

private:
    ResolvedSpeaker resolvePronoun(const TokenView& view, int token, SpeakerIndex& index) const;
    /// sieve: SpeakerInSentence, or Nominal when the "name" is only titles ("the Prime Minister").
    /// "democrats", "republicans": the plural of a member noun (en-member-suffixes).
    bool isMemberPlural(std::string_view lowerWord) const;
    /// The organisation named right before an organisation noun in [first, head] ("The SNCTA union"), or -1.
    int organizationBeforeNoun(const TokenView& view, int first, int head, SpeakerIndex& index) const;
    int resolveName(const TokenView& view, int first, int last, SpeakerIndex& index, SpeakerSieve& sieve) const;
    /// withStatements: whether the statements so far count as mentions (not for a title-only name).
    int resolveNominal(const TokenView& view, int first, int last, SpeakerIndex& index, bool withStatements,
                       std::optional<NounKind> forced = {}) const;
    const NounKind* nounKind(std::string_view word) const;
    /// The nearest plural source phrase before token (this or the previous sentence), starting after offset.
    bool recentGroup(const TokenView& view, int token, int after, ResolvedSpeaker& group) const;

    std::unordered_map<std::string, NounKind> m_nouns;
    std::unordered_set<std::string> m_titles;
    std::unordered_set<std::string> m_organizationWords;
    /// Organization nouns that stand only for an organization whose name holds them ("the union", "the
    /// ministry"; en-organization-nouns without "any").
    std::unordered_set<std::string> m_nameMatchNouns;
    std::unordered_set<std::string> m_companyNouns; ///< "carmaker", "firm": en-organization-nouns for any company
    std::unordered_set<std::string> m_demonyms; ///< "Japanese", "Texan": a capitalised modifier that names no one
    std::vector<std::string> m_memberSuffixes; ///< "crat", "can": "Democrats", "Republicans" are groups
};

} // namespace sayline::analysis
