// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "EntityList.h"

namespace sayline::analysis {

class Document;
class Lexicons;
class Gazetteer;

/// Finds people, organizations, locations and misc names, links acronyms and resolves coreference
/// (surnames, pronouns, role descriptions) into one EntityRecord per referent.
class EntityRecognizer
{
public:
    explicit EntityRecognizer(const Lexicons& lexicons);
    ~EntityRecognizer();
    EntityRecognizer(const EntityRecognizer&) = delete;
    EntityRecognizer& operator=(const EntityRecognizer&) = delete;

    EntityList recognise(const Document& document) const;

private:
    std::unique_ptr<Gazetteer> m_gazetteer; ///< built once: every word list as hash tables
};

} // namespace sayline::analysis
