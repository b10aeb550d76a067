// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "EntityList.h"

namespace sayline::analysis {

class Document;
class Lexicons;
class EntityTagger;
class Gazetteer;

/// Who types a name that no word list, name head, title or context cue types: the rules (a guess from the
/// name's shape) or the trained entity tagger (TaggerTyper).
enum class NameTyping
{
    Rules,
    Tagger,
};

/// Finds people, organizations, locations and misc names, links acronyms and resolves coreference
/// (surnames, pronouns, role descriptions) into one EntityRecord per referent.
class EntityRecognizer
{
public:
    explicit EntityRecognizer(const Lexicons& lexicons);
    ~EntityRecognizer();
    EntityRecognizer(const EntityRecognizer&) = delete;
    EntityRecognizer& operator=(const EntityRecognizer&) = delete;

    EntityList recognise(const Document& document, NameTyping typing = NameTyping::Tagger) const;

private:
    std::unique_ptr<Gazetteer> m_gazetteer; ///< built once: every word list as hash tables
    std::unique_ptr<EntityTagger> m_tagger; ///< the trained model (resources/models/), loaded once
};

} // namespace sayline::analysis
