// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "ProgressBar.h"

using namespace std::chrono_literals;
using sayline::cli::ProgressBar;

namespace {

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

/// A clock the test moves by hand.
struct ManualClock
{
    std::chrono::steady_clock::time_point now {};
    ProgressBar::Clock function()
    {
        return [this] { return now; };
    }
};

} // namespace

TEST(ProgressBar, showsCountPercentageAndTimeLeft)
{
    const std::string line = ProgressBar::line(25, 100, 10s, "files", "3 new", 80, false);
    EXPECT_EQ(line.rfind('[', 0), 0u) << line;
    EXPECT_TRUE(contains(line, "]  25% 25/100 files, 3 new  0:30 left")) << line;
    EXPECT_LE(static_cast<int>(line.size()), 79) << line; // never into the last column
    EXPECT_TRUE(contains(ProgressBar::line(1, 3, 3720s, "articles", "", 80, false), "2:04:00 left"));
}

TEST(ProgressBar, guessesNoTimeLeftBeforeASecondHasPassed)
{
    EXPECT_FALSE(contains(ProgressBar::line(1, 100, 500ms, "files", "", 80, false), "left"));
    EXPECT_FALSE(contains(ProgressBar::line(0, 100, 10s, "files", "", 80, false), "left"));
    EXPECT_TRUE(contains(ProgressBar::line(100, 100, 65s, "files", "", 80, false), "100% 100/100 files  1:05"));
}

TEST(ProgressBar, fitsANarrowTerminalAndColoursOnlyWhenAsked)
{
    const std::string narrow = ProgressBar::line(5, 10, 2s, "files", "a very long note about what happened", 40, false);
    EXPECT_LE(static_cast<int>(narrow.size()), 40 + 2) << narrow; // "…" is three bytes, one column
    EXPECT_FALSE(contains(narrow, "\x1b")) << narrow;
    EXPECT_TRUE(contains(ProgressBar::line(5, 10, 2s, "files", "", 80, true), "\x1b[32m"));
}

TEST(ProgressBar, redrawsAtMostTenTimesASecondAndErasesItselfAtTheEnd)
{
    ManualClock clock;
    std::ostringstream out;
    {
        ProgressBar bar(out, "files", { true, false, 80 }, clock.function());
        bar.update(1, 1000);
        for (std::size_t done = 2; done < 50; ++done) {
            clock.now += 1ms;
            bar.update(done, 1000);
        }
        clock.now += 100ms;
        bar.update(50, 1000);
        bar.update(1000, 1000);
    }
    const std::string text = out.str();
    std::size_t draws = 0;
    for (auto at = text.find("\r\x1b[K["); at != std::string::npos; at = text.find("\r\x1b[K[", at + 1))
        ++draws;
    EXPECT_EQ(draws, 3u) << text; // the first, one after 100 ms, the last
    EXPECT_TRUE(contains(text, "1000/1000 files"));
    EXPECT_EQ(text.substr(text.size() - 4), "\r\x1b[K"); // erased at the end
}

TEST(ProgressBar, drawsNothingWhenDisabled)
{
    std::ostringstream out;
    {
        ProgressBar bar(out, "files", ProgressBar::Style {}, ManualClock().function());
        bar.update(1, 2);
        bar.update(2, 2);
    }
    EXPECT_TRUE(out.str().empty());
    std::ostringstream notStderr;
    EXPECT_FALSE(ProgressBar::styleFor(notStderr, false).enabled);
}

namespace {

/// Runs sayline-cli import of the samples on a pseudo-terminal (util-linux `script`), as a user at a terminal
/// would; returns everything the terminal showed, or nullopt when no terminal can be made here.
std::optional<std::string> importOnATerminal(const std::string& environment, const std::string& options)
{
    static int counter = 0;
    const auto dir = std::filesystem::temp_directory_path()
        / ("sayline-cli-progress-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(dir);
    const std::string command = "env TERM=xterm " + environment + " " + SAYLINE_CLI + " import " + options
        + " --library " + (dir / "library.sqlite").string() + " " + SAYLINE_SOURCE_DIR + "/resources/samples";
    const auto output = dir / "terminal";
    const std::string script = "script -qefc '" + command + "' /dev/null >" + output.string() + " 2>&1 </dev/null";
    const int status = std::system(script.c_str());
    std::ifstream in(output, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    std::filesystem::remove_all(dir);
    if (status != 0)
        return std::nullopt;
    return text.str();
}

} // namespace

TEST(ProgressBar, importShowsABarOnATerminalInColourUnlessNoColorOrQuiet)
{
    const auto coloured = importOnATerminal("", "");
    if (!coloured)
        GTEST_SKIP() << "no pseudo-terminal here";
    EXPECT_TRUE(contains(*coloured, "/17 files")) << *coloured;
    EXPECT_TRUE(contains(*coloured, "\x1b[32m")) << *coloured;
    EXPECT_TRUE(contains(*coloured, "17 new, 0 already present, 0 failed")) << *coloured;

    const auto plain = importOnATerminal("NO_COLOR=1", "");
    ASSERT_TRUE(plain);
    EXPECT_TRUE(contains(*plain, "/17 files")) << *plain;
    EXPECT_FALSE(contains(*plain, "\x1b[32m")) << *plain;

    const auto quiet = importOnATerminal("", "--quiet");
    ASSERT_TRUE(quiet);
    EXPECT_FALSE(contains(*quiet, "/17 files")) << *quiet;
    EXPECT_TRUE(contains(*quiet, "17 new, 0 already present, 0 failed")) << *quiet;
}
