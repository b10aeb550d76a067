// SPDX-License-Identifier: GPL-3.0-or-later
#include "Timeline.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <set>

namespace sayline::exporting {
namespace {

constexpr int kLongestDailyTimeline = 62; // days
constexpr int kLongestMonthlyTimeline = 6 * 12; // months

std::optional<std::chrono::year_month_day> parseDay(const std::string& text)
{
    int year = 0;
    unsigned month = 0;
    unsigned day = 0;
    if (text.size() != 10 || std::sscanf(text.c_str(), "%4d-%2u-%2u", &year, &month, &day) != 3)
        return std::nullopt;
    const std::chrono::year_month_day date { std::chrono::year(year), std::chrono::month(month),
                                             std::chrono::day(day) };
    if (!date.ok())
        return std::nullopt;
    return date;
}

std::string format(const std::chrono::year_month_day& date, Timeline::Unit unit)
{
    char text[16];
    const int year = static_cast<int>(date.year());
    const unsigned month = static_cast<unsigned>(date.month());
    const unsigned day = static_cast<unsigned>(date.day());
    if (unit == Timeline::Unit::Year)
        std::snprintf(text, sizeof text, "%04d", year);
    else if (unit == Timeline::Unit::Month)
        std::snprintf(text, sizeof text, "%04d-%02u", year, month);
    else
        std::snprintf(text, sizeof text, "%04d-%02u-%02u", year, month, day);
    return text;
}

std::chrono::year_month_day binStart(const std::chrono::year_month_day& date, Timeline::Unit unit)
{
    using namespace std::chrono;
    if (unit == Timeline::Unit::Year)
        return year_month_day { date.year(), January, day(1) };
    if (unit == Timeline::Unit::Month)
        return year_month_day { date.year(), date.month(), day(1) };
    return date;
}

std::chrono::year_month_day nextBin(const std::chrono::year_month_day& start, Timeline::Unit unit)
{
    using namespace std::chrono;
    if (unit == Timeline::Unit::Year)
        return start + years(1);
    if (unit == Timeline::Unit::Month)
        return start + months(1);
    return year_month_day { sys_days(start) + days(1) };
}

const char* unitName(Timeline::Unit unit)
{
    switch (unit) {
    case Timeline::Unit::Day:
        return "day";
    case Timeline::Unit::Month:
        return "month";
    case Timeline::Unit::Year:
        return "year";
    }
    return "month";
}

std::size_t claimIndex(model::ClaimType type)
{
    const auto at = std::find(kAllClaimTypes.begin(), kAllClaimTypes.end(), type);
    return static_cast<std::size_t>(at - kAllClaimTypes.begin());
}

} // namespace

const char* claimColor(model::ClaimType type)
{
    switch (type) {
    case model::ClaimType::Accusation:
        return "#c0392b";
    case model::ClaimType::Demand:
        return "#e67e22";
    case model::ClaimType::Denial:
        return "#8e44ad";
    case model::ClaimType::Prediction:
        return "#16a085";
    case model::ClaimType::Statistic:
        return "#2e86c1";
    case model::ClaimType::Assertion:
        return "#7f8c8d";
    case model::ClaimType::Other:
        return "#b3b6b7";
    }
    return "#b3b6b7";
}

int TimelineBin::total() const
{
    int sum = 0;
    for (int count : counts)
        sum += count;
    return sum;
}

int Timeline::largestBin() const
{
    int largest = 0;
    for (const TimelineBin& bin : bins)
        largest = std::max(largest, bin.total());
    return largest;
}

std::optional<Timeline> timelineOf(const std::vector<DatedClaim>& claims, const std::string& subject)
{
    using namespace std::chrono;
    std::vector<std::pair<year_month_day, model::ClaimType>> dated;
    std::set<std::string> days;
    for (const DatedClaim& claim : claims) {
        if (const auto day = parseDay(claim.day)) {
            dated.emplace_back(*day, claim.type);
            days.insert(claim.day);
        }
    }
    if (days.size() < 2)
        return std::nullopt;
    const auto [first, last] = std::minmax_element(dated.begin(), dated.end(),
                                                   [](const auto& a, const auto& b) { return a.first < b.first; });
    const year_month_day from = first->first;
    const year_month_day to = last->first;
    const int spanDays = static_cast<int>((sys_days(to) - sys_days(from)).count());
    const int spanMonths = (static_cast<int>(to.year()) - static_cast<int>(from.year())) * 12
        + static_cast<int>(static_cast<unsigned>(to.month())) - static_cast<int>(static_cast<unsigned>(from.month()));
    Timeline timeline;
    timeline.unit = spanDays <= kLongestDailyTimeline ? Timeline::Unit::Day
        : spanMonths <= kLongestMonthlyTimeline       ? Timeline::Unit::Month
                                                      : Timeline::Unit::Year;
    timeline.title = (subject.empty() ? std::string("Statements") : subject + ": claims") + " per "
        + unitName(timeline.unit) + ", by claim type";
    std::map<std::string, std::size_t> binOf;
    for (year_month_day start = binStart(from, timeline.unit); start <= to; start = nextBin(start, timeline.unit)) {
        binOf.emplace(format(start, Timeline::Unit::Day), timeline.bins.size());
        timeline.bins.push_back({ format(start, Timeline::Unit::Day), format(start, timeline.unit), {} });
    }
    for (const auto& [day, type] : dated) {
        const auto bin = binOf.find(format(binStart(day, timeline.unit), Timeline::Unit::Day));
        if (bin != binOf.end())
            ++timeline.bins[bin->second].counts[claimIndex(type)];
    }
    return timeline;
}

} // namespace sayline::exporting
