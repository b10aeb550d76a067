// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarMath.h"

#include <chrono>

namespace sayline::analysis::calendar {
namespace {

std::chrono::sys_days toDays(CivilDate date)
{
    return std::chrono::sys_days(std::chrono::year(date.year) / std::chrono::month(static_cast<unsigned>(date.month))
                                 / std::chrono::day(static_cast<unsigned>(date.day)));
}

CivilDate fromDays(std::chrono::sys_days days)
{
    const std::chrono::year_month_day ymd(days);
    return { static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
             static_cast<int>(static_cast<unsigned>(ymd.day())) };
}

int digitValue(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : -1;
}

} // namespace

bool isValid(int year, int month, int day)
{
    return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

int daysInMonth(int year, int month)
{
    const std::chrono::year_month_day_last last(
        std::chrono::year(year), std::chrono::month_day_last(std::chrono::month(static_cast<unsigned>(month))));
    return static_cast<int>(static_cast<unsigned>(last.day()));
}

CivilDate addDays(CivilDate date, int days)
{
    return fromDays(toDays(date) + std::chrono::days(days));
}

CivilDate addMonths(CivilDate date, int months)
{
    const int index = date.year * 12 + (date.month - 1) + months;
    CivilDate out { index / 12, index % 12 + 1, date.day };
    if (out.day > daysInMonth(out.year, out.month))
        out.day = daysInMonth(out.year, out.month);
    return out;
}

int daysBetween(CivilDate a, CivilDate b)
{
    return static_cast<int>((toDays(b) - toDays(a)).count());
}

int isoWeekday(CivilDate date)
{
    return static_cast<int>(std::chrono::weekday(toDays(date)).iso_encoding());
}

IsoWeek isoWeek(CivilDate date)
{
    // The week belongs to the year that holds its Thursday; week 1 holds the year's first Thursday.
    const CivilDate thursday = addDays(date, 4 - isoWeekday(date));
    const int dayOfYear = daysBetween(CivilDate { thursday.year, 1, 1 }, thursday);
    return { thursday.year, dayOfYear / 7 + 1 };
}

std::optional<CivilDate> parseIsoDate(std::string_view text)
{
    if (text.size() < 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    int fields[3] = { 0, 0, 0 };
    const int starts[3] = { 0, 5, 8 };
    const int lengths[3] = { 4, 2, 2 };
    for (int f = 0; f < 3; ++f) {
        for (int i = 0; i < lengths[f]; ++i) {
            const int digit = digitValue(text[static_cast<std::size_t>(starts[f] + i)]);
            if (digit < 0)
                return std::nullopt;
            fields[f] = fields[f] * 10 + digit;
        }
    }
    if (!isValid(fields[0], fields[1], fields[2]))
        return std::nullopt;
    return CivilDate { fields[0], fields[1], fields[2] };
}

std::string twoDigits(int value)
{
    std::string out(2, '0');
    out[0] = static_cast<char>('0' + (value / 10) % 10);
    out[1] = static_cast<char>('0' + value % 10);
    return out;
}

std::string formatYear(int year)
{
    std::string out(4, '0');
    for (int i = 3; i >= 0; --i, year /= 10)
        out[static_cast<std::size_t>(i)] = static_cast<char>('0' + year % 10);
    return out;
}

std::string formatMonth(int year, int month)
{
    return formatYear(year) + "-" + twoDigits(month);
}

std::string formatDate(CivilDate date)
{
    return formatMonth(date.year, date.month) + "-" + twoDigits(date.day);
}

std::string formatWeek(IsoWeek week)
{
    return formatYear(week.year) + "-W" + twoDigits(week.week);
}

} // namespace sayline::analysis::calendar
