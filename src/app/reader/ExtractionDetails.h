// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

#include "Highlights.h"
#include "model/Analysis.h"

namespace sayline::app {

/// What the analysis extracted for a highlight, as escaped HTML for the details pane: entity type, name,
/// aliases, roles, affiliation and statements; statement speaker, cue, kind, claim type and what it is about;
/// date text, type and normalized value. Empty when the target does not exist in the article.
QString extractionDetailsHtml(const model::AnalysedArticle& analysed, const HighlightTarget& target);

/// A one- or two-line summary of the same, for tooltips over the reader.
QString extractionSummaryHtml(const model::AnalysedArticle& analysed, const HighlightTarget& target);

/// Where the item stands in the body: the statement's content, the entity's first mention, the date.
std::optional<model::Span> spanOf(const model::AnalysedArticle& analysed, const HighlightTarget& target);

/// The display name of a statement's source: the speaker entity's name, else the source as written.
QString speakerName(const model::AnalysedArticle& analysed, const model::Statement& statement);

} // namespace sayline::app
