// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

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

/// Links a source phrase to an entity: through the entity recognizer's mentions when one covers the phrase,
/// else by its own rules: proper names (titles stripped) become or join an entity, pronouns take the most
/// recent compatible speaker or mention, definite nominals ("the company") the most recent entity of their
/// type; unnamed sources ("analysts", "the media report") stay unnamed.
class SpeakerResolver
{
public:
    explicit SpeakerResolver(const Lexicons& lexicons);

    /// previous: the statements resolved so far, in text order. May add entities, mentions and aliases.
    ResolvedSpeaker resolve(const TokenView& view, int first, int end, EntityList& entities,
                            const std::vector<StatementRecord>& previous) const;

    /// A lead that opens with an unnamed "a senior official said" and names the official in the next
    /// statement: the first statement takes the named person (news lead convention).
    void resolveLeadNominal(const TokenView& view, std::vector<StatementRecord>& statements,
                            EntityList& entities) const;

    enum class NounKind
    {
        Document,
        Organization,
        Person,
        Group,
    };

private:
    ResolvedSpeaker resolvePronoun(const TokenView& view, int token, EntityList& entities,
                                   const std::vector<StatementRecord>& previous) const;
    /// sieve: SpeakerInSentence, or Nominal when the "name" is only titles ("the Prime Minister").
    int resolveName(const TokenView& view, int first, int last, EntityList& entities, SpeakerSieve& sieve) const;
    int resolveNominal(const TokenView& view, int first, int last, EntityList& entities,
                       const std::vector<StatementRecord>& previous, std::optional<NounKind> forced = {}) const;
    const NounKind* nounKind(std::string_view word) const;
    /// The nearest plural source phrase before token (this or the previous sentence), starting after offset.
    bool recentGroup(const TokenView& view, int token, int after, ResolvedSpeaker& group) const;

    std::unordered_map<std::string, NounKind> m_nouns;
    std::unordered_set<std::string> m_titles;
    std::unordered_set<std::string> m_organizationWords;
};

} // namespace sayline::analysis
