// SPDX-License-Identifier: GPL-3.0-or-later
#include "Brief.h"

#include <algorithm>
#include <map>
#include <set>

namespace sayline::exporting {
namespace {

constexpr std::size_t kMostSpeakers = 8;
constexpr std::size_t kMostTargets = 3;
constexpr std::size_t kMostNames = 5;
constexpr std::size_t kMostDates = 6;

/// Counts names keeping the order they were first seen, so that ties stay in text order.
class Tally
{
public:
    void add(const std::string& name, int count = 1)
    {
        auto [it, added] = m_index.emplace(name, m_counts.size());
        if (added)
            m_counts.push_back({ name, 0 });
        m_counts[it->second].count += count;
    }
    std::vector<NameCount> top(std::size_t limit) const
    {
        std::vector<NameCount> out = m_counts;
        std::stable_sort(out.begin(), out.end(),
                         [](const NameCount& a, const NameCount& b) { return a.count > b.count; });
        if (out.size() > limit)
            out.resize(limit);
        return out;
    }

private:
    std::map<std::string, std::size_t> m_index;
    std::vector<NameCount> m_counts;
};

std::string plural(std::size_t count, const char* one, const char* many)
{
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

std::string period(const std::set<std::string>& days)
{
    if (days.empty())
        return {};
    return " \u00b7 " + *days.begin() + (days.size() == 1 ? "" : " to " + *days.rbegin());
}

/// Gathers the facts of a brief statement by statement, then orders and trims them.
class BriefBuilder
{
public:
    void addStatement(const std::string& speaker, model::StatementKind kind, model::ClaimType claim,
                      const std::vector<std::string>& about, const std::optional<std::string>& day)
    {
        auto [it, added] = m_speakerIndex.emplace(speaker, m_speakers.size());
        if (added)
            m_speakers.push_back({ speaker, 0, 0, 0, 0 });
        SpeakerTally& tally = m_speakers[it->second];
        ++tally.total;
        ++(kind == model::StatementKind::Direct      ? tally.direct
               : kind == model::StatementKind::Mixed ? tally.mixed
                                                     : tally.indirect);
        ClaimCount& claims = m_claims[claim];
        ++claims.count;
        for (const std::string& target : std::set<std::string>(about.begin(), about.end()))
            claims.targets.add(target);
        if (day) {
            m_days.insert(*day);
            m_dated.push_back({ *day, claim });
        }
        ++m_statements;
    }
    void addMention(model::EntityType type, const std::string& name, int count)
    {
        if (type == model::EntityType::Organization)
            m_organizations.add(name, count);
        else if (type == model::EntityType::Location)
            m_places.add(name, count);
    }
    void addDate(const model::DateMention& date)
    {
        if (date.type != model::DateType::Date && date.type != model::DateType::Time)
            return;
        // A day, month or year, not a relative reference such as PAST_REF ("recently").
        if (date.value.empty() || date.value.front() < '0' || date.value.front() > '9')
            return;
        auto [it, added] = m_dates.emplace(date.value, DateReference { date.value, date.text, 0 });
        ++it->second.count;
    }
    void addDay(const std::optional<std::string>& day)
    {
        if (day)
            m_days.insert(*day);
    }

    Brief build(std::string scope, const std::string& subject) const
    {
        Brief brief;
        brief.scope = std::move(scope) + period(m_days);
        brief.speakers = m_speakers;
        std::stable_sort(brief.speakers.begin(), brief.speakers.end(),
                         [](const SpeakerTally& a, const SpeakerTally& b) { return a.total > b.total; });
        if (brief.speakers.size() > kMostSpeakers) {
            brief.moreSpeakers = static_cast<int>(brief.speakers.size() - kMostSpeakers);
            brief.speakers.resize(kMostSpeakers);
        }
        for (const auto& [type, claims] : m_claims)
            brief.claims.push_back({ type, claims.count, claims.targets.top(kMostTargets) });
        std::stable_sort(brief.claims.begin(), brief.claims.end(),
                         [](const ClaimTally& a, const ClaimTally& b) { return a.count > b.count; });
        brief.organizations = m_organizations.top(kMostNames);
        brief.places = m_places.top(kMostNames);
        for (const auto& [value, reference] : m_dates)
            brief.dates.push_back(reference);
        if (brief.dates.size() > kMostDates) {
            brief.moreDates = static_cast<int>(brief.dates.size() - kMostDates);
            brief.dates.resize(kMostDates);
        }
        brief.timeline = timelineOf(m_dated, subject);
        return brief;
    }

    std::size_t statements() const { return m_statements; }

private:
    struct ClaimCount
    {
        int count = 0;
        Tally targets;
    };

    std::vector<SpeakerTally> m_speakers;
    std::map<std::string, std::size_t> m_speakerIndex;
    std::map<model::ClaimType, ClaimCount> m_claims;
    Tally m_organizations;
    Tally m_places;
    std::map<std::string, DateReference> m_dates;
    std::set<std::string> m_days;
    std::vector<DatedClaim> m_dated;
    std::size_t m_statements = 0;
};

} // namespace

Brief briefOf(const SummaryDocument& document)
{
    BriefBuilder builder;
    for (const SummaryArticle& article : document.articles) {
        const model::AnalysedArticle& analysed = article.analysed;
        const auto day = dayOf(analysed.article.published);
        builder.addDay(day);
        for (const model::Statement& statement : analysed.statements) {
            std::vector<std::string> about;
            for (const std::string& target : statement.about) {
                const model::Entity* entity = analysed.entityById(target);
                about.push_back(entity ? entity->name : target);
            }
            builder.addStatement(speakerName(analysed, statement), statement.kind, statement.claimType, about, day);
        }
        for (const model::Entity& entity : analysed.entities)
            builder.addMention(entity.type, entity.name, static_cast<int>(entity.mentions.size()));
        for (const model::DateMention& date : analysed.dates)
            builder.addDate(date);
    }
    const std::string scope = plural(document.articles.size(), "article", "articles") + " \u00b7 "
        + plural(builder.statements(), "statement", "statements");
    return builder.build(scope, "");
}

Brief briefOf(const Dossier& dossier)
{
    BriefBuilder builder;
    std::set<std::string> articles;
    for (const DossierEntry& entry : dossier.entries) {
        builder.addStatement(entry.speaker, entry.kind, entry.claimType, entry.about, entry.date);
        for (const std::string& name : entry.organizations)
            builder.addMention(model::EntityType::Organization, name, 1);
        for (const std::string& name : entry.places)
            builder.addMention(model::EntityType::Location, name, 1);
        for (const model::DateMention& date : entry.dates)
            builder.addDate(date);
        articles.insert(entry.articleId ? std::to_string(*entry.articleId) : entry.sourceFile + entry.articleTitle);
    }
    const std::string scope = plural(dossier.entries.size(), "statement", "statements") + " in "
        + plural(articles.size(), "article", "articles");
    return builder.build(scope, dossier.speaker);
}

} // namespace sayline::exporting
