// SPDX-License-Identifier: GPL-3.0-or-later
// What the claims stage adds to a statement of the attribution stage.
#pragma once

#include <vector>

#include "model/Statement.h"

namespace sayline::analysis {

struct ClaimRecord
{
    model::ClaimType type = model::ClaimType::Assertion;
    std::vector<int> about; ///< indices into EntityList::records: most mentioned first, then first seen
};

} // namespace sayline::analysis
