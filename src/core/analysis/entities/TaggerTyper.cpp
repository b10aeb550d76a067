// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaggerTyper.h"

#include <unordered_set>

#include "EntityTagger.h"
#include "Gazetteer.h"
#include "NameTokens.h"
#include "analysis/text/Document.h"

namespace sayline::analysis {
namespace {

/// A lead (model units: 16 per unit of averaged perceptron weight) from which the tagger's type counts as a
/// context hint rather than a guess in coreference's vote.
constexpr int kWeakMargin = 48;

} // namespace

TaggerTyper::TaggerTyper(const EntityTagger& tagger, const Gazetteer& gazetteer)
    : m_tagger(tagger)
    , m_gazetteer(gazetteer)
{
}

void TaggerTyper::apply(const Document& document, std::vector<NameCandidate>& candidates) const
{
    apply(document, candidates, nullptr);
}

void TaggerTyper::apply(const NameTokens& tokens, std::vector<NameCandidate>& candidates) const
{
    apply(tokens.document(), candidates, &tokens);
}

void TaggerTyper::apply(const Document& document, std::vector<NameCandidate>& candidates,
                        const NameTokens* tokens) const
{
    std::vector<TokenSpan> spans;
    std::vector<NameCandidate*> guessed;
    for (NameCandidate& candidate : candidates) {
        if (candidate.evidence != TypeEvidence::Guess || candidate.endToken <= candidate.firstToken)
            continue;
        if (candidate.acronym)
            continue; // the rules' organization: the tagger mistypes short all-capital names (measured on both)
        spans.push_back({ candidate.sentence, candidate.firstToken, candidate.endToken });
        guessed.push_back(&candidate);
    }
    const std::vector<SpanType> types = tokens ? m_tagger.typeSpans(*tokens, spans) : m_tagger.typeSpans(document, spans);
    // The last words of the text's names of two words or more: a lone word among them may be a person's
    // surname ("Barra" after "Mary Barra").
    std::unordered_set<std::u16string_view> lastWords;
    for (const NameCandidate& candidate : candidates) {
        if (candidate.endToken - candidate.firstToken >= 2)
            lastWords.insert(document.tokenText(candidate.endToken - 1));
    }
    for (std::size_t i = 0; i < guessed.size(); ++i) {
        guessed[i]->type = types[i].type;
        guessed[i]->evidence = types[i].margin >= kWeakMargin ? TypeEvidence::Weak : TypeEvidence::Guess;
        // News introduces a person with a full name first: one unknown word the text never ends a longer name
        // with, and no list knows as a given name or surname, is an organization's name ("Sandoz", "Medef").
        const NameCandidate& candidate = *guessed[i];
        if (candidate.type == model::EntityType::Person && candidate.endToken - candidate.firstToken == 1) {
            const std::u16string_view word = document.tokenText(candidate.firstToken);
            if (!lastWords.contains(word) && !m_gazetteer.isGivenName(word) && !m_gazetteer.isSurname(word))
                guessed[i]->type = model::EntityType::Organization;
        }
    }
}

} // namespace sayline::analysis
