// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaggerTyper.h"

#include "EntityTagger.h"

namespace sayline::analysis {
namespace {

/// A lead (model units: 16 per unit of averaged perceptron weight) from which the tagger's type counts as a
/// context hint rather than a guess in coreference's vote.
constexpr int kWeakMargin = 48;

} // namespace

TaggerTyper::TaggerTyper(const EntityTagger& tagger)
    : m_tagger(tagger)
{
}

void TaggerTyper::apply(const Document& document, std::vector<NameCandidate>& candidates) const
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
    const std::vector<SpanType> types = m_tagger.typeSpans(document, spans);
    for (std::size_t i = 0; i < guessed.size(); ++i) {
        guessed[i]->type = types[i].type;
        guessed[i]->evidence = types[i].margin >= kWeakMargin ? TypeEvidence::Weak : TypeEvidence::Guess;
    }
}

} // namespace sayline::analysis
