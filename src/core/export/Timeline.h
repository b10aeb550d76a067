// SPDX-License-Identifier: GPL-3.0-or-later
// Statements over time, binned for a small chart: per day, month or year by the length of the period.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "model/Statement.h"

namespace sayline::exporting {

inline constexpr std::array kAllClaimTypes { model::ClaimType::Accusation, model::ClaimType::Demand,
                                             model::ClaimType::Denial,     model::ClaimType::Prediction,
                                             model::ClaimType::Statistic,  model::ClaimType::Assertion,
                                             model::ClaimType::Other };

/// The colour a chart gives a claim type, as #rrggbb.
const char* claimColor(model::ClaimType type);

struct TimelineBin
{
    std::string start; ///< YYYY-MM-DD of the first day of the bin
    std::string label; ///< "2022-06-15", "2022-06" or "2022"
    std::array<int, kAllClaimTypes.size()> counts {}; ///< per claim type, in kAllClaimTypes order

    int total() const;
};

/// Consecutive bins from the first to the last dated statement, empty bins included.
struct Timeline
{
    enum class Unit
    {
        Day,
        Month,
        Year,
    };
    std::string title; ///< "Statements per month by claim type"
    Unit unit = Unit::Month;
    std::vector<TimelineBin> bins;

    int largestBin() const;
};

/// One dated statement.
struct DatedClaim
{
    std::string day; ///< YYYY-MM-DD
    model::ClaimType type = model::ClaimType::Assertion;
};

/// The timeline of claims, by day up to two months, by month up to six years, else by year; nullopt when they
/// fall on fewer than two days (no time to show). subject names whose claims they are ("" for many speakers).
std::optional<Timeline> timelineOf(const std::vector<DatedClaim>& claims, const std::string& subject);

} // namespace sayline::exporting
