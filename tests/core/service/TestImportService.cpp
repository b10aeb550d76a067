// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <sys/resource.h>

#include <csignal>
#include <fstream>
#include <thread>

#include "ChildProcess.h"

#include "ServiceFixtures.h"
#include "service/ImportService.h"
#include "service/SearchService.h"

using namespace sayline;
using namespace sayline::service;

namespace {

const std::filesystem::path kSamples = std::filesystem::path(SAYLINE_SOURCE_DIR) / "resources" / "samples";

AnalysisOutcome outcomeOf(model::AnalysedArticle article)
{
    AnalysisOutcome outcome;
    outcome.file = article.article.file;
    outcome.articles.push_back(std::move(article));
    return outcome;
}

} // namespace

TEST(ImportService, importsADirectoryOnceAndReportsDuplicates)
{
    test::ServiceTempDir dir;
    const analysis::Analyzer analyzer;
    const ImportService importer(analyzer, dir.file("library.sqlite"));
    std::vector<ImportProgress> seen;
    const ImportReport first
        = importer.importPaths({ kSamples }, {}, [&](const ImportProgress& p) { seen.push_back(p); });
    ASSERT_TRUE(first.ok()) << first.error;
    EXPECT_GE(first.added, 10u);
    EXPECT_EQ(first.present, 0u);
    ASSERT_FALSE(seen.empty());
    EXPECT_EQ(seen.back().inputsDone, seen.back().inputsTotal);

    const ImportReport second = importer.importPaths({ kSamples }, {});
    EXPECT_EQ(second.added, 0u);
    EXPECT_EQ(second.present, first.added);

    SearchService search(dir.file("library.sqlite"));
    const auto articles = search.articles({});
    ASSERT_TRUE(articles.ok()) << articles.error();
    EXPECT_EQ(articles.value().size(), first.added);
}

TEST(ImportService, aFailedFileIsReportedAndTheRestGoOn)
{
    test::ServiceTempDir dir;
    const analysis::Analyzer analyzer;
    const ImportService importer(analyzer, dir.file("library.sqlite"));
    const ImportReport report
        = importer.importPaths({ dir.file("missing.txt"), kSamples / "global-times-2022-06-15-us-threat.txt" }, {});
    EXPECT_EQ(report.added, 1u);
    ASSERT_EQ(report.failures.size(), 1u);
    EXPECT_EQ(report.failures[0].file, dir.file("missing.txt").string());
    EXPECT_EQ(report.failures[0].reason, "no such file or directory");

    const ImportReport mixed = importer.importOutcomes(
        3,
        [](std::size_t i) {
            if (i == 1) {
                AnalysisOutcome failed;
                failed.file = "bad.html";
                failed.error = "not an article";
                return failed;
            }
            return outcomeOf(test::quoteArticle("Article " + std::to_string(i), "2022-06-15", "Wang Wenbin", "Hi"));
        },
        {});
    EXPECT_EQ(mixed.added, 2u);
    ASSERT_EQ(mixed.failures.size(), 1u);
    EXPECT_EQ(mixed.failures[0].file, "bad.html");
}

TEST(ImportService, libraryThatCannotBeOpenedIsAnError)
{
    test::ServiceTempDir dir;
    const auto garbage = dir.file("library.sqlite");
    std::ofstream(garbage) << std::string(8192, 'z');
    const analysis::Analyzer analyzer;
    const ImportReport report = ImportService(analyzer, garbage).importPaths({ kSamples }, {});
    EXPECT_NE(report.error.find("not a database"), std::string::npos) << report.error;
    EXPECT_EQ(report.added, 0u);
}

TEST(ImportService, cancellingStopsWithWhatWasWrittenIntact)
{
    test::ServiceTempDir dir;
    const analysis::Analyzer analyzer;
    const ImportService importer(analyzer, dir.file("library.sqlite"));
    std::atomic<bool> cancel { false };
    ImportOptions options;
    options.articlesPerTransaction = 3;
    const ImportReport report = importer.importOutcomes(
        100,
        [](std::size_t i) {
            return outcomeOf(test::quoteArticle("Article " + std::to_string(i), "2022-06-15", "Wang Wenbin",
                                                "Statement " + std::to_string(i)));
        },
        options,
        [&](const ImportProgress& progress) {
            if (progress.inputsDone == 10)
                cancel = true;
        },
        &cancel);
    EXPECT_TRUE(report.cancelled);
    EXPECT_EQ(report.added, 10u);
    SearchService search(dir.file("library.sqlite"));
    store::SearchQuery query;
    query.speaker = "Wang Wenbin";
    query.limit = 1000;
    const auto hits = search.searchStatements(query);
    ASSERT_TRUE(hits.ok()) << hits.error();
    EXPECT_EQ(hits.value().size(), 10u);
}

TEST(ImportService, searchesOnAnotherConnectionWorkWhileImporting)
{
    test::ServiceTempDir dir;
    const analysis::Analyzer analyzer;
    const auto library = dir.file("library.sqlite");
    const ImportService importer(analyzer, library);
    ASSERT_TRUE(importer
                    .importOutcomes(1,
                                    [](std::size_t) {
                                        return outcomeOf(
                                            test::quoteArticle("Seed", "2022-06-14", "Wang Wenbin", "First words"));
                                    },
                                    {})
                    .ok());

    std::atomic<bool> importing { true };
    std::atomic<int> failures { 0 };
    std::atomic<int> reads { 0 };
    std::thread reader([&] {
        SearchService search(library);
        store::SearchQuery query;
        query.speaker = "Wang Wenbin";
        query.limit = 100000;
        std::size_t last = 0;
        while (importing || reads == 0) {
            const auto hits = search.searchStatements(query);
            if (!hits.ok() || hits.value().size() < last)
                ++failures;
            else
                last = hits.value().size();
            ++reads;
        }
    });
    ImportOptions options;
    options.articlesPerTransaction = 20;
    const ImportReport report = importer.importOutcomes(
        400,
        [](std::size_t i) {
            return outcomeOf(test::quoteArticle("Article " + std::to_string(i), "2022-06-15", "Wang Wenbin",
                                                "Statement " + std::to_string(i)));
        },
        options);
    importing = false;
    reader.join();
    EXPECT_TRUE(report.ok()) << report.error;
    EXPECT_EQ(report.added, 400u);
    EXPECT_EQ(failures, 0);
    EXPECT_GT(reads, 0);
}

TEST(ImportService, aFullDiskStopsTheImportAndTheReportCountsOnlyWhatWasStored)
{
    test::ServiceTempDir dir;
    const auto library = dir.file("library.sqlite");
    const auto reportFile = dir.file("report.txt");
    const analysis::Analyzer analyzer;
    ASSERT_TRUE(ImportService(analyzer, library).importOutcomes(0, {}, {}).ok()); // an empty library, closed
    // A child whose files may not grow 256 KB past that: the write-ahead log fills this "disk" part-way
    // through the import.
    const auto size = static_cast<rlim_t>(std::filesystem::file_size(library)) + 256 * 1024;
    const int code = test::runInChild([&] {
        std::signal(SIGXFSZ, SIG_IGN); // a write past the limit then fails with EFBIG instead of killing
        const rlimit limit { size, size };
        if (::setrlimit(RLIMIT_FSIZE, &limit) != 0)
            return 2;
        ImportOptions options;
        options.articlesPerTransaction = 50;
        options.analysisThreads = 1;
        const ImportReport report = ImportService(analyzer, library)
                                        .importOutcomes(
                                            2000,
                                            [](std::size_t i) {
                                                return outcomeOf(test::quoteArticle(
                                                    "Article " + std::to_string(i), "2022-06-15", "Wang Wenbin",
                                                    "Statement number " + std::to_string(i) + std::string(300, 'x')));
                                            },
                                            options);
        std::ofstream(reportFile) << report.added << '\n' << report.error;
        return report.error.empty() ? 3 : 0;
    });
    ASSERT_EQ(code, 0) << "the import did not run into the full disk";
    std::ifstream in(reportFile);
    std::size_t reported = 0;
    std::string error;
    in >> reported;
    in.ignore();
    std::getline(in, error);
    SearchService search(library);
    store::ArticleFilter everything;
    everything.limit = 100000;
    const auto stored = search.articles(everything);
    ASSERT_TRUE(stored.ok()) << stored.error();
    EXPECT_GT(stored.value().size(), 0u);
    EXPECT_LT(stored.value().size(), 2000u);
    EXPECT_EQ(reported, stored.value().size()) << error;
    EXPECT_NE(error.find("were not stored"), std::string::npos) << error;
}
