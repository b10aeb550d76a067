// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>

#include "Command.h"
#include "store/Records.h"

namespace sayline::service {
class SearchService;
}

namespace sayline::cli {

/// An entity named on the command line by id ("42") or by a name or alias that names exactly one entity.
/// Prints why not to context.err and returns nullopt otherwise.
std::optional<store::RowId> entityArgument(CommandContext& context, const char* command, service::SearchService& search,
                                           const std::string& text);

} // namespace sayline::cli
