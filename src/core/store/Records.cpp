// SPDX-License-Identifier: GPL-3.0-or-later
#include "Records.h"

#include <algorithm>
#include <cstdio>

namespace sayline::store {
namespace {

int monthIndex(const std::string& month)
{
    return std::stoi(month.substr(0, 4)) * 12 + std::stoi(month.substr(5, 2)) - 1;
}

std::string monthName(int index)
{
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d", index / 12, index % 12 + 1);
    return text;
}

} // namespace

void Timeline::fill(const std::vector<std::pair<std::string, int>>& months)
{
    buckets.clear();
    if (months.empty())
        return;
    const int first = monthIndex(months.front().first);
    const int last = monthIndex(months.back().first);
    period = last - first + 1 > kMostMonths ? Period::Year : Period::Month;
    const int step = period == Period::Year ? 12 : 1;
    const int start = period == Period::Year ? first / 12 * 12 : first;
    for (int index = start; index <= last; index += step) {
        const std::string name = monthName(index);
        buckets.emplace_back(period == Period::Year ? name.substr(0, 4) : name, 0);
    }
    for (const auto& [month, count] : months)
        buckets[static_cast<std::size_t>((monthIndex(month) - start) / step)].second += count;
}

namespace {

/// "E12" → 12, for numbering an added entity after the analysis's own.
int localNumber(const std::string& id)
{
    int number = 0;
    for (std::size_t i = 1; i < id.size() && id[i] >= '0' && id[i] <= '9'; ++i)
        number = number * 10 + (id[i] - '0');
    return number;
}

} // namespace

std::string StoredAnalysis::addEntity(RowId entityRow, const std::optional<EntityInfo>& info)
{
    int highest = 0;
    for (const model::Entity& entity : analysis.entities)
        highest = std::max(highest, localNumber(entity.id));
    model::Entity entity;
    entity.id = "E" + std::to_string(highest + 1);
    if (info) {
        entity.type = info->type;
        entity.name = info->name;
        entity.aliases = info->aliases;
        entity.roles = info->roles;
    }
    entityRows.emplace(entity.id, entityRow);
    analysis.entities.push_back(entity);
    return entity.id;
}

std::optional<std::string> StoredAnalysis::localEntityId(RowId entity) const
{
    for (const auto& [local, row] : entityRows) {
        if (row == entity)
            return local;
    }
    return std::nullopt;
}

std::optional<std::string> StoredAnalysis::localStatementId(RowId statement) const
{
    for (const auto& [local, row] : statementRows) {
        if (row == statement)
            return local;
    }
    return std::nullopt;
}

} // namespace sayline::store
