// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "model/Analysis.h"

namespace sayline::exporting {

class JsonWriter;

/// The contract's article fields from "file" to "url", as members of the object being written.
void writeArticleMetadata(JsonWriter& json, const model::Article& article);
/// One element of the contract's "dates" array.
void writeDateMention(JsonWriter& json, const model::DateMention& date);

/// Where a stored article's analysis lives in the library: written as extra "library_id" fields (which the
/// contract allows) by `sayline-cli show --json`.
struct LibraryIds
{
    std::int64_t article = 0;
    std::map<std::string, std::int64_t> entities; ///< local id ("E1") → library entity
    std::map<std::string, std::int64_t> statements; ///< local id ("S1") → library statement
};

/// One line of `sayline-cli analyze` output: the analysis contract object (docs: analysis-json.md),
/// without the trailing newline; with ids, the library ids beside the local ones.
std::string toAnalysisJson(const model::AnalysedArticle& analysed, const LibraryIds* ids = nullptr);
/// The same object appended to out (one buffer for many lines, no copy).
void appendAnalysisJson(std::string& out, const model::AnalysedArticle& analysed, const LibraryIds* ids = nullptr);

} // namespace sayline::exporting
