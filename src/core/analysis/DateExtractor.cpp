// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateExtractor.h"

#include "Document.h"
#include "Lexicons.h"

namespace sayline::analysis {

DateExtractor::DateExtractor(const Lexicons& lexicons)
    : m_lexicons(lexicons)
{
}

std::vector<DateRecord> DateExtractor::extract(const Document& document,
                                               const std::optional<std::string>& referenceDate) const
{
    (void)document;
    (void)referenceDate;
    return {}; // PLACEHOLDER: implemented in the analysis issue
}

} // namespace sayline::analysis
