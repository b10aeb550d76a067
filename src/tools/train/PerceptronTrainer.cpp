// SPDX-License-Identifier: GPL-3.0-or-later
#include "PerceptronTrainer.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <unordered_map>

#include "SplitMix.h"
#include "analysis/entities/BioDecoder.h"

namespace sayline::training {
namespace {

using analysis::FeatureKey;
using analysis::kNameTagCount;
using analysis::NameTag;

/// A sentence with its features as dense indices into the weight table (pruned features left out).
struct DenseSentence
{
    std::vector<int> features;
    std::vector<int> offsets;
    std::vector<int> gold;
};

/// Weights with lazily kept running sums for averaging: at every update, the sum first catches up with the
/// steps the weight stayed unchanged.
class AveragedWeights
{
public:
    explicit AveragedWeights(std::size_t size)
        : m_weights(size, 0)
        , m_sums(size, 0)
        , m_stamps(size, 0)
    {
    }

    std::int64_t operator[](std::size_t i) const { return m_weights[i]; }

    void update(std::size_t i, int delta, std::int64_t step)
    {
        m_sums[i] += (step - m_stamps[i]) * m_weights[i];
        m_stamps[i] = step;
        m_weights[i] += delta;
    }

    /// round(average × scale) after `steps` steps, as an integer.
    std::int64_t average(std::size_t i, std::int64_t steps, int scale) const
    {
        const std::int64_t sum = m_sums[i] + (steps - m_stamps[i]) * m_weights[i];
        const std::int64_t scaled = sum * scale;
        const std::int64_t rounded = (2 * (scaled < 0 ? -scaled : scaled) + steps) / (2 * steps);
        return scaled < 0 ? -rounded : rounded;
    }

private:
    std::vector<std::int64_t> m_weights;
    std::vector<std::int64_t> m_sums;
    std::vector<std::int64_t> m_stamps;
};

constexpr std::size_t transitionIndex(int previous, int tag)
{
    return static_cast<std::size_t>(previous * kNameTagCount + tag);
}

std::int16_t toInt16(std::int64_t value)
{
    return static_cast<std::int16_t>(std::clamp<std::int64_t>(value, std::numeric_limits<std::int16_t>::min(),
                                                              std::numeric_limits<std::int16_t>::max()));
}

} // namespace

PerceptronTrainer::PerceptronTrainer(TrainingOptions options)
    : m_options(options)
{
}

analysis::TaggerModel PerceptronTrainer::train(const std::vector<TrainingSentence>& sentences,
                                               const std::function<void(const EpochReport&)>& progress) const
{
    // Features seen often enough, numbered in increasing key order (the order is what makes runs repeatable).
    std::unordered_map<FeatureKey, int> counts;
    for (const TrainingSentence& sentence : sentences) {
        for (FeatureKey key : sentence.keys)
            ++counts[key];
    }
    std::vector<FeatureKey> kept;
    for (const auto& [key, count] : counts) {
        if (count >= m_options.minFeatureCount)
            kept.push_back(key);
    }
    std::sort(kept.begin(), kept.end());
    std::unordered_map<FeatureKey, int> index;
    index.reserve(kept.size());
    for (std::size_t i = 0; i < kept.size(); ++i)
        index.emplace(kept[i], static_cast<int>(i));

    std::vector<DenseSentence> dense;
    dense.reserve(sentences.size());
    for (const TrainingSentence& sentence : sentences) {
        DenseSentence out;
        out.offsets.push_back(0);
        for (std::size_t token = 0; token < sentence.tags.size(); ++token) {
            for (int k = sentence.offsets[token]; k < sentence.offsets[token + 1]; ++k) {
                if (auto it = index.find(sentence.keys[static_cast<std::size_t>(k)]); it != index.end())
                    out.features.push_back(it->second);
            }
            out.offsets.push_back(static_cast<int>(out.features.size()));
            out.gold.push_back(analysis::tagIndex(sentence.tags[token]));
        }
        if (!out.gold.empty())
            dense.push_back(std::move(out));
    }

    AveragedWeights weights(kept.size() * kNameTagCount);
    AveragedWeights transitions((kNameTagCount + 1) * kNameTagCount);
    std::vector<int> order(dense.size());
    std::iota(order.begin(), order.end(), 0);
    SplitMix random(m_options.seed);
    std::int64_t step = 0;
    std::vector<int> emissions;
    analysis::TagTransitions current {};
    for (int epoch = 1; epoch <= m_options.epochs; ++epoch) {
        random.shuffle(order);
        EpochReport report { epoch, 0, 0 };
        for (int s : order) {
            const DenseSentence& sentence = dense[static_cast<std::size_t>(s)];
            ++step;
            const std::size_t tokens = sentence.gold.size();
            emissions.assign(tokens * kNameTagCount, 0);
            for (std::size_t t = 0; t < tokens; ++t) {
                for (int k = sentence.offsets[t]; k < sentence.offsets[t + 1]; ++k) {
                    const auto base
                        = static_cast<std::size_t>(sentence.features[static_cast<std::size_t>(k)]) * kNameTagCount;
                    for (int tag = 0; tag < kNameTagCount; ++tag)
                        emissions[t * kNameTagCount + static_cast<std::size_t>(tag)]
                            += static_cast<int>(weights[base + static_cast<std::size_t>(tag)]);
                }
            }
            for (std::size_t i = 0; i < current.size(); ++i)
                current[i] = static_cast<std::int32_t>(transitions[i]);
            const std::vector<NameTag> predicted = analysis::decodeNameTags(emissions, current);
            report.tokens += static_cast<int>(tokens);
            for (std::size_t t = 0; t < tokens; ++t) {
                const int gold = sentence.gold[t];
                const int guess = analysis::tagIndex(predicted[t]);
                const int goldBefore = t == 0 ? kNameTagCount : sentence.gold[t - 1];
                const int guessBefore = t == 0 ? kNameTagCount : analysis::tagIndex(predicted[t - 1]);
                if (gold != guess) {
                    ++report.tokenErrors;
                    for (int k = sentence.offsets[t]; k < sentence.offsets[t + 1]; ++k) {
                        const auto base
                            = static_cast<std::size_t>(sentence.features[static_cast<std::size_t>(k)]) * kNameTagCount;
                        weights.update(base + static_cast<std::size_t>(gold), 1, step);
                        weights.update(base + static_cast<std::size_t>(guess), -1, step);
                    }
                }
                if (gold != guess || goldBefore != guessBefore) {
                    transitions.update(transitionIndex(goldBefore, gold), 1, step);
                    transitions.update(transitionIndex(guessBefore, guess), -1, step);
                }
            }
        }
        if (progress)
            progress(report);
    }

    analysis::TaggerModel model;
    for (int previous = 0; previous <= kNameTagCount; ++previous) {
        for (int tag = 0; tag < kNameTagCount; ++tag) {
            const std::int64_t value = transitions.average(transitionIndex(previous, tag), step, m_options.scale);
            model.setTransition(previous == kNameTagCount ? std::nullopt
                                                          : std::optional<NameTag>(analysis::tagAt(previous)),
                                analysis::tagAt(tag), static_cast<int>(value));
        }
    }
    for (std::size_t f = 0; f < kept.size(); ++f) {
        analysis::TaggerModel::Weights averaged {};
        for (int tag = 0; tag < kNameTagCount; ++tag)
            averaged[static_cast<std::size_t>(tag)]
                = toInt16(weights.average(f * kNameTagCount + static_cast<std::size_t>(tag), step, m_options.scale));
        model.addFeature(kept[f], averaged);
    }
    return model;
}

} // namespace sayline::training
