// SPDX-License-Identifier: GPL-3.0-or-later
// The BIO tags of the entity tagger: a token begins a name of a type, continues one, or is outside.
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include "model/Entity.h"

namespace sayline::analysis {

enum class NameTag : unsigned char
{
    Outside = 0,
    BeginPerson,
    InsidePerson,
    BeginOrganization,
    InsideOrganization,
    BeginLocation,
    InsideLocation,
    BeginMisc,
    InsideMisc,
};

inline constexpr int kNameTagCount = 9;
/// The entity types the tagger knows, in the order of their tags.
inline constexpr std::array<model::EntityType, 4> kTaggedTypes
    = { model::EntityType::Person, model::EntityType::Organization, model::EntityType::Location,
        model::EntityType::Misc };

constexpr int tagIndex(NameTag tag)
{
    return static_cast<int>(tag);
}
constexpr NameTag tagAt(int index)
{
    return static_cast<NameTag>(index);
}

constexpr int typeIndex(model::EntityType type)
{
    for (int i = 0; i < static_cast<int>(kTaggedTypes.size()); ++i) {
        if (kTaggedTypes[static_cast<std::size_t>(i)] == type)
            return i;
    }
    return -1;
}

constexpr NameTag beginTag(model::EntityType type)
{
    return tagAt(1 + 2 * typeIndex(type));
}
constexpr NameTag insideTag(model::EntityType type)
{
    return tagAt(2 + 2 * typeIndex(type));
}
constexpr bool isBegin(NameTag tag)
{
    return tag != NameTag::Outside && tagIndex(tag) % 2 == 1;
}
constexpr bool isInside(NameTag tag)
{
    return tag != NameTag::Outside && tagIndex(tag) % 2 == 0;
}
/// The type of a B- or I- tag (Misc for Outside: ask isBegin/isInside first).
constexpr model::EntityType tagType(NameTag tag)
{
    return tag == NameTag::Outside ? model::EntityType::Misc
                                   : kTaggedTypes[static_cast<std::size_t>((tagIndex(tag) - 1) / 2)];
}

/// BIO well-formedness: I-X follows only B-X or I-X (previous is nullopt at a sentence start).
constexpr bool mayFollow(std::optional<NameTag> previous, NameTag tag)
{
    if (!isInside(tag))
        return true;
    return previous && *previous != NameTag::Outside && tagType(*previous) == tagType(tag);
}

/// "O", "B-PER", "I-ORG", ... as in CoNLL files.
std::string_view tagName(NameTag tag);
/// The tag a CoNLL label names, or nullopt for an unknown label.
std::optional<NameTag> tagFromName(std::string_view name);

} // namespace sayline::analysis
