// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimexNormalizer.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace sayline::analysis {
namespace {

int seasonIndex(const std::string& code)
{
    if (code == "SP")
        return 1;
    if (code == "SU")
        return 2;
    if (code == "FA")
        return 3;
    return 4;
}

int currentSeason(int month)
{
    if (month >= 3 && month <= 5)
        return 1;
    if (month >= 6 && month <= 8)
        return 2;
    if (month >= 9 && month <= 11)
        return 3;
    return month == 12 ? 4 : 0; // January and February come before spring of the same year
}

bool isClockUnit(const std::string& unit)
{
    return unit == "H" || unit == "MIN" || unit == "S";
}

} // namespace

TimexNormalizer::TimexNormalizer(std::optional<CivilDate> reference)
    : m_reference(reference)
{
}

int TimexNormalizer::relativeYear(int position, int current, Direction direction) const
{
    const int year = m_reference->year;
    switch (direction) {
    case Direction::This:
        return year;
    case Direction::Last:
        return position < current ? year : year - 1;
    case Direction::Next:
        return position > current ? year : year + 1;
    case Direction::Future:
        return position >= current ? year : year + 1;
    case Direction::Past:
    case Direction::Unknown:
        break;
    }
    return position <= current ? year : year - 1;
}

std::string TimexNormalizer::dayOffset(int days) const
{
    if (!m_reference)
        return "XXXX-XX-XX";
    return calendar::formatDate(calendar::addDays(*m_reference, days));
}

std::string TimexNormalizer::weekday(int isoDay, Direction direction) const
{
    if (!m_reference)
        return "XXXX-WXX-" + std::to_string(isoDay);
    const int today = calendar::isoWeekday(*m_reference);
    int delta = 0;
    switch (direction) {
    case Direction::This:
        delta = isoDay - today;
        break;
    case Direction::Last:
        delta = -((today - isoDay + 6) % 7 + 1);
        break;
    case Direction::Next:
        delta = (isoDay - today + 6) % 7 + 1;
        break;
    case Direction::Future:
        delta = (isoDay - today + 7) % 7;
        break;
    case Direction::Past:
    case Direction::Unknown:
        delta = -((today - isoDay + 7) % 7);
        break;
    }
    return calendar::formatDate(calendar::addDays(*m_reference, delta));
}

std::string TimexNormalizer::month(int month, Direction direction) const
{
    if (!m_reference)
        return "XXXX-" + calendar::twoDigits(month);
    return calendar::formatMonth(relativeYear(month, m_reference->month, direction), month);
}

std::string TimexNormalizer::monthDay(int month, int day, Direction direction) const
{
    if (!m_reference)
        return "XXXX-" + calendar::twoDigits(month) + "-" + calendar::twoDigits(day);
    constexpr int tolerance = 14; // a past-tense "June 18" a few days ahead is a reference slip, not last year
    std::optional<CivilDate> best;
    int bestDistance = 0;
    for (int year = m_reference->year - 1; year <= m_reference->year + 1; ++year) {
        if (!calendar::isValid(year, month, day))
            continue;
        const CivilDate candidate { year, month, day };
        const int signedDistance = calendar::daysBetween(*m_reference, candidate);
        if ((direction == Direction::Past && signedDistance > tolerance)
            || (direction == Direction::Future && signedDistance < -tolerance))
            continue;
        const int distance = std::abs(signedDistance);
        if (!best || distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    if (!best) // 29 February of no nearby leap year
        return calendar::formatYear(m_reference->year) + "-" + calendar::twoDigits(month) + "-"
            + calendar::twoDigits(day);
    return calendar::formatDate(*best);
}

std::string TimexNormalizer::quarter(int quarter, Direction direction) const
{
    if (!m_reference)
        return "XXXX-Q" + std::to_string(quarter);
    const int year = relativeYear(quarter, calendar::quarterOf(m_reference->month), direction);
    return calendar::formatYear(year) + "-Q" + std::to_string(quarter);
}

std::string TimexNormalizer::half(int half, Direction direction) const
{
    if (!m_reference)
        return "XXXX-H" + std::to_string(half);
    const int year = relativeYear(half, m_reference->month <= 6 ? 1 : 2, direction);
    return calendar::formatYear(year) + "-H" + std::to_string(half);
}

std::string TimexNormalizer::season(const std::string& code, Direction direction) const
{
    if (!m_reference)
        return "XXXX-" + code;
    const int year = code == "WI" ? m_reference->year
                                  : relativeYear(seasonIndex(code), currentSeason(m_reference->month), direction);
    return calendar::formatYear(year) + "-" + code;
}

std::string TimexNormalizer::shiftedUnit(const std::string& unit, int offset) const
{
    if (!m_reference) {
        if (unit == "Y")
            return "XXXX";
        if (unit == "M")
            return "XXXX-XX";
        if (unit == "W")
            return "XXXX-WXX";
        if (unit == "WE")
            return "XXXX-WXX-WE";
        if (unit == "Q")
            return "XXXX-QX";
        if (unit == "H")
            return "XXXX-HX";
        if (unit == "DE")
            return "XXX";
        if (unit == "CE")
            return "XX";
        return "XXXX-XX-XX";
    }
    const CivilDate ref = *m_reference;
    if (unit == "Y")
        return calendar::formatYear(ref.year + offset);
    if (unit == "M") {
        const CivilDate moved = calendar::addMonths(CivilDate { ref.year, ref.month, 1 }, offset);
        return calendar::formatMonth(moved.year, moved.month);
    }
    if (unit == "W")
        return calendar::formatWeek(calendar::isoWeek(calendar::addDays(ref, 7 * offset)));
    if (unit == "WE")
        return calendar::formatWeek(calendar::isoWeek(calendar::addDays(ref, 7 * offset))) + "-WE";
    if (unit == "Q") {
        const int index = ref.year * 4 + calendar::quarterOf(ref.month) - 1 + offset;
        return calendar::formatYear(index / 4) + "-Q" + std::to_string(index % 4 + 1);
    }
    if (unit == "H") {
        const int index = ref.year * 2 + (ref.month <= 6 ? 0 : 1) + offset;
        return calendar::formatYear(index / 2) + "-H" + std::to_string(index % 2 + 1);
    }
    if (unit == "DE")
        return calendar::formatYear(ref.year / 10 + offset).substr(1);
    if (unit == "CE")
        return calendar::formatYear(ref.year / 100 + offset).substr(2);
    return calendar::formatDate(calendar::addDays(ref, offset));
}

std::string TimexNormalizer::formatNumber(double value)
{
    if (std::fabs(value - std::round(value)) < 1e-9)
        return std::to_string(static_cast<long long>(std::llround(value)));
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3f", value);
    std::string out(buffer);
    while (!out.empty() && out.back() == '0')
        out.pop_back();
    if (!out.empty() && out.back() == '.')
        out.pop_back();
    return out;
}

std::string TimexNormalizer::duration(double amount, const std::string& unit, bool vague)
{
    std::string code = unit;
    if (!vague && std::fabs(amount - std::round(amount)) > 1e-9) {
        // Fractions move to the next smaller unit: 1.5 years = 18 months.
        struct Step
        {
            const char* from;
            const char* to;
            double factor;
        };
        static const Step steps[] = { { "Y", "M", 12 }, { "Q", "M", 3 },    { "W", "D", 7 },
                                      { "D", "H", 24 }, { "H", "MIN", 60 }, { "MIN", "S", 60 } };
        for (const Step& step : steps) {
            if (code == step.from) {
                code = step.to;
                amount *= step.factor;
                break;
            }
        }
    }
    const bool clock = isClockUnit(code);
    const std::string letter = code == "MIN" ? "M" : code;
    return std::string(clock ? "PT" : "P") + (vague ? std::string("X") : formatNumber(amount)) + letter;
}

} // namespace sayline::analysis
