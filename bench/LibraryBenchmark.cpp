// SPDX-License-Identifier: GPL-3.0-or-later
// Builds a library of generated articles and measures import rate and search latency.
//   SAYLINE_BENCH_ARTICLES  number of articles (default 100000)
//   SAYLINE_BENCH_ANALYSIS  "real" (default: the Analyzer runs on every article) or "templates" (the generator's
//                           own annotations, to measure the store alone)
//   SAYLINE_BENCH_LIBRARY   library file, or a team archive's postgresql:// address (default: a fresh file in the
//                           temp dir, removed at the end)
//   SAYLINE_BENCH_REUSE     "1": search an existing SAYLINE_BENCH_LIBRARY without importing again
//   SAYLINE_BENCH_WORKERS   importers at once (default 1), each an ImportService with its own writer and
//                           connection, importing its share of the articles (as several sayline-cli imports would)
//   SAYLINE_BENCH_THREADS   analysis threads of each importer (default 0: ImportOptions' default, one per core);
//                           1 writes the articles in generation order (a library to compare byte for byte)
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>

#include "ArticleGenerator.h"
#include "analysis/Analyzer.h"
#include "service/ImportService.h"
#include "service/SearchService.h"

using namespace sayline;

namespace {

std::size_t envNumber(const char* name, std::size_t fallback)
{
    const char* value = std::getenv(name);
    return value && *value ? static_cast<std::size_t>(std::strtoull(value, nullptr, 10)) : fallback;
}

double cpuSeconds(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

std::string envText(const char* name, const std::string& fallback)
{
    const char* value = std::getenv(name);
    return value && *value ? std::string(value) : fallback;
}

struct Library
{
    std::filesystem::path file;
    bool temporary = false;
    std::size_t articles = 0;
    std::size_t statements = 0;
    double seconds = 0;
    double processCpuSeconds = 0; ///< all threads: analysis and writing
    double writerCpuSeconds = 0; ///< the writer thread alone
    bench::ArticleGenerator generator;

    ~Library()
    {
        if (temporary) {
            for (const char* suffix : { "", "-wal", "-shm" })
                std::filesystem::remove(file.string() + suffix);
        }
    }
};

Library& library()
{
    static std::unique_ptr<Library> instance = [] {
        auto created = std::make_unique<Library>();
        const std::string path = envText("SAYLINE_BENCH_LIBRARY", "");
        created->temporary = path.empty();
        created->file = path.empty()
            ? std::filesystem::temp_directory_path() / ("sayline-bench-" + std::to_string(::getpid()) + ".sqlite")
            : std::filesystem::path(path);
        created->articles = envNumber("SAYLINE_BENCH_ARTICLES", 100000);
        if (!path.empty() && envText("SAYLINE_BENCH_REUSE", "") == "1" && std::filesystem::exists(created->file))
            return created;
        for (const char* suffix : { "", "-wal", "-shm" })
            std::filesystem::remove(created->file.string() + suffix);
        const bool real = envText("SAYLINE_BENCH_ANALYSIS", "real") == "real";

        const std::size_t workers = std::max<std::size_t>(1, envNumber("SAYLINE_BENCH_WORKERS", 1));
        service::ImportOptions options;
        options.analysisThreads = static_cast<int>(envNumber("SAYLINE_BENCH_THREADS", 0));

        const analysis::Analyzer analyzer;
        std::atomic<std::size_t> statements { 0 };
        const bench::ArticleGenerator& generator = created->generator;
        const std::size_t total = created->articles;
        std::vector<service::ImportReport> reports(workers);
        std::vector<double> writerCpu(workers, 0.0);
        // Worker w imports articles [w * total / workers, (w + 1) * total / workers) through its own ImportService.
        auto importShare = [&](std::size_t w) {
            const std::size_t first = w * total / workers;
            const std::size_t count = (w + 1) * total / workers - first;
            const service::ImportService importer(analyzer, created->file);
            const double writerStart = cpuSeconds(RUSAGE_THREAD);
            reports[w] = importer.importOutcomes(
                count,
                [&, first](std::size_t i) {
                    service::AnalysisOutcome outcome;
                    outcome.file = "generated/" + std::to_string(first + i);
                    outcome.articles.push_back(real ? analyzer.analyse(generator.article(first + i))
                                                    : generator.annotated(first + i));
                    statements += outcome.articles.back().statements.size();
                    return outcome;
                },
                options);
            writerCpu[w] = cpuSeconds(RUSAGE_THREAD) - writerStart;
        };
        const auto start = std::chrono::steady_clock::now();
        const double processStart = cpuSeconds(RUSAGE_SELF);
        if (workers == 1) {
            importShare(0);
        } else {
            std::vector<std::thread> threads;
            for (std::size_t w = 0; w < workers; ++w)
                threads.emplace_back(importShare, w);
            for (std::thread& thread : threads)
                thread.join();
        }
        created->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        created->processCpuSeconds = cpuSeconds(RUSAGE_SELF) - processStart;
        for (const double seconds : writerCpu)
            created->writerCpuSeconds += seconds;
        created->statements = statements;
        std::size_t added = 0;
        for (const service::ImportReport& report : reports) {
            added += report.added;
            if (!report.ok()) {
                std::fprintf(stderr, "import failed: %s\n",
                             report.error.empty() ? report.failures.front().reason.c_str() : report.error.c_str());
                std::exit(1);
            }
        }
        if (added != total) {
            std::fprintf(stderr, "import failed: %zu of %zu articles added\n", added, total);
            std::exit(1);
        }
        return created;
    }();
    return *instance;
}

void BM_Import(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(library().articles);
    const Library& built = library();
    state.counters["articles"] = static_cast<double>(built.articles);
    state.counters["statements"] = static_cast<double>(built.statements);
    state.counters["seconds"] = built.seconds;
    if (built.seconds == 0) {
        state.SkipWithError("library reused: nothing imported");
        return;
    }
    state.counters["articles_per_s"] = static_cast<double>(built.articles) / built.seconds;
    // What two otherwise idle cores sustain: the writer is one thread, analysis spreads over the rest.
    const double perArticleTotal = built.processCpuSeconds / static_cast<double>(built.articles);
    const double perArticleWriter = built.writerCpuSeconds / static_cast<double>(built.articles);
    state.counters["cpu_ms_per_article"] = perArticleTotal * 1000;
    state.counters["writer_cpu_ms_per_article"] = perArticleWriter * 1000;
    state.counters["two_core_articles_per_s"] = std::min(1.0 / perArticleWriter, 2.0 / perArticleTotal);
}

/// Runs one query per iteration (a different one each time) and reports median and p95 latency.
template <typename MakeQuery> void runSearches(benchmark::State& state, MakeQuery makeQuery)
{
    Library& built = library();
    service::SearchService search(built.file);
    std::vector<double> latencies;
    std::size_t results = 0;
    std::size_t i = 0;
    for (auto _ : state) {
        const store::SearchQuery query = makeQuery(built.generator, i++);
        const auto start = std::chrono::steady_clock::now();
        const auto hits = search.searchStatements(query);
        latencies.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        if (!hits) {
            state.SkipWithError(hits.error().c_str());
            return;
        }
        results += hits.value().size();
    }
    std::sort(latencies.begin(), latencies.end());
    state.counters["median_ms"] = latencies[latencies.size() / 2];
    state.counters["p95_ms"] = latencies[std::min(latencies.size() - 1, latencies.size() * 95 / 100)];
    state.counters["results_per_query"] = static_cast<double>(results) / static_cast<double>(latencies.size());
}

void BM_SpeakerSearch(benchmark::State& state)
{
    runSearches(state, [](const bench::ArticleGenerator& generator, std::size_t i) {
        store::SearchQuery query;
        query.speaker = generator.speaker(i * 7919);
        query.limit = 50;
        return query;
    });
}

void BM_TextSearch(benchmark::State& state)
{
    runSearches(state, [](const bench::ArticleGenerator& generator, std::size_t i) {
        store::SearchQuery query;
        query.text = generator.topic(i * 7) + " " + generator.word(i);
        query.limit = 50;
        return query;
    });
}

/// The worst case for bm25 ranking: one word that occurs in one statement of thirty.
void BM_TextSearchCommonWord(benchmark::State& state)
{
    runSearches(state, [](const bench::ArticleGenerator& generator, std::size_t i) {
        store::SearchQuery query;
        query.text = generator.word(i);
        query.limit = 50;
        return query;
    });
}

void BM_CombinedSearch(benchmark::State& state)
{
    runSearches(state, [](const bench::ArticleGenerator& generator, std::size_t i) {
        store::SearchQuery query;
        query.speaker = generator.speaker(i * 7919);
        query.text = generator.word(i);
        query.from = "2010-01-01";
        query.to = "2020-12-31";
        query.limit = 50;
        return query;
    });
}

/// Times one call per iteration and reports median and p95 latency.
template <typename Work> void runTimed(benchmark::State& state, Work work)
{
    Library& built = library();
    std::vector<double> latencies;
    std::size_t i = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        if (const std::string error = work(built, i++); !error.empty()) {
            state.SkipWithError(error.c_str());
            return;
        }
        latencies.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(latencies.begin(), latencies.end());
    state.counters["median_ms"] = latencies[latencies.size() / 2];
    state.counters["p95_ms"] = latencies[std::min(latencies.size() - 1, latencies.size() * 95 / 100)];
}

/// What the window does when it opens on the library: a new connection, the article count, the first page.
void BM_OpenArticleList(benchmark::State& state)
{
    runTimed(state, [](Library& built, std::size_t) {
        service::SearchService search(built.file);
        store::ArticleFilter filter;
        filter.limit = 200;
        const auto total = search.countArticles(filter);
        const auto page = search.articles(filter);
        return !total ? total.error() : !page ? page.error() : std::string();
    });
}

/// Scrolling far down the list: a page at offset 50,000 (in date and in title order).
void BM_ArticleListDeepPage(benchmark::State& state)
{
    service::SearchService search(library().file);
    runTimed(state, [&search](Library&, std::size_t i) {
        store::ArticleFilter filter;
        filter.sort = i % 2 == 0 ? store::ArticleFilter::Sort::Date : store::ArticleFilter::Sort::Title;
        filter.offset = 50000;
        filter.limit = 200;
        const auto page = search.articles(filter);
        return page ? std::string() : page.error();
    });
}

/// The Speakers tab: every speaker with count, dates, aliases and roles.
void BM_SpeakersList(benchmark::State& state)
{
    service::SearchService search(library().file);
    runTimed(state, [&search](Library&, std::size_t) {
        const auto speakers = search.speakers(std::nullopt, 1000000);
        return speakers ? std::string() : speakers.error();
    });
}

/// Choosing a speaker: the count and the timeline over all their statements.
void BM_SpeakerTimeline(benchmark::State& state)
{
    service::SearchService search(library().file);
    runTimed(state, [&search](Library& built, std::size_t i) {
        store::SearchQuery query;
        query.speaker = built.generator.speaker(i * 7919);
        const auto count = search.countStatements(query);
        const auto timeline = search.timeline(query);
        return !count ? count.error() : !timeline ? timeline.error() : std::string();
    });
}

} // namespace

BENCHMARK(BM_Import)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SpeakerSearch)->Iterations(300)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TextSearch)->Iterations(300)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TextSearchCommonWord)->Iterations(100)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CombinedSearch)->Iterations(300)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OpenArticleList)->Iterations(20)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ArticleListDeepPage)->Iterations(20)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SpeakersList)->Iterations(5)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SpeakerTimeline)->Iterations(100)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
