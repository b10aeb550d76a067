// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChineseEntityRecognizer.h"

#include "ChineseEntityBuilder.h"
#include "ChineseGazetteer.h"
#include "ChineseLatinNameFinder.h"
#include "ChineseMentionResolver.h"
#include "ChineseNameFinder.h"
#include "ChineseOrganizationFinder.h"
#include "ChinesePlaceFinder.h"
#include "analysis/text/zh/ChineseText.h"

namespace sayline::analysis::zh {

ChineseEntityRecognizer::ChineseEntityRecognizer(const Lexicons& lexicons)
    : m_gazetteer(std::make_unique<ChineseGazetteer>(lexicons))
{
}

ChineseEntityRecognizer::~ChineseEntityRecognizer() = default;

EntityList ChineseEntityRecognizer::recognise(const ChineseText& text) const
{
    const ChineseGazetteer& gazetteer = *m_gazetteer;
    const ChineseNameFinder names(text, gazetteer);

    // Names by form and lexicon, the longest winning where they overlap.
    ChineseMentions candidates = names.find();
    for (ChineseMention& mention : ChineseOrganizationFinder(text, gazetteer).find())
        candidates.push_back(std::move(mention));
    for (ChineseMention& mention : ChinesePlaceFinder(text, gazetteer, names).find())
        candidates.push_back(std::move(mention));
    ChineseMentions accepted;
    ChineseMentionResolver::accept(std::move(candidates), accepted);

    // Latin forms in brackets take the type and entity of the name before them.
    ChineseMentionResolver::accept(ChineseLatinNameFinder(text, gazetteer, names).find(accepted), accepted);

    // Other occurrences of the names found: last names, short forms, abbreviations.
    const ChineseMentionResolver resolver(text, gazetteer);
    ChineseMentionResolver::accept(resolver.propagate(accepted), accepted);

    return ChineseEntityBuilder(text, gazetteer).build(accepted);
}

} // namespace sayline::analysis::zh
