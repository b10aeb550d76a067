// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "Span.h"

namespace sayline::model {

enum class EntityType
{
    Person,
    Organization,
    Location,
    Misc,
};

/// "person", "organization", "location", "misc" as in the analysis contract.
const char* toString(EntityType type);
std::optional<EntityType> entityTypeFromString(const std::string& text);

/// One real-world referent in one article, with every mention of it.
struct Entity
{
    std::string id;                   ///< "E1", "E2", ... unique within the article
    EntityType type = EntityType::Misc;
    std::string name;                 ///< the fullest proper name found in the article
    std::vector<std::string> aliases; ///< other surface forms (not pronouns)
    std::vector<std::string> roles;   ///< "spokesperson", "CEO", ...
    std::optional<std::string> affiliation; ///< id of the organization entity, if stated
    std::vector<Span> mentions;       ///< code point spans into the body, sorted
};

} // namespace sayline::model
