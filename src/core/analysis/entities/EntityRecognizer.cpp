// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityRecognizer.h"

#include "AcronymLinker.h"
#include "ContextTyper.h"
#include "Coreference.h"
#include "EntityTagger.h"
#include "Gazetteer.h"
#include "NameFinder.h"
#include "NameTokens.h"
#include "NominalResolver.h"
#include "PronounResolver.h"
#include "RoleFinder.h"
#include "TaggerTyper.h"
#include "analysis/lexicon/Lexicons.h"
#include "analysis/text/Document.h"

namespace sayline::analysis {

EntityRecognizer::EntityRecognizer(const Lexicons& lexicons)
    : m_gazetteer(std::make_unique<Gazetteer>(lexicons))
    , m_tagger(std::make_unique<EntityTagger>(*m_gazetteer))
{
}

EntityRecognizer::~EntityRecognizer() = default;

EntityList EntityRecognizer::recognise(const Document& document, NameTyping typing) const
{
    const Gazetteer& gazetteer = *m_gazetteer;
    NameTokens tokens(document, gazetteer); // one per document, for the name finder and the tagger's features
    std::vector<NameCandidate> candidates = NameFinder(gazetteer).find(tokens);
    const ContextTyper context(gazetteer);
    context.apply(document, candidates);
    if (typing == NameTyping::Tagger)
        TaggerTyper(*m_tagger, gazetteer).apply(tokens, candidates);
    const AcronymLinker acronyms(gazetteer);
    acronyms.dropCommonPhraseAcronyms(document, candidates);
    const std::vector<int> links = acronyms.link(document, candidates);
    NameClusters clusters = Coreference(gazetteer).cluster(candidates, links);
    RoleFinder(context).assign(document, candidates, clusters);
    NominalResolver(gazetteer).resolve(document, clusters.entities);
    PronounResolver(gazetteer).resolve(document, clusters.entities, clusters.gender);
    return std::move(clusters.entities);
}

} // namespace sayline::analysis
