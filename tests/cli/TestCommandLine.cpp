// SPDX-License-Identifier: GPL-3.0-or-later
// The parser's side of sayline-cli: --version, generated --help, '--', and usage errors (exit status 2).
#include <gtest/gtest.h>

#include <filesystem>
#include <unistd.h>

#include "CliRunner.h"
#include "SaylineVersion.h"

using sayline::test::runCli;

namespace {

const std::string kReference
    = std::string(SAYLINE_SOURCE_DIR) + "/resources/samples/global-times-2022-06-15-us-threat.txt";

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

/// Runs the test from a fresh temporary directory, so relative file names can start with '-'.
class CommandLineInTempDir : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_previous = std::filesystem::current_path();
        m_dir = std::filesystem::temp_directory_path() / ("sayline-cli-args-" + std::to_string(::getpid()));
        std::filesystem::create_directories(m_dir);
        std::filesystem::current_path(m_dir);
    }
    void TearDown() override
    {
        std::filesystem::current_path(m_previous);
        std::filesystem::remove_all(m_dir);
    }

    std::filesystem::path m_previous;
    std::filesystem::path m_dir;
};

} // namespace

TEST(CommandLine, versionComesFromTheProjectVersion)
{
    const auto result = runCli("--version");
    EXPECT_EQ(result.status, 0);
    EXPECT_EQ(result.out, std::string("sayline-cli ") + SAYLINE_VERSION + "\n");
    EXPECT_TRUE(result.err.empty()) << result.err;
}

TEST(CommandLine, helpListsEverySubcommandOnStandardOutput)
{
    const auto result = runCli("--help");
    EXPECT_EQ(result.status, 0);
    for (const char* command : { "analyze", "import", "articles", "show", "speakers", "search", "merge", "reassign",
                                 "delete-statement", "reanalyse", "export" })
        EXPECT_TRUE(contains(result.out, std::string("\n  ") + command + " ")) << command << '\n' << result.out;
    EXPECT_TRUE(contains(result.out, "Exit status")) << result.out;
    EXPECT_EQ(runCli("help").out, result.out);
}

TEST(CommandLine, eachSubcommandHasItsOwnGeneratedHelp)
{
    const auto search = runCli("search --help");
    EXPECT_EQ(search.status, 0);
    EXPECT_TRUE(contains(search.out, "Usage: sayline-cli search [OPTIONS]")) << search.out;
    EXPECT_TRUE(contains(search.out, "--speaker NAME")) << search.out;
    EXPECT_TRUE(contains(search.out, "--library PATH")) << search.out;
    EXPECT_FALSE(contains(search.out, "--reference-date")) << search.out;
    EXPECT_EQ(runCli("help search").out, search.out);
    const auto analyze = runCli("analyze -h");
    EXPECT_EQ(analyze.status, 0);
    EXPECT_TRUE(contains(analyze.out, "--reference-date YYYY-MM-DD")) << analyze.out;
}

TEST(CommandLine, badOptionsAreUsageErrorsThatNameTheOption)
{
    const auto unknown = runCli("speakers --loudly");
    EXPECT_EQ(unknown.status, 2);
    EXPECT_TRUE(contains(unknown.err, "sayline-cli speakers: ")) << unknown.err;
    EXPECT_TRUE(contains(unknown.err, "--loudly")) << unknown.err;
    EXPECT_TRUE(unknown.out.empty());
    const auto badValue = runCli("articles --limit many");
    EXPECT_EQ(badValue.status, 2);
    EXPECT_TRUE(contains(badValue.err, "--limit")) << badValue.err;
    EXPECT_TRUE(contains(badValue.err, "'many'")) << badValue.err;
    const auto missingValue = runCli("analyze " + kReference + " --format");
    EXPECT_EQ(missingValue.status, 2);
    EXPECT_TRUE(contains(missingValue.err, "--format")) << missingValue.err;
    EXPECT_EQ(runCli("analyze --version").status, 2);
    EXPECT_EQ(runCli("show 1 2").status, 2);
}

TEST(CommandLine, noCommandPrintsTheHelpOnStandardErrorAndFails)
{
    const auto result = runCli("");
    EXPECT_EQ(result.status, 2);
    EXPECT_TRUE(result.out.empty());
    EXPECT_TRUE(contains(result.err, "Usage: sayline-cli")) << result.err;
    const auto unknown = runCli("analyse " + kReference);
    EXPECT_EQ(unknown.status, 2);
    EXPECT_TRUE(contains(unknown.err, "unknown command 'analyse'")) << unknown.err;
}

TEST_F(CommandLineInTempDir, doubleDashEndsTheOptions)
{
    std::filesystem::copy_file(kReference, m_dir / "-reference.txt");
    const auto asOption = runCli("analyze -reference.txt");
    EXPECT_EQ(asOption.status, 2) << asOption.err;
    const auto asFile = runCli("analyze -- -reference.txt");
    ASSERT_EQ(asFile.status, 0) << asFile.err;
    EXPECT_TRUE(contains(asFile.out, "\"file\":\"-reference.txt\"")) << asFile.out.substr(0, 200);
    const auto optionAfterDash = runCli("analyze -- --language");
    EXPECT_EQ(optionAfterDash.status, 1); // a file named --language, which does not exist
    EXPECT_TRUE(contains(optionAfterDash.err, "--language: ")) << optionAfterDash.err;
}
