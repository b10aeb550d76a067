// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "BioDecoder.h"
#include "NameTag.h"
#include "TaggerFeatures.h"

namespace sayline::analysis {

/// The weights of the entity tagger: for each feature key a weight per tag, and a weight for each tag
/// following another (or opening a sentence). Integers throughout, so scoring and training give the same
/// result on every machine. The file format (little-endian) is written and read here only:
///   "SLTAGGER" | u32 format (1) | u32 feature version | u32 tag count (9) | i32 transitions[10 × 9]
///   (rows: previous tag, then "sentence start") | u32 feature count | per feature, in increasing key order:
///   u64 key, u16 mask of the tags with a weight, one i16 weight per set bit from the lowest tag up.
class TaggerModel
{
public:
    using Weights = std::array<std::int16_t, kNameTagCount>;
    /// [previous * kNameTagCount + tag]; previous kNameTagCount is "sentence start".
    using Transitions = TagTransitions;

    static constexpr std::uint32_t kFormat = 1;

    TaggerModel() = default;

    /// Parses a model file; throws sayline::Error when it is malformed or its features are not
    /// TaggerFeatures::kVersion (a model trained with other features would tag nonsense).
    static TaggerModel fromBytes(std::string_view bytes);
    std::string toBytes() const;

    /// Adds the weights of `keys` for each tag to scores[tag].
    void addEmissions(std::span<const FeatureKey> keys, std::span<int, kNameTagCount> scores) const;
    /// The weight of `tag` after `previous` (nullopt: the first token of a sentence).
    int transition(std::optional<NameTag> previous, NameTag tag) const
    {
        return m_transitions[static_cast<std::size_t>(row(previous) * kNameTagCount + tagIndex(tag))];
    }
    const Transitions& transitions() const { return m_transitions; }

    // Building a model (the trainer).
    void setTransition(std::optional<NameTag> previous, NameTag tag, int weight);
    /// Adds a feature; keys must come in increasing order (throws sayline::Error otherwise).
    void addFeature(FeatureKey key, const Weights& weights);
    std::size_t featureCount() const { return m_keys.size(); }

private:
    static int row(std::optional<NameTag> previous) { return previous ? tagIndex(*previous) : kNameTagCount; }

    std::vector<FeatureKey> m_keys; ///< increasing
    std::vector<Weights> m_weights; ///< parallel to m_keys
    Transitions m_transitions {};
};

} // namespace sayline::analysis
