// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>
#include <vector>

namespace sayline::analysis {

class NameTokens;
struct Sentence;
struct NameHead;

/// Cuts a document into candidate name chunks: capitalised token sequences with the connectors a name head
/// justifies ("Office of Tailored Access Operations", "Department of Health and Human Services", "S&P 500"),
/// gazetteer names, and without crossing a legal suffix ("Chrysler LLC | Jim Press").
class NameChunker
{
public:
    struct Chunk
    {
        int first = 0; ///< token range [first, end)
        int end = 0;
        int sentence = 0;
    };

    explicit NameChunker(const NameTokens& tokens);
    std::vector<Chunk> chunks() const;

private:
    bool endsWithAbbreviation(const Sentence& sentence) const;
    bool isFinalHead(int i) const;
    bool isAbbreviation(int i) const;
    bool isNameNumber(int k, int end) const;
    int extend(int i, int end) const;
    int longestKnown(int i, int end) const;
    void segment(int a, int b, int sentence, std::vector<Chunk>& out) const;
    /// The name head `word` is, or the head of its singular ("Centers" -> "Center").
    const NameHead* headOrPluralHead(std::u16string_view word) const;
    bool justified(int a, int c, int b) const;

    const NameTokens& m_tokens;
};

} // namespace sayline::analysis
