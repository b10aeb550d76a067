// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace sayline::analysis {

/// A proleptic Gregorian calendar date.
struct CivilDate
{
    int year = 0;
    int month = 0;
    int day = 0;

    auto operator<=>(const CivilDate&) const = default;
};

/// An ISO 8601 week: the week-numbering year and the week (1..53).
struct IsoWeek
{
    int year = 0;
    int week = 0;
};

/// Calendar arithmetic on std::chrono for the TIMEX3 normaliser.
namespace calendar {

bool isValid(int year, int month, int day);
int daysInMonth(int year, int month);
CivilDate addDays(CivilDate date, int days);
/// Moves by whole months, clamping the day to the end of the target month.
CivilDate addMonths(CivilDate date, int months);
/// Days from a to b (negative when b is before a).
int daysBetween(CivilDate a, CivilDate b);
/// ISO weekday: 1 = Monday .. 7 = Sunday.
int isoWeekday(CivilDate date);
IsoWeek isoWeek(CivilDate date);
/// Quarter 1..4 of a month 1..12.
inline int quarterOf(int month)
{
    return (month - 1) / 3 + 1;
}

/// Parses the "YYYY-MM-DD" prefix of an ISO date or date-time; nullopt when it is not a valid date.
std::optional<CivilDate> parseIsoDate(std::string_view text);

std::string formatYear(int year); ///< "2022"
std::string formatMonth(int year, int month); ///< "2022-06"
std::string formatDate(CivilDate date); ///< "2022-06-15"
std::string formatWeek(IsoWeek week); ///< "2022-W24"
std::string twoDigits(int value); ///< "06"

} // namespace calendar
} // namespace sayline::analysis
