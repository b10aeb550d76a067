// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "NameCandidate.h"

namespace sayline::analysis {

class Document;
class Gazetteer;
class NameTokens;

/// Finds proper-name mentions: gazetteer names and capitalised token sequences (with connectors such as "of" and
/// "&" where a name head allows them), without sentence-initial common words, leading demonyms, titles and
/// possessives, and gives each a first type from the gazetteer, name heads, titles and the word's shape.
class NameFinder
{
public:
    explicit NameFinder(const Gazetteer& gazetteer);
    std::vector<NameCandidate> find(const Document& document) const;
    /// The same over the document's NameTokens, which it may mark (NameTokens::markSentenceStart).
    std::vector<NameCandidate> find(NameTokens& tokens) const;

private:
    const Gazetteer& m_gazetteer;
};

} // namespace sayline::analysis
