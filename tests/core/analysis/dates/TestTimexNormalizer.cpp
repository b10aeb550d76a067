// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "analysis/dates/CalendarMath.h"
#include "analysis/dates/TimexNormalizer.h"

using namespace sayline::analysis;

TEST(CalendarMath, isoWeeksFollowTheThursdayRule)
{
    EXPECT_EQ(calendar::formatWeek(calendar::isoWeek({ 2022, 6, 15 })), "2022-W24");
    EXPECT_EQ(calendar::formatWeek(calendar::isoWeek({ 2008, 12, 29 })), "2009-W01");
    EXPECT_EQ(calendar::formatWeek(calendar::isoWeek({ 2010, 1, 3 })), "2009-W53");
    EXPECT_EQ(calendar::formatWeek(calendar::isoWeek({ 2021, 1, 1 })), "2020-W53");
    EXPECT_EQ(calendar::formatWeek(calendar::isoWeek({ 2008, 8, 28 })), "2008-W35");
}

TEST(CalendarMath, monthArithmeticClampsTheDay)
{
    EXPECT_EQ(calendar::addMonths({ 2022, 1, 31 }, 1), (CivilDate { 2022, 2, 28 }));
    EXPECT_EQ(calendar::addMonths({ 2022, 1, 15 }, -1), (CivilDate { 2021, 12, 15 }));
    EXPECT_EQ(calendar::addDays({ 2024, 2, 28 }, 1), (CivilDate { 2024, 2, 29 }));
    EXPECT_EQ(calendar::isoWeekday({ 2022, 6, 15 }), 3);
}

TEST(CalendarMath, parsesTheDatePartOfIsoDateTimes)
{
    EXPECT_EQ(calendar::parseIsoDate("2022-06-15T18:04"), (CivilDate { 2022, 6, 15 }));
    EXPECT_EQ(calendar::parseIsoDate("2022-06-15"), (CivilDate { 2022, 6, 15 }));
    EXPECT_FALSE(calendar::parseIsoDate("2022-13-01"));
    EXPECT_FALSE(calendar::parseIsoDate("15/06/2022"));
}

TEST(TimexNormalizer, resolvesWeekdaysByDirection)
{
    const TimexNormalizer normalizer(CivilDate { 2022, 6, 15 }); // a Wednesday
    EXPECT_EQ(normalizer.weekday(3, Direction::Unknown), "2022-06-15");
    EXPECT_EQ(normalizer.weekday(1, Direction::Past), "2022-06-13");
    EXPECT_EQ(normalizer.weekday(5, Direction::Past), "2022-06-10");
    EXPECT_EQ(normalizer.weekday(5, Direction::Future), "2022-06-17");
    EXPECT_EQ(normalizer.weekday(3, Direction::Last), "2022-06-08");
    EXPECT_EQ(normalizer.weekday(3, Direction::Next), "2022-06-22");
    EXPECT_EQ(normalizer.weekday(1, Direction::This), "2022-06-13");
}

TEST(TimexNormalizer, resolvesMonthsQuartersAndUnits)
{
    const TimexNormalizer normalizer(CivilDate { 2022, 6, 15 });
    EXPECT_EQ(normalizer.month(4, Direction::Unknown), "2022-04");
    EXPECT_EQ(normalizer.month(9, Direction::Past), "2021-09");
    EXPECT_EQ(normalizer.month(9, Direction::Future), "2022-09");
    EXPECT_EQ(normalizer.month(6, Direction::Last), "2021-06");
    EXPECT_EQ(normalizer.monthDay(12, 30), "2021-12-30");
    EXPECT_EQ(normalizer.monthDay(11, 30), "2022-11-30");
    EXPECT_EQ(normalizer.quarter(4, Direction::Unknown), "2021-Q4");
    EXPECT_EQ(normalizer.shiftedUnit("W", -1), "2022-W23");
    EXPECT_EQ(normalizer.shiftedUnit("Q", -2), "2021-Q4");
    EXPECT_EQ(normalizer.shiftedUnit("M", 7), "2023-01");
    EXPECT_EQ(normalizer.shiftedUnit("WE", 0), "2022-W24-WE");
    EXPECT_EQ(normalizer.shiftedUnit("DE", 0), "202");
}

TEST(TimexNormalizer, leavesValuesUnderspecifiedWithoutReference)
{
    const TimexNormalizer normalizer(std::nullopt);
    EXPECT_EQ(normalizer.dayOffset(-1), "XXXX-XX-XX");
    EXPECT_EQ(normalizer.weekday(3, Direction::Past), "XXXX-WXX-3");
    EXPECT_EQ(normalizer.month(6, Direction::Past), "XXXX-06");
    EXPECT_EQ(normalizer.shiftedUnit("W", -1), "XXXX-WXX");
    EXPECT_EQ(normalizer.shiftedUnit("Y", 1), "XXXX");
}

TEST(TimexNormalizer, formatsDurations)
{
    EXPECT_EQ(TimexNormalizer::duration(3, "Y", false), "P3Y");
    EXPECT_EQ(TimexNormalizer::duration(30, "MIN", false), "PT30M");
    EXPECT_EQ(TimexNormalizer::duration(12, "H", false), "PT12H");
    EXPECT_EQ(TimexNormalizer::duration(1.5, "Y", false), "P18M");
    EXPECT_EQ(TimexNormalizer::duration(0, "Y", true), "PXY");
    EXPECT_EQ(TimexNormalizer::duration(2, "Q", false), "P2Q");
}
