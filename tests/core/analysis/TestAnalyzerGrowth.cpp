// SPDX-License-Identifier: GPL-3.0-or-later
// The whole analysis on a text and on one four times as long: the work every stage's position look-ups do
// (counted, never timed) must grow about four times, not sixteen (issue 11 item 7).
#include <gtest/gtest.h>

#include <array>

#include "HostileTextSupport.h"
#include "analysis/Analyzer.h"
#include "analysis/text/WorkCounter.h"
#include "model/Analysis.h"

using namespace sayline;
using analysis::test::HostileKind;
using analysis::work::Stage;

namespace {

constexpr std::size_t kStages = static_cast<std::size_t>(Stage::Count);

const analysis::Analyzer& analyzer()
{
    static const analysis::Analyzer instance;
    return instance;
}

struct Work
{
    std::array<std::uint64_t, kStages> counts {};
    std::size_t statements = 0;
    std::size_t entities = 0;
};

Work analyse(HostileKind kind, std::size_t bytes)
{
    model::Article article;
    article.paragraphs = { analysis::test::hostileText(kind, bytes) };
    analysis::work::reset();
    const model::AnalysedArticle analysed = analyzer().analyse(article, { "2026-03-02", "en" });
    Work work;
    for (std::size_t s = 0; s < kStages; ++s)
        work.counts[s] = analysis::work::total(static_cast<Stage>(s));
    work.statements = analysed.statements.size();
    work.entities = analysed.entities.size();
    return work;
}

const char* nameOf(std::size_t stage)
{
    static const std::array<const char*, kStages> names { "coreference", "nominals", "speakers", "statements",
                                                          "claims" };
    return names[stage];
}

void expectLinear(HostileKind kind)
{
    const Work small = analyse(kind, 24 * 1024);
    const Work large = analyse(kind, 96 * 1024);
    // The input has what every stage works on, growing with it.
    ASSERT_GT(small.statements, 50u);
    ASSERT_GT(large.statements, 3 * small.statements);
    ASSERT_GT(large.entities, 2 * small.entities);
    for (std::size_t s = 0; s < kStages; ++s) {
        SCOPED_TRACE(nameOf(s));
        EXPECT_GT(small.counts[s], 0u);
        // Four times the input: four times the work and a margin, where a scan per item would be sixteen.
        EXPECT_LE(large.counts[s], 5 * small.counts[s]) << small.counts[s] << " -> " << large.counts[s];
    }
}

} // namespace

TEST(AnalyzerGrowth, everyStageDoesLinearWorkOnNameDenseTextWithoutFullStops)
{
    expectLinear(HostileKind::NoFullStop);
}

TEST(AnalyzerGrowth, everyStageDoesLinearWorkOnNewsLikeText)
{
    expectLinear(HostileKind::News);
}
