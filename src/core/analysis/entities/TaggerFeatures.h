// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace sayline::analysis {

class Document;
class Gazetteer;
class NameTokens;

/// A feature of a token: the 64-bit FNV-1a hash of "template\x1fvalue" (the value's UTF-16 code units, low byte
/// first), so the model stores numbers, not strings, and the same text gives the same key on every machine.
using FeatureKey = std::uint64_t;

/// The features of every token of one document: keys of token i are keys[offsets[i] .. offsets[i + 1]).
struct TokenFeatures
{
    std::vector<FeatureKey> keys;
    std::vector<int> offsets; ///< one more than the document has tokens

    std::span<const FeatureKey> of(int token) const
    {
        const auto from = static_cast<std::size_t>(offsets[static_cast<std::size_t>(token)]);
        const auto to = static_cast<std::size_t>(offsets[static_cast<std::size_t>(token) + 1]);
        return std::span<const FeatureKey>(keys).subspan(from, to - from);
    }
};

/// What the entity tagger knows about each token: the word and its neighbours, its shape, affixes, the
/// capitalised run it stands in (its first and last word, the words around it), and the word lists as
/// evidence (known names, name heads, titles, roles, given names, demonyms, reporting verbs), plus two
/// document facts (the word also written in lower case; seen capitalised inside a sentence). The trainer
/// and the tagger both call this, so a model always sees the features it was trained with.
class TaggerFeatures
{
public:
    /// Changes whenever a feature template changes; a model records the version it was trained with.
    static constexpr std::uint32_t kVersion = 1;

    explicit TaggerFeatures(const Gazetteer& gazetteer);
    TokenFeatures extract(const Document& document) const;
    /// The features of the tokens marked in `wanted` (one flag per token of the document); every other token
    /// has none. A wanted token's features are exactly those extract(document) gives it.
    TokenFeatures extract(const Document& document, const std::vector<bool>& wanted) const;
    /// The same over the document's NameTokens (built with this gazetteer), shared with the name finder; the
    /// features read the sentence starts as the text has them, never the name finder's marks.
    TokenFeatures extract(const NameTokens& tokens, const std::vector<bool>& wanted) const;

private:
    const Gazetteer& m_gazetteer;
};

} // namespace sayline::analysis
