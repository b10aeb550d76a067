// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/Analysis.h"

namespace sayline::bench {

/// Generates news articles from templates: varied speakers (a pool of full names with roles and organizations),
/// attribution patterns and cues, claims built from word lists, and dates over 2000-2024. The same seed gives
/// the same article, so runs are comparable; no two articles are copies.
class ArticleGenerator
{
public:
    explicit ArticleGenerator(std::uint64_t seed = 1);

    model::Article article(std::size_t index) const;
    /// The article annotated as the templates know it (what a perfect analysis would find), without analysing.
    model::AnalysedArticle annotated(std::size_t index) const;

    /// A speaker name of the pool, a word of the claims, a date: for queries.
    std::string speaker(std::size_t index) const;
    std::string word(std::size_t index) const;
    /// The last word of a claim's subject ("budget", "merger").
    std::string topic(std::size_t index) const;
    std::string date(std::size_t index) const;
    std::size_t speakerCount() const;

private:
    struct Paragraph
    {
        std::string text;
        std::size_t speaker;
        bool direct;
        std::size_t contentStart; ///< bytes (ASCII: equal to code points) into text
        std::size_t contentEnd;
        std::size_t nameStart;
        std::size_t cueStart;
        std::string cue;
    };
    std::vector<Paragraph> paragraphs(std::size_t index, std::string& title, std::string& published) const;

    std::uint64_t m_seed;
    std::vector<std::string> m_speakers;
    std::vector<std::string> m_roles;
};

} // namespace sayline::bench
