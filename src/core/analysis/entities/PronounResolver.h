// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "EntityList.h"

namespace sayline::analysis {

class Document;
class Gazetteer;

/// Adds pronoun mentions: he/him/his/she/her to the fitting person (gender from titles and given names), the
/// subject of the pronoun's sentence or of the nearest earlier sentence first; "its" and "it said" to the most
/// recent organization.
class PronounResolver
{
public:
    explicit PronounResolver(const Gazetteer& gazetteer);
    void resolve(const Document& document, EntityList& entities, const std::vector<char>& gender) const;

private:
    /// Whether the token follows a reporting cue, directly or after "that" ("said he", "said that she").
    bool afterCue(const Document& document, int token) const;

    const Gazetteer& m_gazetteer;
};

} // namespace sayline::analysis
