// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "StatementRecord.h"
#include "analysis/entities/MentionSpans.h"

namespace sayline::analysis {

class TokenView;

/// What SpeakerResolver looks up besides the phrase, indexed once per document so that each look-up costs a
/// hash or a binary search and the few entries near the place instead of a scan of every mention, name and
/// statement so far (issue 11 item 7): the entities' mentions by position, their names, the tokens by word,
/// and the statements resolved so far. Those are appended by the caller to the vector given here; each look-up
/// first takes in the new ones. Every answer equals the former scan's, ties included.
class SpeakerIndex
{
public:
    SpeakerIndex(const TokenView& view, const EntityList& entities, const std::vector<StatementRecord>& statements);

    const EntityList& entities() const { return m_spans.entities(); }
    const MentionSpans& spans() const { return m_spans; }
    const std::vector<StatementRecord>& statements() const { return m_statements; }

    /// The entity the recognizer named name (or an alias of it): by the whole name, a person by a surname or
    /// given name alone ("Wang" for "Wang Wenbin"), or a one-word name completed later ("Wang Wenbin" for
    /// "Wang"); the first such entity, or -1.
    int findByName(const std::string& name, model::EntityType type) const;

    /// The entity of type mentioned (or, withStatements, quoted as a speaker) most recently before offset, and
    /// where (-1: none).
    int mostRecent(int offset, model::EntityType type, bool withStatements, int* position = nullptr);
    /// The speaker entity of the last statement so far with a named speaker whose phrase starts before offset.
    int lastNamedSpeakerBefore(int offset);
    /// The last statement so far with an unnamed source whose phrase starts in (after, before), or nullptr.
    const StatementRecord* lastUnnamedBetween(int after, int before);
    /// The tokens whose lower-cased text is word and that follow a capitalised token, in text order.
    const std::vector<int>& capitalisedPredecessorTokens(std::string_view word);

private:
    void takeInNewStatements();

    const TokenView& m_view;
    MentionSpans m_spans;
    const std::vector<StatementRecord>& m_statements;
    std::unordered_map<std::string, int> m_byName;                    ///< name or alias -> first entity
    std::unordered_map<std::string, int> m_personByEndWord;           ///< first or last word -> first person
    std::unordered_map<std::string, std::vector<int>> m_byOnlyWord;   ///< one-word name -> entities in order
    std::size_t m_takenIn = 0;
    std::map<int, int> m_speakerAt[2];            ///< per type (person, organization): phrase start -> first speaker
    std::vector<int> m_named;                     ///< statements with a speaker entity, in order
    std::vector<int> m_namedLowest;               ///< the smallest phrase start among m_named[0..i]
    std::vector<int> m_unnamed;                   ///< statements with an unnamed source phrase, in order
    std::vector<int> m_unnamedHighest;            ///< the largest phrase start among m_unnamed[0..i]
    bool m_tokensIndexed = false;
    std::unordered_map<std::string_view, std::vector<int>> m_tokensByWord;
};

} // namespace sayline::analysis
