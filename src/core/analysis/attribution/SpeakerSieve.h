// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace sayline::analysis {

class TokenView;
class MentionSpans;
struct StatementCandidate;
struct StatementRecord;

/// The attribution sieves, in the order they are tried on a statement (CoreNLP's quote-attribution design):
/// the first whose rule fits the statement's source decides its speaker, and the statement keeps its name.
enum class SpeakerSieve
{
    ContinuedQuote, ///< a quote going on across paragraphs keeps the speaker of the quote it continues
    Colon, ///< the source stands before a colon that opens the content ("Wang said: ...")
    AccordingTo, ///< "according to X"
    Pronoun, ///< "he said": the pronoun's antecedent
    SpeakerInSentence, ///< a name at the cue ("Wang Wenbin said", "said the chief of Acme, Ann Lee")
    Nominal, ///< a definite description ("the spokesperson", "the company"): the entity it refers to
    Institution, ///< a document or institution as the source ("a statement from Apple", "the report")
    NewsLead, ///< the lead's unnamed "a senior official said", named in the statement after it
    UnnamedSource, ///< no rule names the speaker: "analysts said" stays unnamed
};

/// The sieve's name as stored and exported: "continued-quote", "colon", "according-to", "pronoun",
/// "speaker-in-sentence", "nominal", "institution", "news-lead", "unnamed-source".
const char* toString(SpeakerSieve sieve);

/// One line a reader can check: what in the text decided the speaker and where its referent was named
/// ("pronoun “he” → Wang Wenbin, previous sentence"). continued: the statement a continued quote continues.
/// spans: the entities with their mentions indexed by position.
std::string explainSpeaker(const TokenView& view, const MentionSpans& spans, const StatementRecord& record,
                           SpeakerSieve sieve, const StatementRecord* continued = nullptr);

/// Whether the candidate's content opens after a colon that follows its source ("X said: ...", "X: \"...\"").
bool opensAfterColon(const TokenView& view, const StatementCandidate& candidate);

} // namespace sayline::analysis
