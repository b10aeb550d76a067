// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntityList.h"

namespace sayline::analysis {

class Document;
class Gazetteer;

/// Adds nominal mentions (and aliases) where the text makes the referent clear: "the spokesperson" for the person
/// with that role, "the company" for the most recent organization, "the ministry" for the organization whose name
/// has that word, and an unnamed speaker in the lead ("a senior Chinese official said") for the person with a
/// role who speaks in the next sentences.
class NominalResolver
{
public:
    explicit NominalResolver(const Gazetteer& gazetteer);
    void resolve(const Document& document, EntityList& entities) const;

private:
    const Gazetteer& m_gazetteer;
};

} // namespace sayline::analysis
