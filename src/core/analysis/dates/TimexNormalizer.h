// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>

#include "CalendarMath.h"

namespace sayline::analysis {

/// Where an expression without a year points relative to the reference date.
enum class Direction
{
    Unknown, ///< no cue: the most recent one for weekdays, months, quarters and seasons
    Past, ///< past tense: the most recent one, the reference's own included
    Future, ///< future tense: the next one, the reference's own included
    Last, ///< "last March": strictly before the reference's
    Next, ///< "next March": strictly after the reference's
    This, ///< "this March": the reference's year or week
};

/// Turns resolved calendar meanings into TIMEX3 values against a reference date. Without a reference the
/// values stay underspecified ("XXXX-06-18", "XXXX-WXX-3", "XXXX").
class TimexNormalizer
{
public:
    explicit TimexNormalizer(std::optional<CivilDate> reference);

    const std::optional<CivilDate>& reference() const { return m_reference; }

    /// The reference moved by days ("yesterday" = -1).
    std::string dayOffset(int days) const;
    std::string weekday(int isoDay, Direction direction) const;
    std::string month(int month, Direction direction) const;
    /// A day of a month without a year: the occurrence closest to the reference, unless the tense points the
    /// other way by more than two weeks.
    std::string monthDay(int month, int day, Direction direction = Direction::Unknown) const;
    std::string quarter(int quarter, Direction direction) const;
    std::string half(int half, Direction direction) const;
    std::string season(const std::string& code, Direction direction) const;
    /// The reference's unit moved by offset: "last week" = shiftedUnit("W", -1). Units: Y M W D Q H (half),
    /// WE (weekend), DE (decade), CE (century).
    std::string shiftedUnit(const std::string& unit, int offset) const;

    /// A duration value: P3Y, PT30M, PXY (vague), fractions moved to the smaller unit (P18M).
    static std::string duration(double amount, const std::string& unit, bool vague);
    /// A number without trailing zeros ("1.5", "12").
    static std::string formatNumber(double value);

private:
    int relativeYear(int position, int current, Direction direction) const;

    std::optional<CivilDate> m_reference;
};

} // namespace sayline::analysis
