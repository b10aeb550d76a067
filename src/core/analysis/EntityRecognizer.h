// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnalysisTypes.h"

namespace sayline::analysis {

class Document;
class Lexicons;

/// Finds people, organizations, locations and misc names, links acronyms and resolves coreference
/// (surnames, pronouns, role descriptions) into one EntityRecord per referent.
class EntityRecognizer
{
public:
    explicit EntityRecognizer(const Lexicons& lexicons);
    EntityList recognise(const Document& document) const;

private:
    const Lexicons& m_lexicons;
};

} // namespace sayline::analysis
