// SPDX-License-Identifier: GPL-3.0-or-later
// MentionIndex's look-ups start at the sentences they may use instead of the text's first mention; these
// compare them with the scan from the first mention on a generated name-dense text, at every token.
#include <gtest/gtest.h>

#include "EntityTestSupport.h"
#include "HostileTextSupport.h"
#include "analysis/entities/MentionIndex.h"
#include "analysis/text/WorkCounter.h"

using namespace sayline::analysis;
using sayline::model::EntityType;
using test::HostileKind;

namespace {

/// MentionIndex::mostRecent as it was: a scan from the first mention.
int scanMostRecent(const Document& document, const MentionIndex& index, int position, int maxSentences,
                   const std::function<bool(int)>& fits)
{
    const int sentence = document.sentenceAt(position);
    int best = -1;
    for (const MentionIndex::Entry& entry : index.entries()) {
        if (entry.end > position)
            break;
        if (entry.sentence >= sentence - maxSentences && fits(entry.entity))
            best = entry.entity;
    }
    return best;
}

int scanAntecedent(const Document& document, const MentionIndex& index, int position, int maxSentences,
                   const std::function<bool(int)>& fits)
{
    const int sentence = document.sentenceAt(position);
    int bestSentence = -1;
    int best = -1;
    for (const MentionIndex::Entry& entry : index.entries()) {
        if (entry.end > position)
            break;
        if (entry.sentence < sentence - maxSentences || !fits(entry.entity))
            continue;
        if (entry.sentence == sentence) {
            if (bestSentence != sentence) {
                bestSentence = sentence;
                best = entry.entity;
            }
        } else if (entry.sentence > bestSentence) {
            bestSentence = entry.sentence;
            best = entry.entity;
        }
    }
    return best;
}

} // namespace

TEST(MentionIndex, answersEveryLookUpAsTheScanFromTheFirstMentionDid)
{
    for (HostileKind kind : { HostileKind::NoFullStop, HostileKind::News }) {
        const test::Recognised r(test::hostileText(kind, 6 * 1024));
        const Document& document = r.document();
        const EntityList& entities = r.entities();
        const MentionIndex index(document, entities);
        ASSERT_GT(index.entries().size(), 100u);
        auto person = [&](int e) { return entities.records[static_cast<std::size_t>(e)].type == EntityType::Person; };
        auto odd = [](int e) { return e % 2 == 1; };
        for (const Token& token : document.tokens()) {
            for (int window : { 0, 1, 3, 10 }) {
                ASSERT_EQ(index.mostRecent(token.start, window, person),
                          scanMostRecent(document, index, token.start, window, person));
                ASSERT_EQ(index.mostRecent(token.start, window, odd),
                          scanMostRecent(document, index, token.start, window, odd));
                ASSERT_EQ(index.antecedent(token.start, window, person),
                          scanAntecedent(document, index, token.start, window, person));
            }
            const auto& entries = index.entries();
            ASSERT_EQ(index.overlaps(token.start, token.end),
                      std::any_of(entries.begin(), entries.end(), [&](const MentionIndex::Entry& entry) {
                          return entry.start < token.end && token.start < entry.end;
                      }));
            ASSERT_EQ(index.endsAt(token.end), std::any_of(entries.begin(), entries.end(), [&](const auto& entry) {
                          return entry.end == token.end;
                      }));
        }
        const int sentences = static_cast<int>(document.sentences().size());
        for (int s = 0; s < sentences; ++s) {
            std::size_t expected = 0;
            for (const MentionIndex::Entry& entry : index.entries())
                expected += entry.sentence > s && entry.sentence <= s + 2;
            ASSERT_EQ(index.inSentences(s + 1, s + 2).size(), expected);
        }
    }
}

TEST(MentionIndex, theMostRecentMentionCostsTheMentionsOfItsSentencesOnly)
{
    auto visitedPerToken = [](std::size_t bytes) {
        const test::Recognised r(test::hostileText(HostileKind::NoFullStop, bytes));
        const MentionIndex index(r.document(), r.entities());
        work::reset();
        for (const Token& token : r.document().tokens())
            index.mostRecent(token.start, 3, [](int) { return false; });
        return static_cast<double>(work::total(work::Stage::Nominals))
            / static_cast<double>(r.document().tokens().size());
    };
    const double small = visitedPerToken(16 * 1024);
    const double large = visitedPerToken(64 * 1024);
    EXPECT_GT(small, 0.0);
    EXPECT_LE(large, 1.25 * small) << small << " -> " << large;
}
