// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChineseMention.h"

namespace sayline::analysis::zh {

class ChineseGazetteer;
class ChineseText;

/// Chooses among overlapping mentions and finds the other occurrences of the names chosen.
class ChineseMentionResolver
{
public:
    ChineseMentionResolver(const ChineseText& text, const ChineseGazetteer& gazetteer);

    /// Adds the candidates that overlap no accepted mention, the longest first (then the higher priority):
    /// names do not nest, the longest name wins (美国国务院 over 美国). accepted stays sorted by start.
    static void accept(ChineseMentions candidates, ChineseMentions& accepted);

    /// The other occurrences of accepted names, keyed to them (rule names in brackets):
    /// a transliterated name's last part (卢比奥 for 马尔科·卢比奥: "surname"), a name found by a rule again
    /// elsewhere ("repeat"), an organisation without its place (司法部 for 美国司法部: "place-dropped"), a
    /// contraction (世卫组织 for 世界卫生组织, 联调局 for 联邦调查局: "abbreviation") and a place without its
    /// suffix (伊图里 for 伊图里省: "place-stem").
    ChineseMentions propagate(const ChineseMentions& accepted) const;

private:
    void addOccurrences(std::u16string_view name, const ChineseMention& of, const char* rule,
                        ChineseMentions& out) const;
    void addAbbreviations(const ChineseMention& of, std::u16string_view name, ChineseMentions& out) const;

    const ChineseText& m_text;
    const ChineseGazetteer& m_gazetteer;
};

} // namespace sayline::analysis::zh
