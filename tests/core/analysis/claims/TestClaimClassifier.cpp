// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "AttributionTestSupport.h"

using namespace sayline::analysis;
using namespace sayline::analysis::test;
using sayline::model::ClaimType;

namespace {

ClaimType claimOf(const std::string& text)
{
    const auto found = attribute(text);
    EXPECT_EQ(found.size(), 1u) << text;
    return found.empty() ? ClaimType::Other : found[0].claim;
}

} // namespace

TEST(ClaimClassifier, demandFromCue)
{
    EXPECT_EQ(claimOf("Wang urged the US to stop its operations."), ClaimType::Demand);
    EXPECT_EQ(claimOf("The senators called on Congress to investigate."), ClaimType::Demand);
}

TEST(ClaimClassifier, demandFromContent)
{
    EXPECT_EQ(claimOf("The union said the company must reopen the plant."), ClaimType::Demand);
}

TEST(ClaimClassifier, accusationFromCueAndContent)
{
    EXPECT_EQ(claimOf("The ministry accused the agency of spying on its citizens."), ClaimType::Accusation);
    EXPECT_EQ(claimOf("The US has become the major threat to the internet, Wang said."), ClaimType::Accusation);
}

TEST(ClaimClassifier, denialFromCueAndContent)
{
    EXPECT_EQ(claimOf("The Air Force denied that jobs were a factor."), ClaimType::Denial);
    EXPECT_EQ(claimOf("The spokesman said the reports were not true."), ClaimType::Denial);
}

TEST(ClaimClassifier, predictionFromFutureContent)
{
    EXPECT_EQ(claimOf("Analysts said the recovery will be slow."), ClaimType::Prediction);
}

TEST(ClaimClassifier, statisticFromNumbersWithUnits)
{
    EXPECT_EQ(claimOf("Ford said its share of the market rose to 17%, up from 14%."), ClaimType::Statistic);
    EXPECT_EQ(claimOf("The report said the agency conducted at least 231 operations."), ClaimType::Statistic);
}

TEST(ClaimClassifier, assertionByDefault)
{
    EXPECT_EQ(claimOf("The judge said he owns a music player."), ClaimType::Assertion);
}

TEST(ClaimClassifier, weakModalsLoseToFigures)
{
    EXPECT_EQ(claimOf("The company said sales could rise 5% next year."), ClaimType::Statistic);
    EXPECT_EQ(claimOf("The minister said talks could resume."), ClaimType::Prediction);
    EXPECT_EQ(claimOf("He said the trades were false and the market was fine."), ClaimType::Assertion);
}
