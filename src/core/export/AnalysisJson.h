// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "model/Analysis.h"

namespace sayline::exporting {

class JsonWriter;

/// The contract's article fields from "file" to "url", as members of the object being written.
void writeArticleMetadata(JsonWriter& json, const model::Article& article);
/// One element of the contract's "dates" array.
void writeDateMention(JsonWriter& json, const model::DateMention& date);

/// One line of `sayline-cli analyze` output: the analysis contract object (docs: analysis-json.md),
/// without the trailing newline.
std::string toAnalysisJson(const model::AnalysedArticle& analysed);

} // namespace sayline::exporting
