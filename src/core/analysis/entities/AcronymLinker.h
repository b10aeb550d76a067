// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "NameCandidate.h"

namespace sayline::analysis {

class Document;
class Gazetteer;

/// Links acronyms to their long forms: "National Security Agency (NSA)" or "NSA (National Security Agency)", and
/// tests whether an acronym is formed from the initials of a name ("GM" from "General Motors").
class AcronymLinker
{
public:
    explicit AcronymLinker(const Gazetteer& gazetteer);

    /// For each candidate, the index of the long form it abbreviates (explicitly, in parentheses), or -1.
    std::vector<int> link(const Document& document, const std::vector<NameCandidate>& candidates) const;

    /// Drops an unlinked acronym in parentheses that abbreviates the common words before it ("earnings before
    /// interest and taxes (EBIT)", "Maintenance, Repair and Overhaul (MRO)"), with the capitalised words of that
    /// phrase. Call before link().
    void dropCommonPhraseAcronyms(const Document& document, std::vector<NameCandidate>& candidates) const;

    /// Whether the letters of `acronym` ("U.S.", "NSA") are the initials of the words of `name`, skipping
    /// connectors ("of", "and", "the") or including them.
    bool matchesInitials(std::u16string_view acronym, std::u16string_view name) const;

    /// The initials of name's words ("NSA" for "National Security Agency"), with or without the connectors:
    /// an acronym matches when its letters equal either.
    std::u16string initials(std::u16string_view name, bool withMinorWords) const;

private:

    const Gazetteer& m_gazetteer;
};

} // namespace sayline::analysis
