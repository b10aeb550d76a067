// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "model/Analysis.h"

namespace sayline::exporting {

/// One line of `sayline-cli analyze` output: the analysis contract object (docs: analysis-json.md),
/// without the trailing newline.
std::string toAnalysisJson(const model::AnalysedArticle& analysed);

} // namespace sayline::exporting
