// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "CliRunner.h"

using sayline::test::runCli;

namespace {
const std::string kSamples = std::string(SAYLINE_SOURCE_DIR) + "/resources/samples";
const std::string kReference = kSamples + "/global-times-2022-06-15-us-threat.txt";
} // namespace

TEST(AnalyzeCommand, printsOneJsonLinePerArticle)
{
    const auto result = runCli("analyze " + kReference);
    ASSERT_EQ(result.status, 0) << result.err;
    EXPECT_EQ(std::count(result.out.begin(), result.out.end(), '\n'), 1);
    EXPECT_NE(result.out.find("\"title\":\"US becomes major threat to global internet security: Chinese Foreign "
                              "Ministry\""),
              std::string::npos);
}

TEST(AnalyzeCommand, missingFileFailsWithNameAndOthersStillPrint)
{
    const auto result = runCli("analyze /nonexistent/nothing.txt " + kReference);
    EXPECT_EQ(result.status, 1);
    EXPECT_NE(result.err.find("/nonexistent/nothing.txt: "), std::string::npos) << result.err;
    EXPECT_NE(result.out.find("\"file\""), std::string::npos);
}

TEST(AnalyzeCommand, badUsageExitsTwo)
{
    EXPECT_EQ(runCli("analyze").status, 2);
    EXPECT_EQ(runCli("analyze --format pdf x").status, 2);
    EXPECT_EQ(runCli("analyze --reference-date 15/06/2022 x").status, 2);
    EXPECT_EQ(runCli("no-such-command").status, 2);
}

TEST(AnalyzeCommand, readsStandardInput)
{
    const auto result = runCli("analyze -", kReference);
    ASSERT_EQ(result.status, 0) << result.err;
    EXPECT_NE(result.out.find("\"file\":\"-\""), std::string::npos);
}

TEST(AnalyzeCommand, explicitLanguageOverridesDetection)
{
    const auto detected = runCli("analyze " + kReference);
    EXPECT_NE(detected.out.find("\"language\":\"en\""), std::string::npos);
    const auto forced = runCli("analyze --language zh " + kReference);
    ASSERT_EQ(forced.status, 0) << forced.err;
    EXPECT_NE(forced.out.find("\"language\":\"zh\""), std::string::npos);
}

TEST(AnalyzeCommand, replacedBytesAreAWarningOnStandardErrorNotAFailure)
{
    const auto file
        = std::filesystem::temp_directory_path() / ("sayline-warning-" + std::to_string(::getpid()) + ".txt");
    std::ofstream(file, std::ios::binary)
        << "Caf\xC3\xA9 talks\n\nThe minister said the caf\xC3\xA9 was closed \xFF today.\n";
    const auto result = runCli("analyze " + file.string());
    std::filesystem::remove(file);
    EXPECT_EQ(result.status, 0) << result.err;
    EXPECT_NE(result.out.find("the caf\xC3\xA9 was closed \xEF\xBF\xBD today."), std::string::npos) << result.out;
    EXPECT_NE(result.err.find(file.string() + ": warning: the text has 1 replacement character (U+FFFD)"),
              std::string::npos)
        << result.err;
}

TEST(AnalyzeCommand, aFifoWithoutWriterIsAnEmptyFileNotAHang)
{
    const auto fifo = std::filesystem::temp_directory_path() / ("sayline-fifo-" + std::to_string(::getpid()));
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const auto result = runCli("analyze " + fifo.string()); // ctest's timeout ends a hang
    std::filesystem::remove(fifo);
    EXPECT_EQ(result.status, 1);
    EXPECT_NE(result.err.find(fifo.string() + ": empty file"), std::string::npos) << result.err;
}

TEST(AnalyzeCommand, everyStatementSaysWhichSieveFoundItsSpeakerAfterTheContractFields)
{
    const auto result = runCli("analyze " + kReference);
    ASSERT_EQ(result.status, 0) << result.err;
    std::size_t statements = 0;
    for (std::size_t at = result.out.find("\"claim_type\":"); at != std::string::npos;
         at = result.out.find("\"claim_type\":", at + 1)) {
        ++statements;
        const std::size_t about = result.out.find("\"about\":[", at);
        const std::size_t close = result.out.find(']', about);
        ASSERT_NE(close, std::string::npos);
        EXPECT_EQ(result.out.compare(close + 1, 25, ",\"attribution\":{\"sieve\":\""), 0) << result.out.substr(at, 200);
    }
    EXPECT_EQ(statements, 10u);
    EXPECT_NE(result.out.find("\"explanation\":\"pronoun \u201cHe\u201d \u2192 Wang Wenbin, previous sentence\""),
              std::string::npos)
        << result.out;
}

TEST(AnalyzeCommand, twoJobsPrintExactlyWhatOneJobPrints)
{
    // Every sample plus a missing file in the middle: the output and the messages keep the input order.
    std::string files;
    for (const auto& entry : std::filesystem::directory_iterator(kSamples + "/wikinews"))
        files += " '" + entry.path().string() + "'";
    files = " " + kReference + " /nonexistent/nothing.txt" + files + " " + kReference;
    const auto one = runCli("analyze --jobs 1" + files);
    const auto two = runCli("analyze --jobs 2" + files);
    EXPECT_EQ(one.status, 1);
    EXPECT_EQ(two.status, 1);
    EXPECT_EQ(std::count(one.out.begin(), one.out.end(), '\n'), 18);
    EXPECT_EQ(one.out, two.out);
    EXPECT_EQ(one.err, two.err);
}

TEST(AnalyzeCommand, jobsMustBeAPositiveNumber)
{
    EXPECT_EQ(runCli("analyze --jobs 0 " + kReference).status, 2);
    EXPECT_EQ(runCli("analyze --jobs many " + kReference).status, 2);
}

TEST(AnalyzeCommand, standardInputLongerThanTheCapIsRefused)
{
    const auto path = std::filesystem::temp_directory_path() / "sayline-test-stdin-over-cap.txt";
    {
        std::ofstream out(path, std::ios::binary);
        const std::string line(1023, 'a');
        for (int i = 0; i < 51 * 1024; ++i)
            out << line << '\n';
    }
    const auto result = runCli("analyze -", path.string());
    std::filesystem::remove(path);
    EXPECT_EQ(result.status, 1);
    EXPECT_NE(result.err.find("-: file is larger than 50 MB"), std::string::npos) << result.err;
    EXPECT_TRUE(result.out.empty());
}

TEST(AnalyzeCommand, loadsNeitherLibpqNorQtGui)
{
    // libpq (and Kerberos, LDAP, GnuTLS with it) is loaded on the first call into it, Qt Gui and Qt Svg with the
    // PDF module on the first drawing: only archive commands and exports pay for loading them.
    const auto loaded = std::filesystem::temp_directory_path() / ("sayline-ld-debug-" + std::to_string(::getpid()));
    const std::string command = "LD_DEBUG=files " + std::string(SAYLINE_CLI) + " analyze " + kReference
        + " >/dev/null 2>" + loaded.string();
    ASSERT_EQ(std::system(command.c_str()), 0);
    std::ifstream in(loaded);
    const std::string log((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::filesystem::remove(loaded);
    EXPECT_NE(log.find("libxml2.so"), std::string::npos); // the log is what it should be
    EXPECT_EQ(log.find("libpq.so"), std::string::npos);
    EXPECT_EQ(log.find("libQt6Gui.so"), std::string::npos);
    EXPECT_EQ(log.find("sayline-pdf.so"), std::string::npos);
}
