// SPDX-License-Identifier: GPL-3.0-or-later
#include "Records.h"

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
