// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "model/Statement.h"

namespace sayline::analysis {

class Lexicons;

namespace zh {

class ChineseGazetteer;
class ChineseText;

/// How a Chinese reporting verb takes its content (zh-reporting-cues).
enum class CueFrame
{
    Clause, ///< X 说，CONTENT / X 说：“…” / “…”X 说 / X 表示 CONTENT
    Object, ///< X 告诉 Y，CONTENT
    Call, ///< 将 X 称为 Y: the content runs from X to the end of Y
    Document, ///< 报告显示，CONTENT: only with a document as source
};

struct ChineseCueWord
{
    std::u16string word;
    model::ClaimType claim = model::ClaimType::Assertion;
    CueFrame frame = CueFrame::Clause;
    bool noun = false; ///< also a noun (声明, 报告): a cue only where a verb can stand
    bool compound = false; ///< a cue only before another cue (补充 in 补充说)
    bool action = false; ///< may take the verb phrase of an action (宣布建立…)
};

/// One reporting verb in the text, outside quotations. Offsets are UTF-16 units.
struct ChineseCue
{
    int start = 0;
    int end = 0;
    const ChineseCueWord* word = nullptr;
};

/// Finds the reporting verbs of zh-reporting-cues in Chinese text, leaving out the words they are part of
/// (说法, 小说, 据说, 名称, 称赞), those inside a quotation (nested speech is not annotated), passives (被称为),
/// relative clauses (所说的, 说的), and the noun readings of 声明, 报告, 承诺 ….
class ChineseCueFinder
{
public:
    ChineseCueFinder(const Lexicons& lexicons, const ChineseGazetteer& gazetteer);

    std::vector<ChineseCue> find(const ChineseText& text) const;
    /// The cue word that starts at text[i], if any (no context checks).
    const ChineseCueWord* wordAt(const ChineseText& text, int i) const;

private:
    bool isVerbReading(const ChineseText& text, int start, int end, const ChineseCueWord& word) const;
    bool isBlocked(const ChineseText& text, int start, int end) const;

    std::vector<ChineseCueWord> m_words;
    std::vector<std::u16string> m_blockers;
    std::unordered_map<std::u16string, std::size_t> m_index;
    int m_longest = 0;
    const ChineseGazetteer& m_gazetteer;
};

} // namespace zh
} // namespace sayline::analysis
