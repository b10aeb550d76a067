// SPDX-License-Identifier: GPL-3.0-or-later
// The --json output of the library subcommands (snake_case keys, as in the analysis contract).
#pragma once

#include <string>
#include <vector>

#include "service/ImportService.h"
#include "store/Records.h"

namespace sayline::cli {

std::string statementsJson(const std::vector<store::StatementRecord>& statements);
std::string speakersJson(const std::vector<store::SpeakerSummary>& speakers);
std::string articlesJson(const std::vector<store::ArticleSummary>& articles);
/// The article as the analysis contract object (what `analyze` prints) with the library ids beside the local ones.
std::string articleJson(const store::StoredAnalysis& stored);
std::string importJson(const service::ImportReport& report);

} // namespace sayline::cli
