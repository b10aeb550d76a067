// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "model/Entity.h"

namespace sayline::analysis {

/// How sure the type of a name candidate is; the coreference stage lets the strongest evidence win.
enum class TypeEvidence
{
    Guess = 0, ///< a default ("two capitalised words are usually a person")
    Weak = 1, ///< a context hint ("in X", "X said")
    Strong = 2, ///< a clear cue (a title or a role before it, a number in a product name)
    Known = 3, ///< a gazetteer entry or a name head ("... Ministry", "... Inc.")
};

/// One proper-name mention found in the text, before coreference. Offsets are UTF-16 units.
struct NameCandidate
{
    int start = 0; ///< mention start, including a title written before the name ("President ...")
    int end = 0; ///< mention end, without a possessive "'s"
    int nameStart = 0; ///< start of the name proper (after the title)
    int firstToken = 0; ///< tokens of the name proper: [firstToken, endToken)
    int endToken = 0;
    int sentence = 0;
    std::u16string text; ///< the name proper, normalized
    std::u16string canonical; ///< the gazetteer's canonical name, or empty
    model::EntityType type = model::EntityType::Organization;
    TypeEvidence evidence = TypeEvidence::Guess;
    std::string titleRole; ///< role implied by the title ("president"), or empty
    char gender = 0; ///< 'm', 'f', or 0
    bool acronym = false; ///< an all-capital short name ("NSA")
    bool possessive = false;
    bool sentenceInitial = false;
};

} // namespace sayline::analysis
