// SPDX-License-Identifier: GPL-3.0-or-later
// MentionSpans answers by a binary search what the later stages used to answer by scanning every mention;
// these compare it with that scan on the entities of a generated name-dense text, at every token.
#include <gtest/gtest.h>

#include "EntityTestSupport.h"
#include "HostileTextSupport.h"
#include "analysis/entities/MentionSpans.h"

using namespace sayline::analysis;
using sayline::model::EntityType;
using test::HostileKind;

namespace {

/// The scan the stages made before the index: the latest mention of type ending by offset, first on ties.
int scanLastOfType(const EntityList& entities, int offset, EntityType type, int& at)
{
    int best = -1;
    at = -1;
    for (std::size_t i = 0; i < entities.records.size(); ++i) {
        if (entities.records[i].type != type)
            continue;
        for (const MentionRecord& mention : entities.records[i].mentions) {
            if (mention.end <= offset && mention.start > at) {
                at = mention.start;
                best = static_cast<int>(i);
            }
        }
    }
    return best;
}

std::pair<int, int> scanNamedAround(const EntityRecord& entity, int start, int end)
{
    int before = -1;
    int after = -1;
    for (const MentionRecord& mention : entity.mentions) {
        if (mention.kind == MentionKind::Pronoun || (mention.start < end && start < mention.end))
            continue;
        if (mention.end <= start && mention.start > before)
            before = mention.start;
        if (mention.start >= end && (after < 0 || mention.start < after))
            after = mention.start;
    }
    return { before, after };
}

} // namespace

TEST(MentionSpans, answersEveryLookUpAsTheScanOfEveryMentionDid)
{
    for (HostileKind kind : { HostileKind::NoFullStop, HostileKind::News }) {
        const test::Recognised r(test::hostileText(kind, 6 * 1024));
        const EntityList& entities = r.entities();
        const MentionSpans spans(entities);
        ASSERT_GT(entities.records.size(), 20u);
        const auto& tokens = r.document().tokens();
        for (std::size_t t = 0; t < tokens.size(); ++t) {
            const int start = tokens[t].start;
            const int end = tokens[t].end;
            const int wide = tokens[std::min(t + 3, tokens.size() - 1)].end;
            ASSERT_EQ(spans.entityAt(start, end), entities.entityAt(start, end)) << start;
            ASSERT_EQ(spans.entityAt(start, wide), entities.entityAt(start, wide)) << start;
            for (EntityType type : { EntityType::Person, EntityType::Organization }) {
                int at = 0;
                int scannedAt = 0;
                ASSERT_EQ(spans.lastOfType(start, type, at), scanLastOfType(entities, start, type, scannedAt));
                ASSERT_EQ(at, scannedAt);
            }
            std::vector<std::pair<int, int>> inside;
            spans.forEachInside(start, wide, [&](int entity, int at) { inside.emplace_back(entity, at); });
            std::vector<std::pair<int, int>> scanned;
            for (std::size_t e = 0; e < entities.records.size(); ++e)
                for (const MentionRecord& mention : entities.records[e].mentions)
                    if (mention.start >= start && mention.end <= wide)
                        scanned.emplace_back(static_cast<int>(e), mention.start);
            std::sort(inside.begin(), inside.end());
            std::sort(scanned.begin(), scanned.end());
            ASSERT_EQ(inside, scanned);
            const int entity = static_cast<int>(t % entities.records.size());
            ASSERT_EQ(spans.namedAround(entity, start, end),
                      scanNamedAround(entities.records[static_cast<std::size_t>(entity)], start, end));
        }
    }
}

TEST(MentionSpans, aLookUpVisitsOnlyTheMentionsNearItsPlace)
{
    const test::Recognised small(test::hostileText(HostileKind::NoFullStop, 8 * 1024));
    const test::Recognised large(test::hostileText(HostileKind::NoFullStop, 32 * 1024));
    auto visitedPerToken = [](const test::Recognised& r) {
        const MentionSpans spans(r.entities());
        work::reset();
        for (const Token& token : r.document().tokens()) {
            spans.entityAt(token.start, token.end);
            int at = 0;
            spans.lastOfType(token.start, EntityType::Person, at);
        }
        return static_cast<double>(work::total(work::Stage::Speakers)) / static_cast<double>(r.document().tokens().size());
    };
    const double perTokenSmall = visitedPerToken(small);
    const double perTokenLarge = visitedPerToken(large);
    EXPECT_GT(perTokenSmall, 0.0);
    // A scan of every mention visits four times as many per token in a text four times as long.
    EXPECT_LE(perTokenLarge, 1.25 * perTokenSmall) << perTokenSmall << " -> " << perTokenLarge;
}
