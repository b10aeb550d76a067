// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "analysis/entities/EntityList.h"

namespace sayline::analysis {

class Document;
class Lexicons;

namespace zh {

class ChineseGazetteer;
class ChineseText;

/// The entity stage for Chinese text (docs/analysis-chinese.md): people (transliterated names with a middle
/// dot, Chinese names, names next to a title), organisations (lexicon, head nouns, place + body), places
/// (lexicon and ICU's country names, place suffixes), misc names, and the Latin forms in brackets; then the
/// other occurrences of those names (last names, short forms, abbreviations) and one entity per referent.
/// Names only: pronouns and descriptions are left to the attribution stage, which resolves speakers.
class ChineseEntityRecognizer
{
public:
    explicit ChineseEntityRecognizer(const Lexicons& lexicons);
    ~ChineseEntityRecognizer();
    ChineseEntityRecognizer(const ChineseEntityRecognizer&) = delete;
    ChineseEntityRecognizer& operator=(const ChineseEntityRecognizer&) = delete;

    EntityList recognise(const ChineseText& text) const;
    const ChineseGazetteer& gazetteer() const { return *m_gazetteer; }

private:
    std::unique_ptr<ChineseGazetteer> m_gazetteer;
};

} // namespace zh
} // namespace sayline::analysis
