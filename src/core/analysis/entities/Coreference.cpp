// SPDX-License-Identifier: GPL-3.0-or-later
#include "Coreference.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <unordered_map>

#include "AcronymLinker.h"
#include "Gazetteer.h"
#include "NameText.h"
#include "analysis/text/Document.h"
#include "analysis/text/WorkCounter.h"

namespace sayline::analysis {
namespace {

using model::EntityType;

std::u16string keyOf(const NameCandidate& candidate)
{
    return candidate.canonical.empty() ? candidate.text : candidate.canonical;
}

std::vector<std::u16string_view> words(std::u16string_view text)
{
    std::vector<std::u16string_view> out;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t space = text.find(u' ', i);
        const std::size_t end = space == std::u16string_view::npos ? text.size() : space;
        if (end > i)
            out.push_back(text.substr(i, end - i));
        i = end + 1;
    }
    return out;
}

/// The type every mention of one name gets: the strongest evidence wins, ties go to the majority.
void voteTypes(std::vector<NameCandidate>& candidates)
{
    std::unordered_map<std::u16string, std::vector<std::size_t>, U16Hash, std::equal_to<>> byKey;
    for (std::size_t i = 0; i < candidates.size(); ++i)
        byKey[keyOf(candidates[i])].push_back(i);
    for (const auto& [key, members] : byKey) {
        std::map<std::pair<int, int>, int> score; // (evidence, type) -> count
        for (std::size_t i : members)
            ++score[{ static_cast<int>(candidates[i].evidence), static_cast<int>(candidates[i].type) }];
        const int best = score.rbegin()->first.first;
        int bestType = -1;
        int bestCount = 0;
        for (const auto& [evidenceType, count] : score) {
            if (evidenceType.first == best && count > bestCount) {
                bestCount = count;
                bestType = evidenceType.second;
            }
        }
        for (std::size_t i : members) {
            candidates[i].type = static_cast<EntityType>(bestType);
            candidates[i].evidence = static_cast<TypeEvidence>(best);
        }
    }
}

struct Cluster
{
    EntityType type = EntityType::Organization;
    TypeEvidence evidence = TypeEvidence::Guess;
    std::vector<int> members;
    std::u16string longest; ///< the longest non-acronym name so far
    char gender = 0;
};

class Clusterer
{
public:
    Clusterer(const Gazetteer& gazetteer, std::vector<NameCandidate>& candidates, const std::vector<int>& links)
        : m_gazetteer(gazetteer)
        , m_candidates(candidates)
        , m_links(links)
        , m_entityOf(candidates.size(), -1)
        , m_linkedFrom(candidates.size())
    {
        for (std::size_t other = 0; other < links.size(); ++other)
            if (links[other] >= 0 && static_cast<std::size_t>(links[other]) < candidates.size())
                m_linkedFrom[static_cast<std::size_t>(links[other])].push_back(static_cast<int>(other));
    }

    NameClusters run()
    {
        voteTypes(m_candidates);
        std::vector<int> order(m_candidates.size());
        std::iota(order.begin(), order.end(), 0);
        std::vector<int> counts(m_candidates.size());
        for (std::size_t i = 0; i < counts.size(); ++i)
            counts[i] = wordCount(static_cast<int>(i));
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return counts[static_cast<std::size_t>(a)] > counts[static_cast<std::size_t>(b)];
        });
        for (int index : order)
            place(index);
        return result();
    }

private:
    const NameCandidate& at(int index) const { return m_candidates[static_cast<std::size_t>(index)]; }
    int wordCount(int index) const
    {
        const NameCandidate& candidate = at(index);
        return candidate.acronym ? 0 : static_cast<int>(words(candidate.text).size());
    }

    void join(int index, int cluster)
    {
        m_entityOf[static_cast<std::size_t>(index)] = cluster;
        Cluster& target = m_clusters[static_cast<std::size_t>(cluster)];
        target.members.push_back(index);
        const NameCandidate& candidate = at(index);
        if (!candidate.acronym && candidate.text.size() > target.longest.size()) {
            target.longest = candidate.text;
            indexLongest(cluster);
        }
        if (candidate.evidence > target.evidence) {
            target.evidence = candidate.evidence;
            if (target.type != candidate.type) {
                target.type = candidate.type;
                indexLongest(cluster);
            }
        }
        if (!target.gender)
            target.gender = candidate.gender;
    }

    /// The cluster among `matches` with a member nearest before position (else the first one).
    int nearest(const std::vector<int>& matches, int position) const
    {
        int best = -1;
        int bestDistance = 0;
        for (int cluster : matches) {
            work::add(work::Stage::Coreference, m_clusters[static_cast<std::size_t>(cluster)].members.size());
            for (int member : m_clusters[static_cast<std::size_t>(cluster)].members) {
                const int distance = position - at(member).start;
                const int score = distance >= 0 ? distance : 1000000 - distance;
                if (best < 0 || score < bestDistance) {
                    best = cluster;
                    bestDistance = score;
                }
            }
        }
        return best;
    }

    void place(int index)
    {
        NameCandidate& candidate = m_candidates[static_cast<std::size_t>(index)];
        const int linked = m_links[static_cast<std::size_t>(index)];
        if (linked >= 0 && m_entityOf[static_cast<std::size_t>(linked)] >= 0) {
            join(index, m_entityOf[static_cast<std::size_t>(linked)]);
            return;
        }
        const std::u16string key = keyOf(candidate);
        if (auto it = m_byKey.find(key); it != m_byKey.end()) {
            join(index, it->second);
            return;
        }
        const int cluster = findPartial(candidate);
        if (cluster >= 0) {
            Cluster& target = m_clusters[static_cast<std::size_t>(cluster)];
            if (surnameOfGuessedName(candidate, target)) {
                target.type = EntityType::Person; // the surname shows what the guess did not
                for (int member : target.members)
                    m_candidates[static_cast<std::size_t>(member)].type = EntityType::Person;
                indexLongest(cluster);
            }
            if (candidate.evidence < TypeEvidence::Known || candidate.type == target.type) {
                candidate.type = target.type;
                m_byKey.emplace(key, cluster);
                join(index, cluster);
                return;
            }
        }
        m_clusters.push_back({ candidate.type, candidate.evidence, {}, {}, 0 });
        const int created = static_cast<int>(m_clusters.size()) - 1;
        m_byKey.emplace(key, created);
        join(index, created);
        // An acronym introduced in parentheses ("National Security Agency (NSA)") names this entity everywhere.
        for (int other : m_linkedFrom[static_cast<std::size_t>(index)]) {
            if (m_entityOf[static_cast<std::size_t>(other)] < 0) {
                m_byKey.emplace(keyOf(m_candidates[static_cast<std::size_t>(other)]), created);
            }
        }
    }

    /// Files a cluster under what findPartial matches a new name on, so that the name is compared with the few
    /// clusters filed under its own keys, not with every cluster: any one name word (first, second, last) for a
    /// one-word name; a person's last two words (the name is their end); another type's first two words, or the
    /// two after its first (the name is their start); the initials for an acronym. Filed again when the longest
    /// name or the type changes; a stale entry costs one comparison, findPartial checks every condition itself.
    void indexLongest(int cluster)
    {
        const Cluster& target = m_clusters[static_cast<std::size_t>(cluster)];
        const auto full = words(target.longest);
        auto file = [&](std::u16string key) {
            std::vector<int>& clusters = m_byWord[std::move(key)];
            if (clusters.empty() || clusters.back() != cluster)
                clusters.push_back(cluster);
        };
        if (full.empty())
            return;
        file(key(u'\x02', full.front()));
        file(key(u'\x02', full.back()));
        if (full.size() >= 2) {
            file(key(u'\x02', full[1]));
            if (target.type == EntityType::Person)
                file(key(u'\x03', full[full.size() - 2], full.back()));
            else
                file(key(u'\x04', full[0], full[1]));
        }
        if (full.size() >= 3 && target.type != EntityType::Person)
            file(key(u'\x04', full[1], full[2]));
        for (std::size_t i = 2; target.type == EntityType::Person && i + 1 < full.size(); ++i)
            file(key(u'\x02', full[i])); // "Lula" of "Luiz Inácio Lula da Silva"
        const AcronymLinker acronyms(m_gazetteer);
        file(u"\x01" + acronyms.initials(target.longest, false));
        file(u"\x01" + acronyms.initials(target.longest, true));
    }

    static std::u16string key(char16_t kind, std::u16string_view word, std::u16string_view next = {})
    {
        std::u16string out(1, kind);
        out += word;
        if (!next.empty()) {
            out += u' ';
            out += next;
        }
        return out;
    }

    /// The clusters filed under key, in creation order.
    void collect(const std::u16string& key, std::vector<int>& out) const
    {
        if (const auto it = m_byWord.find(key); it != m_byWord.end())
            out.insert(out.end(), it->second.begin(), it->second.end());
    }

    /// "Haley said" after "Nikki Haley" that only a guess typed (as an organization or a place): one word used
    /// as a person's name, the last word of a name of two or three words that no head or word list typed. A
    /// person is named by the surname alone; an organization or a place by its leading words, if at all.
    bool surnameOfGuessedName(const NameCandidate& candidate, const Cluster& cluster) const
    {
        if (candidate.acronym || candidate.type != EntityType::Person || candidate.evidence < TypeEvidence::Weak
            || cluster.type == EntityType::Person || cluster.evidence > TypeEvidence::Weak)
            return false;
        const auto parts = words(candidate.text);
        const auto full = words(cluster.longest);
        return parts.size() == 1 && full.size() >= 2 && full.size() <= 3 && full.back() == parts.front()
            && !m_gazetteer.head(full.back()) && !m_gazetteer.head(full.front());
    }

    /// A person's surname or given name, an organization's leading words, or an acronym of a cluster's name.
    int findPartial(const NameCandidate& candidate) const
    {
        const auto parts = words(candidate.text);
        // Only clusters filed under the name's first or last word (or the acronym's letters) can match.
        std::vector<int> candidates;
        if (candidate.acronym) {
            collect(u"\x01" + acronymLetters(candidate.text), candidates);
        } else if (parts.size() == 1) {
            collect(key(u'\x02', parts.front()), candidates);
        } else if (parts.size() >= 2) {
            collect(key(u'\x03', parts[parts.size() - 2], parts.back()), candidates);
            collect(key(u'\x04', parts[0], parts[1]), candidates);
        } else {
            candidates.resize(m_clusters.size());
            std::iota(candidates.begin(), candidates.end(), 0);
        }
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        work::add(work::Stage::Coreference, candidates.size() + 1);
        std::vector<int> matches;
        for (int c : candidates) {
            const Cluster& cluster = m_clusters[static_cast<std::size_t>(c)];
            if (cluster.longest.size() <= candidate.text.size())
                continue;
            const auto full = words(cluster.longest);
            bool match = false;
            if (candidate.acronym) {
                match = cluster.type != EntityType::Person
                    && AcronymLinker(m_gazetteer).matchesInitials(candidate.text, cluster.longest);
            } else if (cluster.type == EntityType::Person && parts.size() == 1
                       && ((candidate.type != EntityType::Location && candidate.type != EntityType::Misc)
                           || candidate.evidence <= TypeEvidence::Weak)) {
                // "Barra" after "Mary Barra" even when a context hint or the tagger read it as a place
                match = full.size() >= 2 && (full.back() == parts.front() || full.front() == parts.front());
                // "Lula" after "Luiz Inácio Lula da Silva": the name a person of four or more words goes by may
                // stand inside it; never a particle ("da").
                for (std::size_t i = 1; !match && full.size() >= 4 && i + 1 < full.size(); ++i)
                    match = full[i] == parts.front() && startsUpper(parts.front());
            } else if (cluster.type == EntityType::Person && parts.size() >= 2
                       && candidate.type == EntityType::Person) {
                match = full.size() > parts.size()
                    && std::equal(parts.rbegin(), parts.rend(), full.rbegin()); // "Barack Obama" in "Barack H. Obama"
            } else if (cluster.type != EntityType::Person && parts.size() < full.size()
                       && (candidate.type == cluster.type || candidate.evidence == TypeEvidence::Guess
                           || (candidate.evidence == TypeEvidence::Weak
                               && !(candidate.type == EntityType::Location
                                    && cluster.type == EntityType::Organization)))) {
                // (a place a context cue found, "in Quito", is not the organization named after it, "Quito
                // Regiment")
                // "Ford" -> "Ford Motor Company", "Suvarnabhumi" -> "Suvarnabhumi Airport"
                match = std::equal(parts.begin(), parts.end(), full.begin())
                    || (candidate.type == EntityType::Organization && parts.size() + 1 == full.size()
                        && std::equal(parts.begin(), parts.end(), full.begin() + 1)
                        && isLeadingHead(full.front())); // "Santander" -> "Grupo Santander"
            }
            if (!match && surnameOfGuessedName(candidate, cluster))
                match = true;
            if (match)
                matches.push_back(c);
        }
        return matches.empty() ? -1 : nearest(matches, candidate.start);
    }

    NameClusters result()
    {
        NameClusters out;
        out.entityOf = m_entityOf;
        // Entities in order of their first mention.
        std::vector<int> order(m_clusters.size());
        std::iota(order.begin(), order.end(), 0);
        auto firstStart = [&](int cluster) {
            int first = INT32_MAX;
            for (int member : m_clusters[static_cast<std::size_t>(cluster)].members)
                first = std::min(first, at(member).start);
            return first;
        };
        std::sort(order.begin(), order.end(), [&](int a, int b) { return firstStart(a) < firstStart(b); });
        std::vector<int> renumber(m_clusters.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            renumber[static_cast<std::size_t>(order[i])] = static_cast<int>(i);
        for (int& entity : out.entityOf)
            entity = entity >= 0 ? renumber[static_cast<std::size_t>(entity)] : -1;

        for (int c : order) {
            const Cluster& cluster = m_clusters[static_cast<std::size_t>(c)];
            EntityRecord record;
            record.type = cluster.type;
            std::vector<int> members = cluster.members;
            std::sort(members.begin(), members.end(), [&](int a, int b) { return at(a).start < at(b).start; });
            std::u16string name = cluster.longest;
            if (name.empty())
                name = at(members.front()).text;
            record.name = toUtf8(name);
            for (int member : members) {
                const NameCandidate& candidate = at(member);
                record.mentions.push_back(
                    { candidate.start, candidate.end,
                      candidate.acronym && !cluster.longest.empty() ? MentionKind::Acronym : MentionKind::Name,
                      candidate.nameStart > candidate.start ? candidate.nameStart : -1 });
                const std::string alias = toUtf8(candidate.text);
                if (alias != record.name
                    && std::find(record.aliases.begin(), record.aliases.end(), alias) == record.aliases.end())
                    record.aliases.push_back(alias);
                if (!candidate.titleRole.empty()
                    && std::find(record.roles.begin(), record.roles.end(), candidate.titleRole) == record.roles.end())
                    record.roles.push_back(candidate.titleRole);
            }
            out.entities.records.push_back(std::move(record));
            out.gender.push_back(cluster.gender);
        }
        return out;
    }

    bool isLeadingHead(std::u16string_view word) const
    {
        const NameHead* head = m_gazetteer.head(word);
        return head && head->first && head->type == EntityType::Organization;
    }

    const Gazetteer& m_gazetteer;
    std::vector<NameCandidate>& m_candidates;
    const std::vector<int>& m_links;
    std::vector<int> m_entityOf;
    std::vector<Cluster> m_clusters;
    std::unordered_map<std::u16string, int, U16Hash, std::equal_to<>> m_byKey;
    std::vector<std::vector<int>> m_linkedFrom; ///< per candidate, the candidates whose acronym link points at it
    std::unordered_map<std::u16string, std::vector<int>, U16Hash, std::equal_to<>> m_byWord; ///< see indexLongest
};

} // namespace

Coreference::Coreference(const Gazetteer& gazetteer)
    : m_gazetteer(gazetteer)
{
}

NameClusters Coreference::cluster(std::vector<NameCandidate>& candidates, const std::vector<int>& acronymLinks) const
{
    return Clusterer(m_gazetteer, candidates, acronymLinks).run();
}

} // namespace sayline::analysis
