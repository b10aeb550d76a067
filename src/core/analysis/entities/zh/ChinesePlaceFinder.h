// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChineseMention.h"

namespace sayline::analysis::zh {

class ChineseGazetteer;
class ChineseNameFinder;
class ChineseText;

/// Finds the names of the lexicons and places by form, each by one rule:
///   lexicon        a place, organisation or misc name of the lexicons (美国, 霍尔木兹海峡, 北约, 真相社交),
///                  starting at a word break (关岛 is not in 有关岛礁)
///   place-suffix   a transliterated run or a known place before a place suffix: 伊图里省, 斯卡伯勒浅滩,
///                  南达科塔州 (a compass point may open it)
///   place-context  a transliterated run where only a place can stand: 在布尔根施托克举行, 首府布尼亚
class ChinesePlaceFinder
{
public:
    ChinesePlaceFinder(const ChineseText& text, const ChineseGazetteer& gazetteer, const ChineseNameFinder& names);

    ChineseMentions find() const;

private:
    void lexiconNames(ChineseMentions& out) const;
    void suffixPlaces(ChineseMentions& out) const;
    void contextPlaces(ChineseMentions& out) const;
    void countrySides(ChineseMentions& out) const;

    const ChineseText& m_text;
    const ChineseGazetteer& m_gazetteer;
    const ChineseNameFinder& m_names;
};

} // namespace sayline::analysis::zh
