// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "analysis/lexicon/WordHash.h"
#include "model/Statement.h"

namespace sayline::analysis {

class Lexicons;
class TokenView;

/// Decides a statement's claim type from its cue (the hint of lexicons/en-reporting-cues.txt) and its content
/// (lexicons/en-claim-patterns.txt, numbers with units for statistics).
class ClaimClassifier
{
public:
    explicit ClaimClassifier(const Lexicons& lexicons);

    /// cueHint: the cue's claim type; content: tokens [first, end).
    model::ClaimType classify(model::ClaimType cueHint, const TokenView& view, int first, int end) const;

private:
    struct Pattern
    {
        std::vector<std::string> words;
        model::ClaimType type = model::ClaimType::Assertion;
        bool weak = false; ///< only when nothing else decides
    };
    bool matches(const Pattern& pattern, const TokenView& view, int token) const;
    bool isStatistic(const TokenView& view, int first, int end) const;

    std::vector<Pattern> m_patterns;
    /// The patterns by their first word, so that a token is compared with the few starting with it.
    std::unordered_map<std::string, std::vector<std::size_t>, BasicWordHash<char>, std::equal_to<>> m_byFirstWord;
};

} // namespace sayline::analysis
