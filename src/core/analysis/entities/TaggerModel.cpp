// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaggerModel.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <type_traits>

#include "model/Error.h"

namespace sayline::analysis {
namespace {

constexpr std::string_view kMagic = "SLTAGGER";

/// The little-endian value of Size bytes: one load on a little-endian machine.
template <int Size> std::uint64_t littleEndian(const char* data)
{
    if constexpr (std::endian::native == std::endian::little) {
        std::conditional_t<Size == 8, std::uint64_t, std::conditional_t<Size == 4, std::uint32_t, std::uint16_t>> value;
        static_assert(sizeof(value) == Size);
        std::memcpy(&value, data, Size);
        return value;
    } else {
        const auto* bytes = reinterpret_cast<const unsigned char*>(data);
        std::uint64_t value = 0;
        for (int i = 0; i < Size; ++i)
            value |= static_cast<std::uint64_t>(bytes[i]) << (8 * i);
        return value;
    }
}

/// Set bits of a tag mask (a few of nine; std::popcount is a library call on baseline x86-64).
int bitCount(unsigned mask)
{
    int count = 0;
    for (; mask != 0; mask &= mask - 1)
        ++count;
    return count;
}

/// Little-endian reads over the model bytes; a read past the end throws.
class Reader
{
public:
    explicit Reader(std::string_view bytes)
        : m_bytes(bytes)
    {
    }

    template <int Size> std::uint64_t fixed() { return littleEndian<Size>(take(Size).data()); }

    std::uint64_t u32() { return fixed<4>(); }
    std::int32_t i32() { return static_cast<std::int32_t>(static_cast<std::uint32_t>(fixed<4>())); }
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
    if (reader.u32() != kFormat)
        throw Error(ErrorCode::Unsupported, "entity tagger model: unknown format version");
    if (reader.u32() != TaggerFeatures::kVersion)
        throw Error(ErrorCode::Unsupported,
                    "entity tagger model: trained with other features (retrain with scripts/train-models)");
    if (reader.u32() != kNameTagCount)
        throw Error(ErrorCode::Malformed, "entity tagger model: wrong tag count");
    TaggerModel model;
    for (std::int32_t& weight : model.m_transitions)
        weight = reader.i32();
    const auto count = static_cast<std::size_t>(reader.u32());
    if (count > bytes.size() / 10)
        throw Error(ErrorCode::Malformed, "entity tagger model: feature count too large");
    // The features, tens of thousands of them at every start: one bounds check per feature, no push_back.
    model.m_keys.resize(count);
    model.m_weights.resize(count); // zero weights for the tags a mask leaves out
    for (std::size_t i = 0; i < count; ++i) {
        const std::string_view head = reader.take(10);
        const FeatureKey key = littleEndian<8>(head.data());
        if (i > 0 && key <= model.m_keys[i - 1])
            throw Error(ErrorCode::Malformed, "entity tagger model: features out of order");
        const auto mask = static_cast<unsigned>(littleEndian<2>(head.data() + 8));
        if (mask >> kNameTagCount)
            throw Error(ErrorCode::Malformed, "entity tagger model: bad tag mask");
        const char* weight = reader.take(2 * static_cast<std::size_t>(bitCount(mask))).data();
        Weights& weights = model.m_weights[i];
        for (unsigned rest = mask; rest != 0; rest &= rest - 1, weight += 2)
            weights[static_cast<std::size_t>(std::countr_zero(rest))]
                = static_cast<std::int16_t>(static_cast<std::uint16_t>(littleEndian<2>(weight)));
        model.m_keys[i] = key;
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
