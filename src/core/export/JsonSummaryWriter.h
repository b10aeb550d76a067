// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "SummaryDocument.h"

namespace sayline::exporting {

/// Renders a summary as a JSON array of analysis contract objects (analysis-json.md), each with a leading
/// "library" member when the article comes from a library:
/// {"article_id": N, "entities": {"E1": id, ...}, "statements": {"S1": id, ...}}.
class JsonSummaryWriter
{
public:
    static std::string render(const SummaryDocument& document);
};

} // namespace sayline::exporting
