// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "analysis/entities/NameTag.h"
#include "analysis/entities/TaggerFeatures.h"
#include "analysis/entities/TaggerModel.h"

namespace sayline::training {

/// One training sentence: the feature keys of each token and its gold tag.
struct TrainingSentence
{
    std::vector<analysis::FeatureKey> keys;
    std::vector<int> offsets; ///< token i: keys[offsets[i] .. offsets[i + 1])
    std::vector<analysis::NameTag> tags;
};

struct TrainingOptions
{
    int epochs = 10;
    std::uint64_t seed = 20261127; ///< of the sentence order in each epoch
    int minFeatureCount = 2; ///< features seen on fewer tokens are left out
    int scale = 16; ///< averaged weights are stored as round(average × scale)
};

/// Progress of one epoch, for the trainer's log.
struct EpochReport
{
    int epoch = 0;
    int tokenErrors = 0;
    int tokens = 0;
};

/// A structured averaged perceptron (Collins 2002) over the BIO tags with Viterbi decoding: each sentence is
/// decoded with the current weights; when the best sequence differs from the gold one, the features and
/// transitions of the gold sequence gain 1 and those of the prediction lose 1. The model keeps the average
/// of the weights over every step, which generalises much better than the last weights. Integer arithmetic
/// and a fixed-seed shuffle make two runs on the same data give the same bytes.
class PerceptronTrainer
{
public:
    explicit PerceptronTrainer(TrainingOptions options);
    analysis::TaggerModel train(const std::vector<TrainingSentence>& sentences,
                                const std::function<void(const EpochReport&)>& progress = {}) const;

private:
    TrainingOptions m_options;
};

} // namespace sayline::training
