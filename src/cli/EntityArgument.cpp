// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityArgument.h"

#include <ostream>

#include "LibraryOptions.h"
#include "service/SearchService.h"

namespace sayline::cli {

std::optional<store::RowId> entityArgument(CommandContext& context, const char* command, service::SearchService& search,
                                           const std::string& text)
{
    if (auto id = positiveNumber(text))
        return *id;
    const auto ids = search.entitiesNamed(text);
    if (!ids) {
        context.err << "sayline-cli " << command << ": " << ids.error() << '\n';
        return std::nullopt;
    }
    if (ids.value().size() == 1)
        return ids.value().front();
    if (ids.value().empty()) {
        context.err << "sayline-cli " << command << ": no entity is named '" << text << "'\n";
        return std::nullopt;
    }
    context.err << "sayline-cli " << command << ": '" << text << "' names several entities; use an id:";
    for (store::RowId id : ids.value()) {
        const auto info = search.entity(id);
        context.err << "\n  " << id << "  " << (info ? info.value().name : std::string("?"));
    }
    context.err << '\n';
    return std::nullopt;
}

} // namespace sayline::cli
