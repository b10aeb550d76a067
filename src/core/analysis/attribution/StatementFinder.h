// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "ContentFinder.h"
#include "CueMatcher.h"
#include "PhraseScanner.h"
#include "StatementCandidate.h"

namespace sayline::analysis {

class TokenView;
class WordClasses;

/// Finds attributed statements by their cues and quotation marks: the source phrase, the content span and
/// its kind. Knows nothing about entities.
class StatementFinder
{
public:
    /// sourceNouns: every non-name source head; documentNouns: those that are documents or institutions.
    StatementFinder(const TokenView& view, const CueMatcher& cues, const std::unordered_set<std::string>& sourceNouns,
                    const std::unordered_set<std::string>& documentNouns);

    /// Candidates in text order (by content start).
    std::vector<StatementCandidate> find();

private:
    /// Tokens [first, end) of a source phrase; first is -1 when there is none.
    struct Source
    {
        int first = -1;
        int end = -1;
    };

    void findAtCue(const CueMatch& match);
    /// Whether a relative pronoun and a source stand right before the cue: "that rights groups said would ...".
    bool afterObjectRelative(const CueMatch& match) const;
    /// Whether the cue opens a relative clause set off by a comma: ", who (had) called ...".
    bool inRelativeClause(const CueMatch& match, int first) const;
    /// The content cut at the comma that closes the relative clause.
    ContentRange relativeClauseContent(const ContentRange& content) const;
    bool isCueUse(const CueMatch& match) const;
    int subjectEndBefore(const CueMatch& match, int first, bool& excluded) const;
    void findCoordinated(const CueMatch& match, int first, int left);
    Source sourceBefore(const CueMatch& match, int left, int first) const;
    /// Whether the words from `from` up to the next comma are a bare noun phrase closed by that comma.
    bool wordsBeforeComma(int from) const;
    Source sourceBeforeComma(const CueMatch& match, int left, int first) const;
    Source sourceAfter(const CueMatch& match, int left, int first, int last) const;
    bool isSource(const CueMatch& match, const Source& source, int first) const;
    void addContents(const CueMatch& match, const Source& source, bool inverted, int left, int first);
    void findAccording(const CueMatch& match);
    void findParticiple(const CueMatch& match);

    bool isSourceHead(int token) const;
    int extendSpeakerLeft(int speakerFirst, int sentenceFirst) const;
    int mainSubjectStart(int first, int limit) const;
    /// The comma before a party and state tag that ends at `comma` (", R-Calif.,"), or -1.
    int partyTagBefore(int comma) const;
    /// The comma that ends a verbless description of a source before its clause ("According to X, chief
    /// economist at ING, markets ..."), starting at from; -1 when there is none.
    int appositiveAfterSource(int from, int last) const;
    /// The latest statement whose cue stands in this sentence before cueFirst (its speaker is shared), or -1.
    int statementEarlierInSentence(int sentenceFirst, int cueFirst) const;
    int mainSubjectEnd(int first, int limit) const; ///< -1 when the clause opens with no source phrase
    void add(const CueMatch& match, int speakerFirst, int speakerEnd, const ContentRange& content,
             int inheritFrom = -1);

    const TokenView& m_view;
    const CueMatcher& m_cues;
    const std::unordered_set<std::string>& m_sourceNouns;
    const std::unordered_set<std::string>& m_documentNouns;
    const WordClasses& m_words;
    PhraseScanner m_phrases;
    ContentFinder m_content;
    std::vector<StatementCandidate> m_found;
};

} // namespace sayline::analysis
