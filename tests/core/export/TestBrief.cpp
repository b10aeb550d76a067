// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "AnalysedFixtures.h"
#include "ExportFixtures.h"
#include "export/Brief.h"

using namespace sayline;

namespace {

exporting::DossierEntry entry(std::string date, model::ClaimType claim, std::vector<std::string> about)
{
    exporting::DossierEntry out;
    out.date = std::move(date);
    out.speaker = "Wang Wenbin";
    out.kind = model::StatementKind::Indirect;
    out.claimType = claim;
    out.about = std::move(about);
    out.organizations = { "NSA", "NSA", "Five Eyes" };
    out.places = { "US" };
    out.dates = { { "recently", {}, model::DateType::Date, "PAST_REF" },
                  { "in March", {}, model::DateType::Date, "2022-03" } };
    out.articleId = 1;
    return out;
}

} // namespace

TEST(Brief, ofTheReferenceArticleCountsSpeakersClaimsMentionsAndDates)
{
    const exporting::Brief brief = exporting::briefOf(test::analysedSummary(test::kReferenceArticle));
    EXPECT_EQ(brief.scope, "1 article \u00b7 10 statements \u00b7 2022-06-15");
    ASSERT_FALSE(brief.speakers.empty());
    EXPECT_EQ(brief.speakers.front().name, "Wang Wenbin");
    int statements = 0;
    for (const exporting::SpeakerTally& speaker : brief.speakers) {
        EXPECT_EQ(speaker.direct + speaker.indirect + speaker.mixed, speaker.total) << speaker.name;
        EXPECT_LE(speaker.total, brief.speakers.front().total);
        statements += speaker.total;
    }
    EXPECT_EQ(statements, static_cast<int>(test::kReferenceStatements));
    int claims = 0;
    for (const exporting::ClaimTally& claim : brief.claims)
        claims += claim.count;
    EXPECT_EQ(claims, static_cast<int>(test::kReferenceStatements));
    ASSERT_FALSE(brief.claims.empty());
    EXPECT_EQ(brief.claims.front().type, model::ClaimType::Accusation);
    ASSERT_FALSE(brief.claims.front().targets.empty());
    EXPECT_EQ(brief.claims.front().targets.front().name, "US");
    ASSERT_FALSE(brief.places.empty());
    EXPECT_EQ(brief.places.front().name, "US");
    ASSERT_FALSE(brief.organizations.empty());
    EXPECT_EQ(brief.organizations.front().name, "National Security Agency");
    for (std::size_t i = 1; i < brief.organizations.size(); ++i)
        EXPECT_GE(brief.organizations[i - 1].count, brief.organizations[i].count);
    ASSERT_EQ(brief.dates.size(), 2u);
    EXPECT_EQ(brief.dates[0].value, "2011");
    EXPECT_EQ(brief.dates[1].value, "2022-06-15");
    EXPECT_EQ(brief.dates[1].text, "Wednesday");
    EXPECT_FALSE(brief.timeline) << "one day has no time to show";
}

TEST(Brief, ofADossierCountsWhatTheStatementsMentionAndDrawsTheirTimeline)
{
    exporting::Dossier dossier;
    dossier.speaker = "Wang Wenbin";
    dossier.entries = { entry("2022-01-10", model::ClaimType::Accusation, { "US", "NSA" }),
                        entry("2022-03-02", model::ClaimType::Accusation, { "US" }),
                        entry("2022-03-20", model::ClaimType::Demand, { "US" }) };
    const exporting::Brief brief = exporting::briefOf(dossier);
    EXPECT_EQ(brief.scope, "3 statements in 1 article \u00b7 2022-01-10 to 2022-03-20");
    ASSERT_EQ(brief.speakers.size(), 1u);
    EXPECT_EQ(brief.speakers[0].indirect, 3);
    ASSERT_EQ(brief.claims.size(), 2u);
    EXPECT_EQ(brief.claims[0].count, 2);
    EXPECT_EQ(brief.claims[0].targets[0].name, "US");
    EXPECT_EQ(brief.claims[0].targets[0].count, 2);
    EXPECT_EQ(brief.organizations[0].name, "NSA");
    EXPECT_EQ(brief.organizations[0].count, 6);
    ASSERT_EQ(brief.dates.size(), 1u) << "a relative reference (PAST_REF) is no date to list";
    EXPECT_EQ(brief.dates[0].value, "2022-03");
    EXPECT_EQ(brief.dates[0].count, 3);
    ASSERT_TRUE(brief.timeline);
    EXPECT_EQ(brief.timeline->title, "Wang Wenbin: claims per month, by claim type");
    ASSERT_EQ(brief.timeline->bins.size(), 3u);
    EXPECT_EQ(brief.timeline->bins[1].label, "2022-02");
    EXPECT_EQ(brief.timeline->bins[1].total(), 0);
    EXPECT_EQ(brief.timeline->bins[2].total(), 2);
}

TEST(Timeline, binsByDayMonthOrYearByTheLengthOfThePeriod)
{
    using exporting::DatedClaim;
    const auto unitOf = [](std::string first, std::string last) {
        const auto timeline = exporting::timelineOf({ DatedClaim { std::move(first), model::ClaimType::Denial },
                                                      DatedClaim { std::move(last), model::ClaimType::Other } },
                                                    "");
        return timeline ? std::optional(timeline->unit) : std::nullopt;
    };
    EXPECT_EQ(unitOf("2022-06-01", "2022-07-15"), exporting::Timeline::Unit::Day);
    EXPECT_EQ(unitOf("2022-06-01", "2024-07-15"), exporting::Timeline::Unit::Month);
    EXPECT_EQ(unitOf("2001-06-01", "2024-07-15"), exporting::Timeline::Unit::Year);
    EXPECT_EQ(unitOf("2022-06-01", "2022-06-01"), std::nullopt);
    EXPECT_EQ(unitOf("2022-06-01", "not a date"), std::nullopt);
    const auto days = exporting::timelineOf(
        { { "2022-06-01", model::ClaimType::Denial }, { "2022-06-03", model::ClaimType::Denial } }, "");
    ASSERT_TRUE(days);
    ASSERT_EQ(days->bins.size(), 3u);
    EXPECT_EQ(days->bins[2].label, "2022-06-03");
    EXPECT_EQ(days->largestBin(), 1);
}
