// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoleFinder.h"

#include <algorithm>
#include <unordered_map>

#include "ContextTyper.h"
#include "analysis/text/Document.h"

namespace sayline::analysis {
namespace {

using model::EntityType;

void addRole(EntityRecord& record, const std::string& role)
{
    if (!role.empty() && std::find(record.roles.begin(), record.roles.end(), role) == record.roles.end())
        record.roles.push_back(role);
}

} // namespace

RoleFinder::RoleFinder(const ContextTyper& context)
    : m_context(context)
{
}

void RoleFinder::assign(const Document& document, const std::vector<NameCandidate>& candidates,
                        NameClusters& clusters) const
{
    auto& records = clusters.entities.records;
    const auto& tokens = document.tokens();
    // The organization whose name (a possessive allowed) ends at a token, and the one whose name starts at a token:
    // the first such candidate's, indexed once so that each look-up is constant time, however many names.
    std::unordered_map<int, int> organizationEnding;
    std::unordered_map<int, int> organizationStarting;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const int entity = clusters.entityOf[i];
        if (entity < 0 || records[static_cast<std::size_t>(entity)].type != EntityType::Organization)
            continue;
        organizationEnding.try_emplace(candidates[i].endToken - 1, entity);
        organizationStarting.try_emplace(document.tokenAtOrAfter(candidates[i].start), entity);
    }
    auto organizationEndingAt = [&](int token) {
        const auto it = token < 0 ? organizationEnding.end() : organizationEnding.find(token);
        return it == organizationEnding.end() ? -1 : it->second;
    };
    auto organizationStartingAt = [&](int token) {
        const auto it = organizationStarting.find(token);
        return it == organizationStarting.end() ? -1 : it->second;
    };

    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const NameCandidate& candidate = candidates[i];
        const int entity = clusters.entityOf[i];
        if (entity < 0 || records[static_cast<std::size_t>(entity)].type != EntityType::Person)
            continue;
        EntityRecord& person = records[static_cast<std::size_t>(entity)];
        const int mentionStart = document.tokenAtOrAfter(candidate.start);

        // A title inside the mention: "GM CEO Fritz Henderson" -> the organization just before the title.
        if (!candidate.titleRole.empty() && person.affiliation < 0)
            person.affiliation = organizationEndingAt(mentionStart - 1);

        // A role just before: "Foreign Ministry spokesperson Wang Wenbin".
        const auto [before, roleStart] = m_context.roleBefore(document, mentionStart);
        if (!before.empty()) {
            addRole(person, before);
            if (person.affiliation < 0)
                person.affiliation = organizationEndingAt(roleStart - 1);
        }

        // An apposition after: "Fritz Henderson, the chief executive officer of General Motors".
        const auto [after, next] = m_context.roleAfter(document, candidate.endToken);
        if (!after.empty()) {
            addRole(person, after);
            if (next < static_cast<int>(tokens.size()) && person.affiliation < 0) {
                const std::u16string_view preposition = document.tokenText(next);
                const int from = next + 1 < static_cast<int>(tokens.size()) && document.tokenText(next + 1) == u"the"
                    ? next + 2
                    : next + 1;
                if (preposition == u"of" || preposition == u"at" || preposition == u"for" || preposition == u"with")
                    person.affiliation = organizationStartingAt(from);
            }
            // "Xiao Yaqing, Chinalco's president": an organization's possessive before the role.
            for (int token = candidate.endToken + 1; token < next && person.affiliation < 0; ++token)
                person.affiliation = organizationEndingAt(token);
        }

        // "Sarah Jones of Greater Manchester Police", "analyst David Strauss at UBS".
        const int following = candidate.endToken;
        if (person.affiliation < 0 && following + 1 < static_cast<int>(tokens.size())) {
            const std::u16string_view preposition = document.tokenText(following);
            if (preposition == u"of" || preposition == u"at" || preposition == u"from")
                person.affiliation = organizationStartingAt(following + 1);
        }
    }
}

} // namespace sayline::analysis
