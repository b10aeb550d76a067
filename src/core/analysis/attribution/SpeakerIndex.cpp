// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpeakerIndex.h"

#include "analysis/text/TokenView.h"
#include "analysis/text/WorkCounter.h"

namespace sayline::analysis {
namespace {

using model::EntityType;

std::vector<std::string> words(const std::string& text)
{
    std::vector<std::string> out;
    std::size_t from = 0;
    while (from < text.size()) {
        std::size_t space = text.find(' ', from);
        if (space == std::string::npos)
            space = text.size();
        if (space > from)
            out.push_back(text.substr(from, space - from));
        from = space + 1;
    }
    return out;
}

/// The slot of m_speakerAt for a type, or -1 for the types no look-up asks for.
int slotOf(EntityType type)
{
    return type == EntityType::Person ? 0 : type == EntityType::Organization ? 1 : -1;
}

} // namespace

SpeakerIndex::SpeakerIndex(const TokenView& view, const EntityList& entities,
                           const std::vector<StatementRecord>& statements)
    : m_view(view)
    , m_spans(entities, work::Stage::Speakers)
    , m_statements(statements)
{
    for (std::size_t i = 0; i < entities.records.size(); ++i) {
        const EntityRecord& record = entities.records[i];
        const int index = static_cast<int>(i);
        m_byName.try_emplace(record.name, index);
        for (const std::string& alias : record.aliases)
            m_byName.try_emplace(alias, index);
        const std::vector<std::string> known = words(record.name);
        if (known.size() > 1 && record.type == EntityType::Person) {
            m_personByEndWord.try_emplace(known.front(), index);
            m_personByEndWord.try_emplace(known.back(), index);
        } else if (known.size() == 1) {
            m_byOnlyWord[known[0]].push_back(index);
        }
    }
}

int SpeakerIndex::findByName(const std::string& name, EntityType type) const
{
    work::add(work::Stage::Speakers);
    if (auto it = m_byName.find(name); it != m_byName.end())
        return it->second;
    const std::vector<std::string> parts = words(name);
    if (parts.size() == 1) {
        const auto it = m_personByEndWord.find(parts[0]);
        return it == m_personByEndWord.end() ? -1 : it->second;
    }
    if (parts.size() > 1) {
        const auto it = m_byOnlyWord.find(parts.back());
        if (it == m_byOnlyWord.end())
            return -1;
        for (int index : it->second) {
            work::add(work::Stage::Speakers);
            if (entities().records[static_cast<std::size_t>(index)].type == type)
                return index;
        }
    }
    return -1;
}

void SpeakerIndex::takeInNewStatements()
{
    const EntityList& list = entities();
    for (; m_takenIn < m_statements.size(); ++m_takenIn) {
        const StatementRecord& statement = m_statements[m_takenIn];
        const int index = static_cast<int>(m_takenIn);
        work::add(work::Stage::Speakers);
        if (statement.speaker >= 0) {
            const int slot = slotOf(list.records[static_cast<std::size_t>(statement.speaker)].type);
            if (slot >= 0)
                m_speakerAt[slot].try_emplace(statement.speakerStart, statement.speaker);
            m_namedLowest.push_back(m_named.empty() ? statement.speakerStart
                                                    : std::min(m_namedLowest.back(), statement.speakerStart));
            m_named.push_back(index);
        } else {
            m_unnamedHighest.push_back(m_unnamed.empty() ? statement.speakerStart
                                                         : std::max(m_unnamedHighest.back(), statement.speakerStart));
            m_unnamed.push_back(index);
        }
    }
}

int SpeakerIndex::mostRecent(int offset, EntityType type, bool withStatements, int* position)
{
    takeInNewStatements();
    int bestAt = -1;
    int best = m_spans.lastOfType(offset, type, bestAt);
    const int slot = slotOf(type);
    if (slot >= 0 && withStatements) {
        // The first statement of the latest phrase start before offset, if it is later than the mention.
        auto it = m_speakerAt[slot].lower_bound(offset);
        if (it != m_speakerAt[slot].begin() && (--it)->first > bestAt) {
            bestAt = it->first;
            best = it->second;
        }
    }
    if (position)
        *position = bestAt;
    return best;
}

int SpeakerIndex::lastNamedSpeakerBefore(int offset)
{
    takeInNewStatements();
    // Walking back, stop once no earlier statement's phrase starts before offset.
    for (std::size_t k = m_named.size(); k > 0 && m_namedLowest[k - 1] < offset; --k) {
        work::add(work::Stage::Speakers);
        const StatementRecord& statement = m_statements[static_cast<std::size_t>(m_named[k - 1])];
        if (statement.speakerStart < offset)
            return statement.speaker;
    }
    return -1;
}

const StatementRecord* SpeakerIndex::lastUnnamedBetween(int after, int before)
{
    takeInNewStatements();
    // Walking back, stop once no earlier statement's phrase starts after `after`.
    for (std::size_t k = m_unnamed.size(); k > 0 && m_unnamedHighest[k - 1] > after; --k) {
        work::add(work::Stage::Speakers);
        const StatementRecord& statement = m_statements[static_cast<std::size_t>(m_unnamed[k - 1])];
        if (statement.speakerStart > after && statement.speakerStart < before)
            return &statement;
    }
    return nullptr;
}

const std::vector<int>& SpeakerIndex::capitalisedPredecessorTokens(std::string_view word)
{
    if (!m_tokensIndexed) {
        m_tokensIndexed = true;
        for (int t = 1; t < m_view.size(); ++t)
            if (m_view.isCapitalized(t - 1))
                m_tokensByWord[m_view.lower(t)].push_back(t);
    }
    static const std::vector<int> none;
    const auto it = m_tokensByWord.find(word);
    return it == m_tokensByWord.end() ? none : it->second;
}

} // namespace sayline::analysis
