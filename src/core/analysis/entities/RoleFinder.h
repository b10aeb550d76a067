// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "Coreference.h"
#include "NameCandidate.h"

namespace sayline::analysis {

class ContextTyper;
class Document;

/// Roles and affiliations of people: "China's Foreign Ministry spokesperson Wang Wenbin" (role before the name,
/// organization before the role), "GM CEO Fritz Henderson" (a title), "Fritz Henderson, the chief executive
/// officer of General Motors" (an apposition with "of/at/for Y").
class RoleFinder
{
public:
    explicit RoleFinder(const ContextTyper& context);
    void assign(const Document& document, const std::vector<NameCandidate>& candidates, NameClusters& clusters) const;

private:
    const ContextTyper& m_context;
};

} // namespace sayline::analysis
