// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sys/wait.h>
#include <unistd.h>

#include "CliRunner.h"

using sayline::test::runCli;

namespace {

const std::string kSamples = std::string(SAYLINE_SOURCE_DIR) + "/resources/samples";

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

std::string readFile(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

/// A library of the samples in a fresh temporary directory.
class ExportCommand : public ::testing::Test
{
protected:
    void SetUp() override
    {
        static int counter = 0;
        m_dir = std::filesystem::temp_directory_path()
            / ("sayline-cli-export-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        std::filesystem::create_directories(m_dir);
        const auto imported = runCli("import" + library() + " " + kSamples);
        ASSERT_EQ(imported.status, 0) << imported.err;
    }
    void TearDown() override { std::filesystem::remove_all(m_dir); }

    std::string library() const { return " --library " + (m_dir / "library.sqlite").string(); }

    std::filesystem::path m_dir;
};

} // namespace

TEST_F(ExportCommand, writesAMarkdownSummaryOfAllArticlesToStdout)
{
    const auto result = runCli("export --all --from 2007 --to 2007" + library());
    ASSERT_EQ(result.status, 0) << result.err;
    EXPECT_EQ(result.out.rfind("# Summary of ", 0), 0u) << result.out.substr(0, 200);
    EXPECT_TRUE(contains(result.out, "## Contents"));
    EXPECT_TRUE(contains(result.out, "Cisco sues Apple"));
    EXPECT_FALSE(contains(result.out, "Global Times"));
}

TEST_F(ExportCommand, takesTheFormatFromTheOutputFileExtension)
{
    const auto file = m_dir / "wang.html";
    const auto result = runCli("export --speaker \"Wang Wenbin\" --output " + file.string() + library());
    ASSERT_EQ(result.status, 0) << result.err;
    EXPECT_TRUE(contains(result.out, "wrote " + file.string())) << result.out;
    const std::string html = readFile(file);
    EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_TRUE(contains(html, "<title>Dossier: Wang Wenbin</title>"));
}

TEST_F(ExportCommand, dossierAsCsvWithAByteOrderMark)
{
    const auto result = runCli("export --speaker \"Steve Jobs\" --format csv --bom" + library());
    ASSERT_EQ(result.status, 0) << result.err;
    EXPECT_EQ(result.out.rfind("\xEF\xBB\xBF"
                               "date,speaker,cue,kind,claim_type,statement,article_title,",
                               0),
              0u);
    EXPECT_LT(result.out.find("\r\n2007-"), result.out.find("\r\n2010-")) << result.out;
}

TEST_F(ExportCommand, jsonSummaryOfChosenArticles)
{
    const auto result = runCli("export --article 1 2 --format json" + library());
    ASSERT_EQ(result.status, 0) << result.err;
    EXPECT_EQ(result.out.rfind("[\n{\"library\":{\"article_id\":1,", 0), 0u) << result.out.substr(0, 200);
    EXPECT_TRUE(contains(result.out, ",\n{\"library\":{\"article_id\":2,"));
}

TEST_F(ExportCommand, mistakesAreUsageErrorsAndMissingThingsFailures)
{
    EXPECT_EQ(runCli("export" + library()).status, 2);
    EXPECT_EQ(runCli("export --all --speaker X" + library()).status, 2);
    EXPECT_EQ(runCli("export --all --format docx" + library()).status, 2);
    EXPECT_EQ(runCli("export --article x" + library()).status, 2);
    EXPECT_EQ(runCli("export --all --from 20xx" + library()).status, 2);
    const auto pdfToStdout = runCli("export --all --format pdf" + library());
    EXPECT_EQ(pdfToStdout.status, 2);
    EXPECT_TRUE(contains(pdfToStdout.err, "PDF is written only to a file")) << pdfToStdout.err;
    const auto nobody = runCli("export --speaker \"Nobody Atall\"" + library());
    EXPECT_EQ(nobody.status, 1);
    EXPECT_TRUE(contains(nobody.err, "no speaker named 'Nobody Atall'")) << nobody.err;
    EXPECT_EQ(runCli("export --article 999999" + library()).status, 1);
}

TEST_F(ExportCommand, writesAPdfWhenBuiltWithQtGui)
{
    const auto file = m_dir / "summary.pdf";
    const auto result = runCli("export --article 1 --output " + file.string() + library());
#ifdef SAYLINE_HAVE_PDF
    ASSERT_EQ(result.status, 0) << result.err;
    const std::string pdf = readFile(file);
    EXPECT_EQ(pdf.rfind("%PDF", 0), 0u);
    EXPECT_GT(pdf.size(), 2000u);
#else
    EXPECT_EQ(result.status, 1);
    EXPECT_TRUE(contains(result.err, "without Qt Gui")) << result.err;
#endif
}

namespace {

/// Runs a shell command line (sayline-cli is $CLI in it); returns its exit status.
int shell(const std::string& line)
{
    const std::string command = "CLI='" + std::string(SAYLINE_CLI) + "'; " + line;
    const int raw = std::system(command.c_str());
    return WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
}

} // namespace

TEST_F(ExportCommand, aFullStandardOutputIsAFailureWithAReason)
{
    const auto err = m_dir / "err.txt";
    const int status = shell("\"$CLI\" export --all" + library() + " > /dev/full 2> " + err.string());
    EXPECT_EQ(status, 1);
    EXPECT_TRUE(contains(readFile(err), "cannot write to standard output: No space left on device")) << readFile(err);
}

TEST_F(ExportCommand, aWriteThatFailsHalfwayKeepsTheEarlierCompleteFile)
{
    const auto file = m_dir / "all.md";
    ASSERT_EQ(runCli("export --all --output " + file.string() + library()).status, 0);
    const std::string complete = readFile(file);
    ASSERT_GT(complete.size(), 64u * 1024u);
    // A file size limit of 32 KiB stands in for a full disk: the write fails with EFBIG part way.
    const auto err = m_dir / "err.txt";
    const int status = shell("trap '' XFSZ; ulimit -f 64; \"$CLI\" export --all --format md --title Other --output "
                             + file.string() + library() + " 2> " + err.string());
    EXPECT_EQ(status, 1) << readFile(err);
    EXPECT_TRUE(contains(readFile(err), "all.md")) << readFile(err);
    EXPECT_EQ(readFile(file), complete);
    for (const auto& entry : std::filesystem::directory_iterator(m_dir)) {
        const std::string name = entry.path().filename().string();
        EXPECT_TRUE(name == "all.md" || name == "err.txt" || name.rfind("library.sqlite", 0) == 0)
            << "left behind: " << name;
    }
}

TEST_F(ExportCommand, refusesAnOutputThatIsTheLibrary)
{
    std::filesystem::create_directories(m_dir / "sub");
    const std::string sameFile = (m_dir / "sub" / ".." / "library.sqlite").string();
    const auto result = runCli("export --all --format csv --output " + sameFile + library());
    EXPECT_EQ(result.status, 2);
    EXPECT_TRUE(contains(result.err, "refusing to write the export over")) << result.err;
    EXPECT_FALSE(contains(result.out, "wrote"));
    EXPECT_EQ(runCli("articles" + library()).status, 0) << "the library is intact";
}

TEST_F(ExportCommand, csvCellsThatASpreadsheetWouldRunAreNeutralised)
{
    const auto folder = m_dir / "hostile";
    std::filesystem::create_directories(folder);
    std::ofstream(folder / "=1+2.txt") << "=HYPERLINK(\"http://example.org\",\"x\")\n\n"
                                       << "Wang Wenbin said the talks had failed.\n";
    // Imported by a relative name, the file name itself starts with '='.
    ASSERT_EQ(shell("cd " + folder.string() + " && \"$CLI\" import" + library() + " =1+2.txt > /dev/null"), 0);
    const auto result = runCli("export --all --format csv" + library());
    ASSERT_EQ(result.status, 0) << result.err;
    EXPECT_TRUE(contains(result.out, ",\"'=HYPERLINK(\"\"http://example.org\"\",\"\"x\"\")\",")) << result.out;
    EXPECT_TRUE(contains(result.out, ",'=1+2.txt,")) << result.out;
    EXPECT_FALSE(contains(result.out, ",=")) << result.out;
}

TEST_F(ExportCommand, aDossierPageDrawsItsTimelineAsInlineSvg)
{
    const auto result = runCli("export --speaker \"Steve Jobs\" --format html" + library());
    ASSERT_EQ(result.status, 0) << result.err;
#ifdef SAYLINE_HAVE_PDF
    EXPECT_TRUE(contains(result.out, "<div class=\"chart\"><svg")) << result.out.substr(0, 4000);
    EXPECT_FALSE(contains(result.out, "<?xml"));
#else
    EXPECT_TRUE(contains(result.out, "<th>Period</th>"));
#endif
}

#ifdef SAYLINE_HAVE_PDF
TEST_F(ExportCommand, aPdfNeedsNoDisplayAndItsLinksLeadToNamedPlaces)
{
    // An unusable display platform in the environment: the command line draws offscreen all the same.
    const auto file = m_dir / "summary.pdf";
    const auto err = m_dir / "err.txt";
    const int status = shell("QT_QPA_PLATFORM=xcb DISPLAY= \"$CLI\" export --article 1 --output " + file.string()
                             + library() + " > /dev/null 2> " + err.string());
    ASSERT_EQ(status, 0) << readFile(err);
    const std::string pdf = readFile(file);
    EXPECT_TRUE(contains(pdf, "/S /GoTo /D ")) << "internal links";
    EXPECT_TRUE(contains(pdf, "/Names << /Dests ")) << "named destinations";
    EXPECT_EQ(shell("pdfinfo " + file.string() + " > /dev/null 2>&1"), 0) << "poppler reads it";
}

TEST_F(ExportCommand, theBriefOfTheWholeLibraryStaysOnItsFirstPage)
{
    const auto file = m_dir / "all.pdf";
    ASSERT_EQ(runCli("export --all --output " + file.string() + library()).status, 0);
    const auto text = m_dir / "page2.txt";
    ASSERT_EQ(shell("pdftotext -f 2 -l 2 " + file.string() + " " + text.string()), 0);
    const std::string second = readFile(text);
    EXPECT_EQ(second.find("Contents"), second.find_first_not_of(" \n", second.find('\n'))) << second.substr(0, 300);
}
#endif

#ifdef SAYLINE_HAVE_PDF
TEST_F(ExportCommand, aMissingPdfModuleIsAnErrorNamingTheFile)
{
    // A copy of the program without sayline-pdf.so beside it or in ../lib/sayline: the export that draws says which
    // file it needs; the others do not need it.
    const auto copy = m_dir / "bin" / "sayline-cli";
    std::filesystem::create_directories(copy.parent_path());
    std::filesystem::copy_file(SAYLINE_CLI, copy);
    const auto err = m_dir / "err.txt";
    const auto file = m_dir / "summary.pdf";
    EXPECT_EQ(shell("'" + copy.string() + "' export --article 1 --output " + file.string() + library() + " 2> "
                    + err.string()),
              1);
    const std::string expected = (m_dir / "lib" / "sayline" / "sayline-pdf.so").string();
    EXPECT_TRUE(contains(readFile(err), "PDF export needs the module " + expected + ", which cannot be loaded"))
        << readFile(err);
    EXPECT_FALSE(std::filesystem::exists(file));
    EXPECT_EQ(shell("'" + copy.string() + "' export --article 1 --format md" + library() + " > /dev/null"), 0);
}
#endif
