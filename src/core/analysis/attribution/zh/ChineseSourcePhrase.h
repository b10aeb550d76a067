// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "analysis/lexicon/WordSet.h"

namespace sayline::analysis {

class MentionSpans;
class Lexicons;

namespace zh {

class ChineseGazetteer;
class ChineseText;

/// A speaker phrase: the subject before a reporting verb, without the adverbials between it and the verb.
struct SourceSpan
{
    int start = -1;
    int end = -1;
    bool valid() const { return start >= 0 && end > start; }
};

/// The end of the entity mention that starts at i, or -1.
int mentionEndAt(const MentionSpans& spans, int i);

/// Reads the subject of a Chinese reporting verb: from the start of its clause, over names (kept whole),
/// titles, source nouns and their modifiers, up to the first preposition, adverb or time word before the verb
/// (美国国务卿马尔科·卢比奥(Marco Rubio)|星期一|发表声明说 → the first part), or before a verb once a name or
/// source noun is read (商务部|发表声明称). The phrase ends where a name,
/// title, source noun or pronoun ends.
class ChineseSourcePhrase
{
public:
    ChineseSourcePhrase(const Lexicons& lexicons, const ChineseGazetteer& gazetteer);

    SourceSpan read(const ChineseText& text, const MentionSpans& spans, int clauseStart, int cueStart) const;
    /// True when a source noun (zh-source-nouns), a title or a country's side (中方, 美国方面) ends at end.
    bool endsWithSource(const ChineseText& text, int end) const;
    /// The tag of the source noun that ends at end ("person", "document", "media", "agreement"), or "".
    std::string sourceKindEndingAt(const ChineseText& text, int end) const;
    /// Length of a time word (zh-time-deictic, 星期…, a number) at text[i]; 0 for none.
    int timeWordAt(const ChineseText& text, int i) const;

private:
    const ChineseGazetteer& m_gazetteer;
    std::vector<std::pair<std::u16string, std::string>> m_sourceNouns; ///< noun, tag
    WordSet16 m_timeWords;
};

} // namespace zh
} // namespace sayline::analysis
