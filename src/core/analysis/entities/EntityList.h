// SPDX-License-Identifier: GPL-3.0-or-later
// What the entity stage hands the later stages. Offsets are UTF-16 units into Document::text(); the
// Analyzer converts everything to the model (code points, ids) at the end.
#pragma once

#include <string>
#include <vector>

#include "model/Entity.h"

namespace sayline::analysis {

enum class MentionKind
{
    Name,    ///< a proper name or a part of it ("Wang Wenbin", "Wang")
    Acronym, ///< "NSA" for "National Security Agency"
    Nominal, ///< a description standing for the entity ("a senior Chinese official", "the company")
    Pronoun, ///< "he", "she", "they", "it"
};

struct MentionRecord
{
    int start = 0;
    int end = 0;
    MentionKind kind = MentionKind::Name;
    /// Where the name proper starts, after a title the mention includes ("Barack Obama" in "U.S. President Barack
    /// Obama"); -1 when it starts with the mention.
    int nameStart = -1;
};

/// One referent in the article with all its mentions (after coreference).
struct EntityRecord
{
    model::EntityType type = model::EntityType::Misc;
    std::string name;                 ///< the fullest proper name
    std::vector<std::string> aliases; ///< other non-pronoun surface forms
    std::vector<std::string> roles;
    int affiliation = -1;             ///< index into the entity list, or -1
    std::vector<MentionRecord> mentions;
};

/// The entities of one document, with lookups the later stages need.
struct EntityList
{
    std::vector<EntityRecord> records;

    /// The entity with a mention that best covers [start, end) (the longest overlap), or -1.
    int entityAt(int start, int end) const;
};

} // namespace sayline::analysis
