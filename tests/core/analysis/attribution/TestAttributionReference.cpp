// SPDX-License-Identifier: GPL-3.0-or-later
// The reference article (Global Times, 2022-06-15): all ten statements, their sources and kinds.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "AttributionTestSupport.h"

using namespace sayline::analysis;
using namespace sayline::analysis::test;
using sayline::model::StatementKind;

namespace {

std::string readFixture(const std::string& name)
{
    std::ifstream in(std::string(SAYLINE_TEST_DATA) + "/analysis/" + name, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

TEST(AttributionReference, findsAllTenStatementsWithTheirSources)
{
    const auto found = attribute(readFixture("global-times-us-threat-body.txt"));
    ASSERT_EQ(found.size(), 10u);

    struct Expected
    {
        const char* contentStart;
        const char* speaker; ///< entity name, or the source phrase for unnamed sources
        StatementKind kind;
    };
    const Expected expected[] = {
        { "The US has become the major threat", "Wang Wenbin", StatementKind::Indirect },
        { "based on the disclosed materials", "Wang Wenbin", StatementKind::Indirect },
        { "This shows that the US is creating", "Wang Wenbin", StatementKind::Mixed },
        { "the Office of Tailored Access Operations", "a recent report by domestic information security media",
          StatementKind::Indirect },
        { "The major targets of the online attacks", "the media report", StatementKind::Indirect },
        { "a US department in charge of internet surveillance", "The report", StatementKind::Indirect },
        { "the NSA has organized research", "Wang Wenbin", StatementKind::Indirect },
        { "this coincides with findings", "Wang Wenbin", StatementKind::Indirect },
        { "It can be seen that the real intention", "Wang Wenbin", StatementKind::Direct },
        { "the US to immediately stop", "Wang Wenbin", StatementKind::Indirect },
    };
    for (std::size_t i = 0; i < found.size(); ++i) {
        SCOPED_TRACE(found[i].content);
        EXPECT_EQ(found[i].content.rfind(expected[i].contentStart, 0), 0u);
        const std::string speaker = found[i].speakerName.empty() ? found[i].speakerText : found[i].speakerName;
        EXPECT_EQ(speaker, expected[i].speaker);
        EXPECT_EQ(found[i].kind, expected[i].kind);
    }
    EXPECT_EQ(found[0].speakerText, "a senior Chinese official");
    EXPECT_EQ(found[7].speakerText, "He");
    EXPECT_EQ(found[9].content,
              "the US to immediately stop its malicious internet operations targeting countries around the globe, "
              "and adopt a more responsible attitude in cyberspace");
}
