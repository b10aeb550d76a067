// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "../ExportFixtures.h"
#include "export/HtmlSummaryWriter.h"
#include "export/pdf/PdfSummaryWriter.h"
#include "model/Error.h"

using namespace sayline;

TEST(PdfSummary, writesAPdfFileOfTheHtmlSummary)
{
    const auto file = std::filesystem::temp_directory_path() / ("sayline-pdf-" + std::to_string(::getpid()) + ".pdf");
    exporting::SummaryDocument document;
    document.articles = { test::summaryArticle("US threat", "Wang Wenbin", "the US spreads lies") };
    exporting::PdfSummaryWriter::write(exporting::HtmlSummaryWriter::render(document), "US threat", file);
    std::ifstream in(file, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::filesystem::remove(file);
    EXPECT_EQ(bytes.rfind("%PDF", 0), 0u);
    EXPECT_GT(bytes.size(), 2000u);
}

TEST(PdfSummary, anUnwritablePathIsAnIoError)
{
    try {
        exporting::PdfSummaryWriter::write("<p>x</p>", "x", "/nonexistent-dir/sub/out.pdf");
        FAIL() << "no error";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::Io);
        EXPECT_NE(std::string(error.what()).find("/nonexistent-dir/sub/out.pdf"), std::string::npos);
    }
}
