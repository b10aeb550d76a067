// SPDX-License-Identifier: GPL-3.0-or-later
#include "HouseConventions.h"

#include "analysis/entities/Gazetteer.h"

namespace sayline::training {
namespace {

using analysis::NameTag;

bool isDemonym(const std::string& word, const analysis::Gazetteer& gazetteer)
{
    const std::u16string text = analysis::toUtf16(word);
    if (gazetteer.demonymCountry(text))
        return true;
    return text.size() > 3 && text.back() == u's' && gazetteer.demonymCountry(text.substr(0, text.size() - 1));
}

} // namespace

ConventionChanges applyHouseConventions(ConllDocument& document, const analysis::Gazetteer& gazetteer)
{
    ConventionChanges changes;
    for (ConllSentence& sentence : document.sentences) {
        for (std::size_t i = 0; i < sentence.size(); ++i) {
            if (!analysis::isBegin(sentence[i].tag))
                continue;
            const model::EntityType type = analysis::tagType(sentence[i].tag);
            std::size_t end = i + 1;
            while (end < sentence.size() && sentence[end].tag == analysis::insideTag(type))
                ++end;
            if (end - i > 1 && (sentence[i].text == "The" || sentence[i].text == "the")) {
                sentence[i].tag = NameTag::Outside;
                sentence[i + 1].tag = analysis::beginTag(type);
                ++changes.leadingThe;
            } else if (end - i == 1 && type == model::EntityType::Misc && isDemonym(sentence[i].text, gazetteer)) {
                sentence[i].tag = NameTag::Outside;
                ++changes.demonyms;
            }
        }
    }
    return changes;
}

} // namespace sayline::training
