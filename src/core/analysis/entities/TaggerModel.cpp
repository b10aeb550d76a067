// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaggerModel.h"

#include <algorithm>

#include "model/Error.h"

namespace sayline::analysis {
namespace {

constexpr std::string_view kMagic = "SLTAGGER";

/// Little-endian reads over the model bytes; a read past the end throws.
class Reader
{
public:
    explicit Reader(std::string_view bytes)
        : m_bytes(bytes)
    {
    }

    std::uint64_t unsignedValue(int size)
    {
        if (m_bytes.size() - m_position < static_cast<std::size_t>(size))
            throw Error(ErrorCode::Malformed, "entity tagger model: truncated");
        std::uint64_t value = 0;
        for (int i = 0; i < size; ++i)
            value |= static_cast<std::uint64_t>(static_cast<unsigned char>(m_bytes[m_position++])) << (8 * i);
        return value;
    }

    std::int32_t i32() { return static_cast<std::int32_t>(static_cast<std::uint32_t>(unsignedValue(4))); }
    std::int16_t i16() { return static_cast<std::int16_t>(static_cast<std::uint16_t>(unsignedValue(2))); }
    std::string_view take(std::size_t size)
    {
        if (m_bytes.size() - m_position < size)
            throw Error(ErrorCode::Malformed, "entity tagger model: truncated");
        const std::string_view out = m_bytes.substr(m_position, size);
        m_position += size;
        return out;
    }
    bool atEnd() const { return m_position == m_bytes.size(); }

private:
    std::string_view m_bytes;
    std::size_t m_position = 0;
};

void write(std::string& out, std::uint64_t value, int size)
{
    for (int i = 0; i < size; ++i)
        out.push_back(static_cast<char>((value >> (8 * i)) & 0xFFU));
}

} // namespace

TaggerModel TaggerModel::fromBytes(std::string_view bytes)
{
    Reader reader(bytes);
    if (reader.take(kMagic.size()) != kMagic)
        throw Error(ErrorCode::Malformed, "entity tagger model: not a model file");
    if (reader.unsignedValue(4) != kFormat)
        throw Error(ErrorCode::Unsupported, "entity tagger model: unknown format version");
    if (reader.unsignedValue(4) != TaggerFeatures::kVersion)
        throw Error(ErrorCode::Unsupported,
                    "entity tagger model: trained with other features (retrain with scripts/train-models)");
    if (reader.unsignedValue(4) != kNameTagCount)
        throw Error(ErrorCode::Malformed, "entity tagger model: wrong tag count");
    TaggerModel model;
    for (std::int32_t& weight : model.m_transitions)
        weight = reader.i32();
    const auto count = static_cast<std::size_t>(reader.unsignedValue(4));
    if (count > bytes.size() / 10)
        throw Error(ErrorCode::Malformed, "entity tagger model: feature count too large");
    model.m_keys.reserve(count);
    model.m_weights.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const FeatureKey key = reader.unsignedValue(8);
        if (!model.m_keys.empty() && key <= model.m_keys.back())
            throw Error(ErrorCode::Malformed, "entity tagger model: features out of order");
        const auto mask = static_cast<unsigned>(reader.unsignedValue(2));
        if (mask >> kNameTagCount)
            throw Error(ErrorCode::Malformed, "entity tagger model: bad tag mask");
        Weights weights {};
        for (int tag = 0; tag < kNameTagCount; ++tag) {
            if (mask & (1U << tag))
                weights[static_cast<std::size_t>(tag)] = reader.i16();
        }
        model.m_keys.push_back(key);
        model.m_weights.push_back(weights);
    }
    if (!reader.atEnd())
        throw Error(ErrorCode::Malformed, "entity tagger model: trailing bytes");
    return model;
}

std::string TaggerModel::toBytes() const
{
    std::string out(kMagic);
    write(out, kFormat, 4);
    write(out, TaggerFeatures::kVersion, 4);
    write(out, kNameTagCount, 4);
    for (std::int32_t weight : m_transitions)
        write(out, static_cast<std::uint32_t>(weight), 4);
    write(out, m_keys.size(), 4);
    for (std::size_t i = 0; i < m_keys.size(); ++i) {
        write(out, m_keys[i], 8);
        unsigned mask = 0;
        for (int tag = 0; tag < kNameTagCount; ++tag) {
            if (m_weights[i][static_cast<std::size_t>(tag)] != 0)
                mask |= 1U << tag;
        }
        write(out, mask, 2);
        for (std::int16_t weight : m_weights[i]) {
            if (weight != 0)
                write(out, static_cast<std::uint16_t>(weight), 2);
        }
    }
    return out;
}

void TaggerModel::addEmissions(std::span<const FeatureKey> keys, std::span<int, kNameTagCount> scores) const
{
    for (FeatureKey key : keys) {
        const auto it = std::lower_bound(m_keys.begin(), m_keys.end(), key);
        if (it == m_keys.end() || *it != key)
            continue;
        const Weights& weights = m_weights[static_cast<std::size_t>(it - m_keys.begin())];
        for (int tag = 0; tag < kNameTagCount; ++tag)
            scores[static_cast<std::size_t>(tag)] += weights[static_cast<std::size_t>(tag)];
    }
}

void TaggerModel::setTransition(std::optional<NameTag> previous, NameTag tag, int weight)
{
    m_transitions[static_cast<std::size_t>(row(previous) * kNameTagCount + tagIndex(tag))] = weight;
}

void TaggerModel::addFeature(FeatureKey key, const Weights& weights)
{
    if (!m_keys.empty() && key <= m_keys.back())
        throw Error(ErrorCode::Usage, "entity tagger model: features must be added in increasing key order");
    if (std::all_of(weights.begin(), weights.end(), [](std::int16_t weight) { return weight == 0; }))
        return;
    m_keys.push_back(key);
    m_weights.push_back(weights);
}

} // namespace sayline::analysis
