// SPDX-License-Identifier: GPL-3.0-or-later
// The sieves of ChineseSpeakerSieve.h, each one rule.
#include <algorithm>

#include "ChineseSpeakerSieve.h"
#include "analysis/entities/MentionSpans.h"
#include "analysis/entities/zh/ChineseGazetteer.h"
#include "analysis/text/Document.h"
#include "analysis/text/zh/ChineseText.h"

namespace sayline::analysis::zh {
namespace {

struct Found
{
    int entity = -1;
    MentionRecord mention;
};

/// The mentions inside [start, end), in text order (found through the index, in the list's own order first,
/// so that the sort below orders ties as it always did).
std::vector<Found> mentionsInside(const MentionSpans& spans, int start, int end)
{
    std::vector<Found> found;
    for (const MentionSpans::Found& mention : spans.inside(start, end))
        found.push_back({ mention.entity, { mention.start, mention.end, MentionKind::Name } });
    std::sort(found.begin(), found.end(),
              [](const Found& a, const Found& b) { return a.mention.start < b.mention.start; });
    return found;
}

model::EntityType typeOf(const EntityList& entities, int entity)
{
    return entities.records[static_cast<std::size_t>(entity)].type;
}

SpeakerDecision decision(const SpeakerQuery& query, int entity, const char* sieve)
{
    SpeakerDecision d;
    d.entity = entity;
    d.start = query.phrase.start;
    d.end = query.phrase.end;
    d.text = toUtf8(query.text.slice(query.phrase.start, query.phrase.end));
    d.sieve = sieve;
    return d;
}

/// The phrase after a demonstrative (该发言人 → 发言人), or empty when it has none.
std::u16string_view afterDemonstrative(const SpeakerQuery& query)
{
    const int length = query.gazetteer.wordAt(query.text.text(), query.phrase.start, "demonstrative");
    if (length == 0)
        return {};
    return query.text.slice(query.phrase.start + length, query.phrase.end);
}

/// The noun that ends a description: a title, a source noun or an organisation head (该小组 → 小组).
std::u16string_view headNoun(const SpeakerQuery& query, std::u16string_view description)
{
    const int end = query.phrase.end;
    int length = query.gazetteer.titleEndingAt(query.text.text(), end);
    for (int k = std::max(query.phrase.start, end - 5); k < end && length == 0; ++k)
        if (query.gazetteer.organizationHeadAt(query.text.text(), k) == end - k)
            length = end - k;
    if (length == 0)
        length = static_cast<int>(description.size());
    return description.substr(description.size()
                              - std::min<std::size_t>(description.size(), static_cast<std::size_t>(length)));
}

bool endsWith(std::string_view text, std::string_view tail)
{
    return text.size() >= tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

bool holdsRole(const EntityRecord& record, std::string_view role)
{
    return std::any_of(record.roles.begin(), record.roles.end(),
                       [role](const std::string& r) { return endsWith(r, role); });
}

/// The last earlier person speaker, or the last person named before the phrase.
/// The person who opens a sentence (the subject) in [from, to), the last one; -1 for none.
int sentenceSubject(const SpeakerQuery& query, int from, int to)
{
    // The latest start wins, the list's first mention on one start: walk back from `to` through the persons'
    // mentions by position until past the first start that qualifies.
    int best = -1;
    int bestStart = -1;
    int bestOrder = 0;
    query.spans.visitBackward(model::EntityType::Person, to, [&](const MentionSpans::Found& mention) {
        if (mention.start < from || (best >= 0 && mention.start != bestStart))
            return false;
        if (mention.end > to || mention.start <= -1)
            return true;
        // at the start of its sentence, after at most a title and a place (伊朗议会议长|卡利巴夫)
        int k = mention.start;
        while (k > 0 && mention.start - k < 12 && isHan(query.text.at(k - 1)))
            --k;
        const char16_t before = query.text.at(k - 1);
        if ((k == 0 || isSentenceEnd(before) || before == u'\n' || isClosingQuote(before))
            && (best < 0 || mention.order < bestOrder)) {
            best = mention.entity;
            bestStart = mention.start;
            bestOrder = mention.order;
        }
        return true;
    });
    return best;
}

int lastPerson(const SpeakerQuery& query)
{
    for (auto it = query.earlier.rbegin(); it != query.earlier.rend(); ++it)
        if (it->entity >= 0 && typeOf(query.entities, it->entity) == model::EntityType::Person) {
            // a person who opened a sentence since that speaker spoke is the nearer antecedent
            const int subject = sentenceSubject(query, it->end, query.phrase.start);
            return subject >= 0 ? subject : it->entity;
        }
    int at = -1;
    return query.spans.lastOfType(query.phrase.start, model::EntityType::Person, at);
}

} // namespace

std::string shortenedSource(const ChineseText& text, SourceSpan phrase)
{
    std::u16string out;
    for (int i = phrase.start; i < phrase.end; ++i) {
        if (isOpeningBracket(text.at(i))) {
            const int end = text.bracketEnd(i);
            if (end > 0) {
                i = end - 1;
                continue;
            }
        }
        out += text.at(i);
    }
    // 的一位, 的一名, 一位, 一名 … between the body and the noun
    for (const std::u16string_view filler :
         { std::u16string_view(u"\u7684\u4E00\u4F4D"), std::u16string_view(u"\u7684\u4E00\u540D"),
           std::u16string_view(u"\u7684\u4E00\u4E2A"), std::u16string_view(u"\u4E00\u4F4D"),
           std::u16string_view(u"\u4E00\u540D") }) {
        for (std::size_t at = out.find(filler); at != std::u16string::npos; at = out.find(filler))
            out.erase(at, filler.size());
    }
    return toUtf8(out);
}

std::optional<SpeakerDecision> ChineseNamedPersonSieve::decide(const SpeakerQuery& query) const
{
    const std::vector<Found> found = mentionsInside(query.spans, query.phrase.start, query.phrase.end);
    for (auto it = found.rbegin(); it != found.rend(); ++it)
        if (typeOf(query.entities, it->entity) == model::EntityType::Person)
            return decision(query, it->entity, name());
    return std::nullopt;
}

std::optional<SpeakerDecision> ChinesePronounSieve::decide(const SpeakerQuery& query) const
{
    const std::u16string_view phrase = query.text.slice(query.phrase.start, query.phrase.end);
    if (!query.gazetteer.isWord(phrase, "pronoun") || query.gazetteer.isWord(phrase, "plural"))
        return std::nullopt;
    const int person = lastPerson(query);
    if (person < 0)
        return std::nullopt;
    return decision(query, person, name());
}

std::optional<SpeakerDecision> ChineseNominalSieve::decide(const SpeakerQuery& query) const
{
    const std::u16string_view description = afterDemonstrative(query);
    if (description.empty())
        return std::nullopt;
    const std::u16string_view head16 = headNoun(query, description);
    const std::string head = toUtf8(head16);
    for (auto it = query.earlier.rbegin(); it != query.earlier.rend(); ++it) {
        const bool sameNoun = endsWith(it->text, head);
        const bool holder = it->entity >= 0
            && (holdsRole(query.entities.records[static_cast<std::size_t>(it->entity)], head)
                || endsWith(query.entities.records[static_cast<std::size_t>(it->entity)].name, head));
        if (sameNoun || holder) {
            SpeakerDecision d = decision(query, it->entity, name());
            if (it->entity < 0)
                d.text = it->text; // an unnamed source met before keeps its fuller phrase
            return d;
        }
    }
    // an organisation named before whose name ends with the noun (该组织 → 国际海事组织)
    int best = -1;
    int bestStart = -1;
    for (std::size_t e = 0; e < query.entities.records.size(); ++e) {
        const EntityRecord& record = query.entities.records[e];
        if (!endsWith(record.name, head) && !holdsRole(record, head))
            continue;
        for (const MentionRecord& mention : record.mentions)
            if (mention.end <= query.phrase.start && mention.start > bestStart) {
                best = static_cast<int>(e);
                bestStart = mention.start;
            }
    }
    if (best >= 0)
        return decision(query, best, name());
    if (query.gazetteer.isTitle(head16)) // 这位五角大楼领导人: the person the text is about
        if (const int person = lastPerson(query); person >= 0)
            return decision(query, person, name());
    return std::nullopt;
}

std::optional<SpeakerDecision> ChineseTitleSieve::decide(const SpeakerQuery& query) const
{
    const std::u16string_view phrase = query.text.slice(query.phrase.start, query.phrase.end);
    if (!query.gazetteer.isTitle(phrase))
        return std::nullopt;
    const std::string title = toUtf8(phrase);
    int best = -1;
    int bestStart = -1;
    for (std::size_t e = 0; e < query.entities.records.size(); ++e) {
        const EntityRecord& record = query.entities.records[e];
        if (record.type != model::EntityType::Person || !holdsRole(record, title))
            continue;
        for (const MentionRecord& mention : record.mentions)
            if (mention.start > bestStart && mention.end <= query.phrase.start) {
                best = static_cast<int>(e);
                bestStart = mention.start;
            }
    }
    if (best < 0)
        return std::nullopt;
    return decision(query, best, name());
}

std::optional<SpeakerDecision> ChinesePartySieve::decide(const SpeakerQuery& query) const
{
    int end = query.phrase.end;
    if (query.text.endsWith(end, u"\u65B9\u9762")) // 方面
        end -= 2;
    else if (query.text.endsWith(end, u"\u65B9")) // 方
        end -= 1;
    else
        return std::nullopt;
    if (end <= query.phrase.start)
        return std::nullopt;
    std::u16string country(query.text.slice(query.phrase.start, end));
    if (country.size() == 1)
        country = std::u16string(query.gazetteer.countryOfAbbreviation(country[0]));
    const KnownName* known = country.empty() ? nullptr : query.gazetteer.known(country);
    if (!known || known->type != model::EntityType::Location)
        return std::nullopt;
    const std::string name8 = toUtf8(known->canonical);
    for (std::size_t e = 0; e < query.entities.records.size(); ++e)
        if (query.entities.records[e].name == name8)
            return decision(query, static_cast<int>(e), name());
    SpeakerDecision d = decision(query, -1, name());
    d.text = name8;
    return d;
}

std::optional<SpeakerDecision> ChineseNamedBodySieve::decide(const SpeakerQuery& query) const
{
    const std::vector<Found> found = mentionsInside(query.spans, query.phrase.start, query.phrase.end);
    if (found.empty())
        return std::nullopt;
    const Found& last = found.back();
    int end = last.mention.end;
    if (const int bracket = query.text.bracketEnd(end); bracket > 0)
        end = bracket;
    if (end != query.phrase.end && last.mention.end != query.phrase.end)
        return std::nullopt;
    return decision(query, last.entity, name());
}

std::optional<SpeakerDecision> ChineseUnnamedSourceSieve::decide(const SpeakerQuery& query) const
{
    if (!query.sources.endsWithSource(query.text, query.phrase.end))
        return std::nullopt;
    SpeakerDecision d = decision(query, -1, name());
    d.text = shortenedSource(query.text, query.phrase);
    return d;
}

std::optional<SpeakerDecision> ChinesePhraseSieve::decide(const SpeakerQuery& query) const
{
    SpeakerDecision d = decision(query, -1, name());
    d.text = shortenedSource(query.text, query.phrase);
    return d;
}

} // namespace sayline::analysis::zh
