// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "analysis/dates/DateExtractor.h"
#include "analysis/lexicon/Lexicons.h"
#include "analysis/text/Document.h"

using namespace sayline::analysis;

namespace {

struct Found
{
    std::string text;
    std::string type;
    std::string value;
};

std::ostream& operator<<(std::ostream& out, const Found& found)
{
    return out << "{" << found.text << ", " << found.type << ", " << found.value << "}";
}

bool operator==(const Found& a, const Found& b)
{
    return a.text == b.text && a.type == b.type && a.value == b.value;
}

class DateExtractorTest : public ::testing::Test
{
protected:
    std::vector<Found> run(const std::string& text, std::optional<std::string> reference = "2022-06-15")
    {
        const Document document(text);
        std::vector<Found> out;
        for (const DateRecord& record : m_extractor.extract(document, reference))
            out.push_back({ document.utf8(record.start, record.end), record.type, record.value });
        return out;
    }

    /// The one expression found in text.
    Found single(const std::string& text, std::optional<std::string> reference = "2022-06-15")
    {
        const std::vector<Found> found = run(text, reference);
        EXPECT_EQ(found.size(), 1u) << text;
        return found.empty() ? Found {} : found.front();
    }

    Lexicons m_lexicons;
    DateExtractor m_extractor { m_lexicons };
};

} // namespace

TEST_F(DateExtractorTest, normalisesAbsoluteDates)
{
    EXPECT_EQ(single("The deal was signed on Jun 15, 2022 in Beijing."),
              (Found { "Jun 15, 2022", "date", "2022-06-15" }));
    EXPECT_EQ(single("It closed on 15 June 2022."), (Found { "15 June 2022", "date", "2022-06-15" }));
    EXPECT_EQ(single("The filing is dated 2022-06-15."), (Found { "2022-06-15", "date", "2022-06-15" }));
    EXPECT_EQ(single("Sales rose in June 2022."), (Found { "June 2022", "date", "2022-06" }));
    EXPECT_EQ(single("The plant opened in 2011."), (Found { "2011", "date", "2011" }));
    EXPECT_EQ(single("Prices were lower in the 1990s."), (Found { "the 1990s", "date", "199" }));
    EXPECT_EQ(single("It was signed on Wednesday, June 1, 2022."),
              (Found { "Wednesday, June 1, 2022", "date", "2022-06-01" }));
    EXPECT_EQ(single("Trading resumed on 6/15/2022."), (Found { "6/15/2022", "date", "2022-06-15" }));
}

TEST_F(DateExtractorTest, resolvesDaysWithoutYearToTheClosestOne)
{
    EXPECT_EQ(single("The office ruled on June 18."), (Found { "June 18", "date", "2022-06-18" }));
    EXPECT_EQ(single("The first flight was on 11 December."), (Found { "11 December", "date", "2021-12-11" }));
    EXPECT_EQ(single("Prices fell in April."), (Found { "April", "date", "2022-04" }));
    EXPECT_EQ(single("Prices fell in September."), (Found { "September", "date", "2021-09" }));
    EXPECT_EQ(single("The plant will open in September."), (Found { "September", "date", "2022-09" }));
    EXPECT_EQ(single("It was hit in September last year."), (Found { "September last year", "date", "2021-09" }));
}

TEST_F(DateExtractorTest, keepsSinceOutOfTheYear)
{
    EXPECT_EQ(single("Since 2011, the agency has conducted at least 231 cyber-attack operations."),
              (Found { "2011", "date", "2011" }));
}

TEST_F(DateExtractorTest, resolvesDeicticWords)
{
    EXPECT_EQ(single("The company announced the plan today."), (Found { "today", "date", "2022-06-15" }));
    EXPECT_EQ(single("Markets fell yesterday."), (Found { "yesterday", "date", "2022-06-14" }));
    EXPECT_EQ(single("The board meets tomorrow."), (Found { "tomorrow", "date", "2022-06-16" }));
    EXPECT_EQ(single("She is currently the head of design."), (Found { "currently", "date", "PRESENT_REF" }));
    EXPECT_EQ(single("Growth looks good in the near term."), (Found { "the near term", "date", "FUTURE_REF" }));
}

TEST_F(DateExtractorTest, resolvesWeekdaysAgainstTheReferenceAndTense)
{
    // 2022-06-15 is a Wednesday.
    EXPECT_EQ(single("A senior official said on Wednesday."), (Found { "Wednesday", "date", "2022-06-15" }));
    EXPECT_EQ(single("The minister said on Monday that talks failed."), (Found { "Monday", "date", "2022-06-13" }));
    EXPECT_EQ(single("Markets closed lower on Friday."), (Found { "Friday", "date", "2022-06-10" }));
    EXPECT_EQ(single("The ministers will meet on Friday."), (Found { "Friday", "date", "2022-06-17" }));
    EXPECT_EQ(single("The trial is set to begin on Thursday."), (Found { "Thursday", "date", "2022-06-16" }));
    EXPECT_EQ(single("He arrived last Monday."), (Found { "last Monday", "date", "2022-06-13" }));
    EXPECT_EQ(single("He arrives next Monday."), (Found { "next Monday", "date", "2022-06-20" }));
}

TEST_F(DateExtractorTest, shiftsWeeksMonthsAndYears)
{
    EXPECT_EQ(single("Claims rose last week."), (Found { "last week", "date", "2022-W23" }));
    EXPECT_EQ(single("Stocks fell this week."), (Found { "this week", "date", "2022-W24" }));
    EXPECT_EQ(single("The aircraft arrives next month."), (Found { "next month", "date", "2022-07" }));
    EXPECT_EQ(single("Profits fell last year."), (Found { "last year", "date", "2021" }));
    EXPECT_EQ(single("It was announced earlier this year."), (Found { "earlier this year", "date", "2022" }));
    EXPECT_EQ(single("At the end of last year, it had cash."), (Found { "the end of last year", "date", "2021" }));
    EXPECT_EQ(single("The news broke this weekend."), (Found { "this weekend", "date", "2022-W24-WE" }));
}

TEST_F(DateExtractorTest, treatsAgoAndPastSpansAsDurations)
{
    EXPECT_EQ(single("The firm was founded two years ago."), (Found { "two years ago", "duration", "P2Y" }));
    EXPECT_EQ(single("The index fell in the past nine days."), (Found { "the past nine days", "duration", "P9D" }));
    EXPECT_EQ(single("It will cut jobs over the next four years."),
              (Found { "the next four years", "duration", "P4Y" }));
}

TEST_F(DateExtractorTest, normalisesTimesOfDay)
{
    EXPECT_EQ(single("The statement came at 06:04 PM."), (Found { "06:04 PM", "time", "2022-06-15T18:04" }));
    EXPECT_EQ(single("The plane landed at 6 p.m. local time."), (Found { "6 p.m.", "time", "2022-06-15T18:00" }));
    EXPECT_EQ(single("The stock rose in morning trading."), (Found { "morning", "time", "2022-06-15TMO" }));
    EXPECT_EQ(single("He spoke this morning."), (Found { "this morning", "time", "2022-06-15TMO" }));
    const std::vector<Found> found = run("At a conference at 16:15 UTC, June 1, the chief executive spoke.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0], (Found { "16:15 UTC", "time", "2022-06-01T16:15Z" }));
}

TEST_F(DateExtractorTest, normalisesDurations)
{
    EXPECT_EQ(single("She has been with the company for 33 years."), (Found { "33 years", "duration", "P33Y" }));
    EXPECT_EQ(single("The talks lasted 18 months."), (Found { "18 months", "duration", "P18M" }));
    EXPECT_EQ(single("It was the worst fall in a decade."), (Found { "a decade", "duration", "P10Y" }));
    EXPECT_EQ(single("It took two and a half years."), (Found { "two and a half years", "duration", "P30M" }));
    EXPECT_EQ(single("The index hit a five-year high."), (Found { "five-year", "duration", "P5Y" }));
    EXPECT_EQ(single("The system failed after thirty minutes."), (Found { "thirty minutes", "duration", "PT30M" }));
    EXPECT_EQ(single("It settled a decades-long dispute."), (Found { "decades-long", "duration", "PXY" }));
    EXPECT_EQ(single("Prices were at their highest level in years."), (Found { "years", "duration", "PXY" }));
    EXPECT_EQ(single("Japan entered a recession after two consecutive quarters of decline."),
              (Found { "two consecutive quarters", "duration", "P2Q" }));
    const std::vector<Found> range = run("The process would take between 60 and 90 days.");
    ASSERT_EQ(range.size(), 2u);
    EXPECT_EQ(range[0], (Found { "60", "duration", "P60D" }));
    EXPECT_EQ(range[1], (Found { "90 days", "duration", "P90D" }));
}

TEST_F(DateExtractorTest, normalisesSets)
{
    EXPECT_EQ(single("The market opens every Monday."), (Found { "every Monday", "set", "XXXX-WXX-1" }));
    EXPECT_EQ(single("The report is published annually."), (Found { "annually", "set", "P1Y" }));
    EXPECT_EQ(single("The prize is given each year."), (Found { "each year", "set", "P1Y" }));
    EXPECT_EQ(single("The number claiming weekly benefits rose."), (Found { "weekly", "set", "P1W" }));
    EXPECT_EQ(single("They deliver at a rate of 15 a year."), (Found { "a year", "set", "P1Y" }));
    EXPECT_EQ(single("Dividends are paid quarterly."), (Found { "quarterly", "set", "P1Q" }));
}

TEST_F(DateExtractorTest, normalisesQuartersHalvesAndFiscalYears)
{
    EXPECT_EQ(single("Foreclosures rose in the fourth quarter."), (Found { "the fourth quarter", "date", "2021-Q4" }));
    EXPECT_EQ(single("It lost money in the fourth quarter of 2008."),
              (Found { "the fourth quarter of 2008", "date", "2008-Q4" }));
    EXPECT_EQ(single("Revenue fell in Q3 2021."), (Found { "Q3 2021", "date", "2021-Q3" }));
    EXPECT_EQ(single("Sales grew in the first half of 2009."), (Found { "the first half of 2009", "date", "2009-H1" }));
    EXPECT_EQ(single("The company expects a profit in fiscal 2009."), (Found { "fiscal 2009", "date", "FY2009" }));
    EXPECT_EQ(single("Car sales rebounded in the last week of March.", "2009-04-01"),
              (Found { "the last week of March", "date", "2009-W13" }));
}

TEST_F(DateExtractorTest, resolvesAnaphoricDaysAndPeriods)
{
    const std::vector<Found> day = run("Stocks fell on Monday. The index ended the day at 7,114.3 points.");
    ASSERT_EQ(day.size(), 2u);
    EXPECT_EQ(day[1], (Found { "the day", "date", "2022-06-13" }));
    const std::vector<Found> period = run("Sales rose 43% in February compared to the same period last year.");
    ASSERT_EQ(period.size(), 2u);
    EXPECT_EQ(period[1], (Found { "the same period last year", "date", "2021-02" }));
}

TEST_F(DateExtractorTest, ignoresWordsThatOnlyLookLikeDates)
{
    EXPECT_TRUE(run("May I ask a question?").empty());
    EXPECT_TRUE(run("Prices may rise again, and workers may march.").empty());
    EXPECT_TRUE(run("March on, the leader told the crowd.").empty());
    EXPECT_TRUE(run("The agency conducted 231 operations.").empty());
    EXPECT_TRUE(run("The budget is $2011 million.").empty());
    EXPECT_TRUE(run("The Dow fell 2011 points.").empty());
    EXPECT_TRUE(run("The A380 and Windows 2000 were mentioned.").empty());
    EXPECT_TRUE(run("A hot spring fed the lake, and the Sunday Times reported it.").empty());
    EXPECT_TRUE(run("He read the China Daily.").empty());
    EXPECT_TRUE(run("Shoppers lined up for Black Friday deals.").empty());
    EXPECT_TRUE(run("It needs an iPhone 5s or later and a screen of 1080 pixels.").empty());
    EXPECT_TRUE(run("It was a second, smaller film.").empty());
}

TEST_F(DateExtractorTest, underspecifiesRelativeValuesWithoutReference)
{
    const std::vector<Found> found
        = run("He left on Wednesday and returns next month. It happened yesterday, on June 18, "
              "in the fourth quarter, after 10:30 am.",
              std::nullopt);
    const std::vector<Found> expected {
        { "Wednesday", "date", "XXXX-WXX-3" },       { "next month", "date", "XXXX-XX" },
        { "yesterday", "date", "XXXX-XX-XX" },       { "June 18", "date", "XXXX-06-18" },
        { "the fourth quarter", "date", "XXXX-Q4" }, { "10:30 am", "time", "XXXX-06-18T10:30" }
    };
    EXPECT_EQ(found, expected);
    // Absolute dates do not need a reference.
    EXPECT_EQ(single("It opened on June 18, 2009.", std::nullopt), (Found { "June 18, 2009", "date", "2009-06-18" }));
}

TEST_F(DateExtractorTest, acceptsReferenceDateTimes)
{
    EXPECT_EQ(single("The minister spoke on Wednesday.", "2022-06-15T18:04"),
              (Found { "Wednesday", "date", "2022-06-15" }));
}

TEST_F(DateExtractorTest, reportsUtf16Offsets)
{
    const Document document("\xF0\x9F\x98\x80 Prices fell on Monday.");
    const std::vector<DateRecord> records = m_extractor.extract(document, std::string("2022-06-15"));
    ASSERT_EQ(records.size(), 1u);
    EXPECT_EQ(records[0].start, static_cast<int>(document.text().find(u"Monday")));
    EXPECT_EQ(records[0].end, records[0].start + 6);
}

TEST_F(DateExtractorTest, readsMixedFractionsDecimalClockTimesAndHolidays)
{
    EXPECT_EQ(single("The review took a year and a half."), (Found { "a year and a half", "duration", "P18M" }));
    EXPECT_EQ(single("Trading halted for half an hour."), (Found { "half an hour", "duration", "PT30M" }));
    EXPECT_EQ(single("The shop opens at 10.30am."), (Found { "10.30am", "time", "2022-06-15T10:30" }));
    EXPECT_EQ(single("Sales peaked on Christmas Day.", "2022-12-28"),
              (Found { "Christmas Day", "date", "2022-12-25" }));
    EXPECT_EQ(single("Prices rose in mid-March."), (Found { "mid-March", "date", "2022-03" }));
    EXPECT_EQ(single("The plant was built in the late 1990s."), (Found { "late 1990s", "date", "199" }));
}

TEST_F(DateExtractorTest, readsVagueSpansAndWeekends)
{
    EXPECT_EQ(single("The company was founded years ago."), (Found { "years ago", "duration", "PXY" }));
    EXPECT_EQ(single("Prices jumped over the weekend."), (Found { "the weekend", "date", "2022-W23-WE" }));
    EXPECT_EQ(single("Talks will resume over the weekend."), (Found { "the weekend", "date", "2022-W24-WE" }));
}

TEST_F(DateExtractorTest, readsModalsAsFutureForBareMonths)
{
    EXPECT_EQ(single("The company warned that it might run out of money by March.", "2009-02-18"),
              (Found { "March", "date", "2009-03" }));
    EXPECT_EQ(single("The economy contracted in April.", "2008-11-18"), (Found { "April", "date", "2008-04" }));
}

TEST_F(DateExtractorTest, anchorsTimesOnTheDayNamedNextToThem)
{
    const std::vector<Found> found = run("The company will hold a call at 8:30 a.m. EST on Friday.", "2008-11-05");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0], (Found { "8:30 a.m. EST", "time", "2008-11-07T08:30" }));
    EXPECT_EQ(found[1], (Found { "Friday", "date", "2008-11-07" }));
    EXPECT_EQ(run("The talks began at 1930 GMT on Monday.", "2008-11-07").front(),
              (Found { "1930 GMT", "time", "2008-11-03T19:30Z" }));
}

TEST_F(DateExtractorTest, aPartOfTheDayDoesNotTakeTheDayOfTheNextSentence)
{
    const std::vector<Found> found
        = run("Stocks fell sharply on Monday. The index dropped by mid-afternoon. On Friday, it had closed higher.",
              "2010-06-07");
    ASSERT_EQ(found.size(), 3u);
    EXPECT_EQ(found[1], (Found { "mid-afternoon", "time", "2010-06-07TAF" }));
}

TEST_F(DateExtractorTest, readsNowAfterAModalAsDiscourseNotTime)
{
    // The modals are the ones of en-grammar-words, the same the attribution stage reads.
    EXPECT_TRUE(run("Prices will now fall.").empty());
    EXPECT_TRUE(run("Prices shall now fall.").empty());
    EXPECT_EQ(single("Prices fall now."), (Found { "now", "date", "PRESENT_REF" }));
}

TEST_F(DateExtractorTest, aBareOrdinalDayAfterOnIsADayOfTheReferencesMonthAsTheTenseSays)
{
    EXPECT_EQ(single("He will return on the 20th.", "2019-11-11"), (Found { "the 20th", "date", "2019-11-20" }));
    EXPECT_EQ(single("He will return on the 2nd.", "2019-11-11"), (Found { "the 2nd", "date", "2019-12-02" }));
    EXPECT_EQ(single("She left on the 20th, officials said.", "2019-11-11"),
              (Found { "the 20th", "date", "2019-10-20" }));
    EXPECT_TRUE(run("The meeting on the 3rd floor ended.", "2019-11-11").empty());
    EXPECT_TRUE(run("He will return on the 20th.", std::nullopt).empty());
}

TEST_F(DateExtractorTest, findsExpressionsOpeningWithEveryWordThePatternsTestLiterally)
{
    // DateExtractor tries the English patterns only at words a time lexicon lists and at the words they test
    // literally at their first token (mayStartEnglish); one expression per such word.
    const std::vector<std::pair<std::string, Found>> cases = {
        { "Prices rose in the 1990s.", { "the 1990s", "date", "199" } },
        { "Profit fell in fiscal 2009.", { "fiscal 2009", "date", "FY2009" } },
        { "Profit fell in FY 2009.", { "FY 2009", "date", "FY2009" } },
        { "Profit fell in Q4 2008.", { "Q4 2008", "date", "2008-Q4" } },
        { "Shares fell for a third consecutive day.", { "a third consecutive day", "date", "2022-06-15" } },
        { "He left that year.", { "that year", "date", "2022" } },
        { "He will decide later.", { "later", "date", "FUTURE_REF" } },
        { "Prices rose over 20 years.", { "over 20 years", "duration", "P20Y" } },
        { "He spoke for an hour.", { "an hour", "duration", "PT1H" } },
        { "He waited half an hour.", { "half an hour", "duration", "PT30M" } },
        { "Prices rose in recent years.", { "recent years", "duration", "PXY" } },
        { "He earns 5 dollars per year.", { "per year", "set", "P1Y" } },
        { "He runs every week.", { "every week", "set", "P1W" } },
        { "He calls each month.", { "each month", "set", "P1M" } },
        { "He left at noon.", { "noon", "time", "2022-06-15T12:00" } },
        { "He left at midday.", { "midday", "time", "2022-06-15T12:00" } },
        { "He left at midnight.", { "midnight", "time", "2022-06-15T24:00" } },
        { "He left this morning.", { "this morning", "time", "2022-06-15TMO" } },
        { "He left today.", { "today", "date", "2022-06-15" } },
        { "He left yesterday.", { "yesterday", "date", "2022-06-14" } },
        { "He left last night.", { "last night", "time", "2022-06-14TNI" } },
        { "He leaves tomorrow.", { "tomorrow", "date", "2022-06-16" } },
    };
    for (const auto& [text, expected] : cases)
        EXPECT_EQ(single(text), expected) << text;
}

TEST_F(DateExtractorTest, aPassiveParticipleAfterBeLeavesTheTenseToTheWordsBeforeIt)
{
    // 2022-06-15: "held" and "signed" are past forms, but "will be held" speaks of what is ahead.
    EXPECT_EQ(single("The festival will be held on March 5."), (Found { "March 5", "date", "2023-03-05" }));
    EXPECT_EQ(single("The deal is expected to be signed in April."), (Found { "April", "date", "2023-04" }));
    EXPECT_EQ(single("The festival was held on March 5."), (Found { "March 5", "date", "2022-03-05" }));
    EXPECT_EQ(single("The company expects to open the plant in May."), (Found { "May", "date", "2023-05" }));
    EXPECT_EQ(single("The trip had been planned for March."), (Found { "March", "date", "2022-03" }));
}
