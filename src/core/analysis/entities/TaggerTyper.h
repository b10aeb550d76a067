// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "NameCandidate.h"

namespace sayline::analysis {

class Document;
class EntityTagger;
class Gazetteer;
class NameTokens;

/// Types the name candidates that no word list, name head, title or context cue could type: the trained
/// tagger reads each such name in its sentence and the type it scores best replaces the rules' guess (a name
/// shaped like a person's is no longer a person for that alone: "Force Ouvrière"). The tagger's lead over the
/// next-best type decides how much the type weighs in coreference's vote.
class TaggerTyper
{
public:
    TaggerTyper(const EntityTagger& tagger, const Gazetteer& gazetteer);
    void apply(const Document& document, std::vector<NameCandidate>& candidates) const;
    /// The same over the document's NameTokens, shared with the name finder (EntityRecognizer).
    void apply(const NameTokens& tokens, std::vector<NameCandidate>& candidates) const;

private:
    void apply(const Document& document, std::vector<NameCandidate>& candidates, const NameTokens* tokens) const;

    const EntityTagger& m_tagger;
    const Gazetteer& m_gazetteer;
};

} // namespace sayline::analysis
