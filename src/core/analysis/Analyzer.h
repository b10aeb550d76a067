// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "model/Analysis.h"

namespace sayline::analysis {

struct AnalysisOptions
{
    /// YYYY-MM-DD used for relative dates when the article has no publication date.
    std::optional<std::string> referenceDate;
    /// "auto", "en" or "zh".
    std::string language = "auto";
    /// Type the names no word list, name head, title or context cue types with the trained entity tagger
    /// (resources/models/) instead of the rules' guess from the name's shape. On by default: it scores higher
    /// on the corpora's test splits and on the dev sets (docs/quality.md); false keeps the rules' guess.
    bool taggerTyping = true;
};

class Lexicons;
class WordClasses;
class EntityRecognizer;
class AttributionExtractor;
class ClaimExtractor;
class DateExtractor;

/// The whole extraction pipeline, one stage after the other (docs/analysis.md): text (sentences and tokens),
/// entities and coreference, attribution (statements and speakers), claims, dates. Chinese articles take the
/// Chinese entity, attribution and claims stages. One instance loads the lexicons once and may be shared by
/// threads (analyse() is const). The Chinese stages are built on the first Chinese article (once, whichever
/// thread asks first), so a run over English texts never pays for them.
class Analyzer
{
public:
    Analyzer();
    ~Analyzer();
    Analyzer(const Analyzer&) = delete;
    Analyzer& operator=(const Analyzer&) = delete;

    model::AnalysedArticle analyse(model::Article article, const AnalysisOptions& options = {}) const;

private:
    std::unique_ptr<Lexicons> m_lexicons;
    std::unique_ptr<WordClasses> m_words;
    std::unique_ptr<EntityRecognizer> m_entities;
    std::unique_ptr<AttributionExtractor> m_attribution;
    std::unique_ptr<ClaimExtractor> m_claims;
    std::unique_ptr<DateExtractor> m_dates;
    // Chinese text goes through its own entity, attribution and claims stages (docs/analysis-chinese.md)
    struct ChineseStages;
    const ChineseStages& chinese() const;
    mutable std::mutex m_chineseMutex; ///< guards m_chinese
    mutable std::unique_ptr<ChineseStages> m_chinese;
};

} // namespace sayline::analysis
