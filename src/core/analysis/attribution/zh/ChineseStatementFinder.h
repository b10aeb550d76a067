// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "ChineseCueFinder.h"
#include "ChineseSourcePhrase.h"
#include "analysis/entities/MentionSpans.h"

namespace sayline::analysis {

struct EntityList;

namespace zh {

class ChineseGazetteer;
class ChineseText;

/// A statement found in Chinese text, before its speaker is resolved. Offsets are UTF-16 units.
struct ChineseStatementCandidate
{
    int start = 0; ///< the content
    int end = 0;
    model::StatementKind kind = model::StatementKind::Indirect;
    int cueStart = -1;
    int cueEnd = -1;
    const ChineseCueWord* cue = nullptr;
    SourceSpan source; ///< the speaker phrase, when the statement has one of its own
    int sameSourceAs = -1; ///< index of an earlier candidate whose speaker this one shares (…，并重申…)
    int continues = -1; ///< index of an earlier candidate whose quotation this one continues
    const char* pattern = ""; ///< the form that found it: "cue-colon-quote", "quote-cue", "cue-clause", …
};

/// Finds the statements of Chinese text by their form:
///   cue-colon-quote   X 说：“…”              direct
///   cue-quote         X 说，“…”              direct (mixed when words follow the quotation)
///   quote-cue         “…，”X 说。 / “…”X 说，“…”   direct, one statement per piece
///   cue-clause        X 表示，… / X 表示…      indirect, mixed when the clause holds a quotation
///   call              X 将 A 称为 “B”         the content runs from A to the end of B
///   according         据 X 报道，… / 根据 X，…  the source is X
///   continuation      a quotation with no cue of its own after a statement: the same speaker
///   transcript        郑明远：… at the start of a paragraph (a press-conference transcript): the paragraph  direct
/// Indirect content ends at the end of the sentence, at ；or --, or where the next clause has its own
/// reporting verb (…，并重申…) or a gloss (…，原因是…).
class ChineseStatementFinder
{
public:
    ChineseStatementFinder(const ChineseText& text, const EntityList& entities, const ChineseCueFinder& cues,
                           const ChineseSourcePhrase& sources, const ChineseGazetteer& gazetteer);

    std::vector<ChineseStatementCandidate> find() const;

private:
    /// The start of the clause that ends at end: after the last clause mark, closing quotation or sentence start.
    int clauseStart(int sentenceStart, int end) const;
    /// The end of indirect content that starts at start, inside the sentence that ends at sentenceEnd.
    int contentEnd(int start, int sentenceEnd, const std::vector<ChineseCue>& cues) const;
    /// Content [start, end) as a statement: direct when it is one quotation, mixed when it holds one.
    void setContent(ChineseStatementCandidate& candidate, int start, int end) const;
    bool isCueAt(const std::vector<ChineseCue>& cues, int i) const;
    /// The transcript form at the paragraph whose first sentence is sentences()[first].
    void transcriptAnswer(std::size_t first, std::vector<ChineseStatementCandidate>& out) const;
    void according(int sentenceStart, int sentenceEnd, const std::vector<ChineseCue>& cues,
                   std::vector<ChineseStatementCandidate>& out) const;

    const ChineseText& m_text;
    const EntityList& m_entities;
    const MentionSpans m_spans; ///< the entities' mentions by position
    const ChineseCueFinder& m_cues;
    const ChineseSourcePhrase& m_sources;
    const ChineseGazetteer& m_gazetteer;
};

} // namespace zh
} // namespace sayline::analysis
