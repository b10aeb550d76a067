// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <array>

#include "analysis/entities/TaggerModel.h"
#include "model/Error.h"

using namespace sayline::analysis;

namespace {

TaggerModel smallModel()
{
    TaggerModel model;
    model.setTransition(std::nullopt, NameTag::BeginPerson, 7);
    model.setTransition(NameTag::BeginPerson, NameTag::InsidePerson, -3);
    TaggerModel::Weights first {};
    first[static_cast<std::size_t>(tagIndex(NameTag::BeginPerson))] = 12;
    first[static_cast<std::size_t>(tagIndex(NameTag::Outside))] = -4;
    TaggerModel::Weights second {};
    second[static_cast<std::size_t>(tagIndex(NameTag::InsideMisc))] = 300;
    model.addFeature(10, first);
    model.addFeature(99, second);
    return model;
}

std::array<int, kNameTagCount> scoresOf(const TaggerModel& model, std::initializer_list<FeatureKey> keys)
{
    std::array<int, kNameTagCount> scores {};
    const std::vector<FeatureKey> list(keys);
    model.addEmissions(list, scores);
    return scores;
}

} // namespace

TEST(TaggerModel, bytesRoundTripToTheSameWeights)
{
    const TaggerModel model = smallModel();
    const std::string bytes = model.toBytes();
    const TaggerModel read = TaggerModel::fromBytes(bytes);
    EXPECT_EQ(read.toBytes(), bytes);
    EXPECT_EQ(read.featureCount(), 2u);
    EXPECT_EQ(read.transition(std::nullopt, NameTag::BeginPerson), 7);
    EXPECT_EQ(read.transition(NameTag::BeginPerson, NameTag::InsidePerson), -3);
    EXPECT_EQ(scoresOf(read, { 10, 99, 50 }), scoresOf(model, { 10, 99, 50 }));
    EXPECT_EQ(scoresOf(read, { 10 })[static_cast<std::size_t>(tagIndex(NameTag::BeginPerson))], 12);
}

TEST(TaggerModel, unknownFeaturesAddNothing)
{
    const std::array<int, kNameTagCount> none {};
    EXPECT_EQ(scoresOf(smallModel(), { 11, 12345 }), none);
}

TEST(TaggerModel, featuresWithoutWeightsAreNotStored)
{
    TaggerModel model;
    model.addFeature(5, TaggerModel::Weights {});
    EXPECT_EQ(model.featureCount(), 0u);
}

TEST(TaggerModel, featuresMustComeInIncreasingKeyOrder)
{
    TaggerModel model = smallModel();
    EXPECT_THROW(model.addFeature(50, TaggerModel::Weights { 1 }), sayline::Error);
}

TEST(TaggerModel, rejectsFilesThatAreNoModelOrAreCut)
{
    const std::string bytes = smallModel().toBytes();
    EXPECT_THROW(TaggerModel::fromBytes("not a model at all"), sayline::Error);
    EXPECT_THROW(TaggerModel::fromBytes(bytes.substr(0, bytes.size() - 1)), sayline::Error);
    EXPECT_THROW(TaggerModel::fromBytes(bytes + "x"), sayline::Error);
    EXPECT_THROW(TaggerModel::fromBytes({}), sayline::Error);
}

TEST(TaggerModel, rejectsAModelTrainedWithOtherFeatures)
{
    std::string bytes = smallModel().toBytes();
    bytes[12] = static_cast<char>(bytes[12] + 1); // the feature version, after "SLTAGGER" and the format
    try {
        TaggerModel::fromBytes(bytes);
        FAIL() << "a stale model was accepted";
    } catch (const sayline::Error& error) {
        EXPECT_NE(std::string(error.what()).find("train-models"), std::string::npos);
    }
}
