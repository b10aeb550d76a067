// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityRecognizer.h"

#include "Document.h"
#include "Lexicons.h"

namespace sayline::analysis {

EntityRecognizer::EntityRecognizer(const Lexicons& lexicons)
    : m_lexicons(lexicons)
{
}

EntityList EntityRecognizer::recognise(const Document& document) const
{
    (void)document;
    return {}; // PLACEHOLDER: implemented in the analysis issue
}

} // namespace sayline::analysis
