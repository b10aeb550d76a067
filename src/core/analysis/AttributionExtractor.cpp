// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttributionExtractor.h"

#include "Document.h"
#include "Lexicons.h"

namespace sayline::analysis {

AttributionExtractor::AttributionExtractor(const Lexicons& lexicons)
    : m_lexicons(lexicons)
{
}

std::vector<StatementRecord> AttributionExtractor::extract(const Document& document, EntityList& entities) const
{
    (void)document;
    (void)entities;
    return {}; // PLACEHOLDER: implemented in the analysis issue
}

} // namespace sayline::analysis
