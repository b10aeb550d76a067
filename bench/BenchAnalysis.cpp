// SPDX-License-Identifier: GPL-3.0-or-later
// How long the analysis takes per article: the reference article, a ~5 KB article, and every sample.
//   build/bench/bench_analysis --benchmark_min_time=1
#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>
#include <vector>

#include "analysis/Analyzer.h"
#include "ingest/ArticleReader.h"

namespace {

const std::filesystem::path kSamples = std::filesystem::path(SAYLINE_SOURCE_DIR) / "resources" / "samples";

const sayline::analysis::Analyzer& analyzer()
{
    static const sayline::analysis::Analyzer instance;
    return instance;
}

sayline::model::Article referenceArticle()
{
    return sayline::ingest::readArticles(kSamples / "global-times-2022-06-15-us-threat.txt").front();
}

/// About 5 KB of body: the reference article's paragraphs repeated, as a long wire story would be.
sayline::model::Article fiveKilobyteArticle()
{
    sayline::model::Article article = referenceArticle();
    const auto paragraphs = article.paragraphs;
    while (article.body().size() < 5000) {
        for (const auto& paragraph : paragraphs)
            article.paragraphs.push_back(paragraph);
    }
    return article;
}

void analyseReferenceArticle(benchmark::State& state)
{
    const auto article = referenceArticle();
    for (auto _ : state)
        benchmark::DoNotOptimize(analyzer().analyse(article));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * article.body().size()));
}
BENCHMARK(analyseReferenceArticle)->Unit(benchmark::kMillisecond);

void analyseFiveKilobyteArticle(benchmark::State& state)
{
    const auto article = fiveKilobyteArticle();
    for (auto _ : state)
        benchmark::DoNotOptimize(analyzer().analyse(article));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * article.body().size()));
    state.counters["body_bytes"] = static_cast<double>(article.body().size());
}
BENCHMARK(analyseFiveKilobyteArticle)->Unit(benchmark::kMillisecond);

/// The same article with the trained entity tagger typing the names the rules can only guess.
void analyseFiveKilobyteArticleWithTaggerTyping(benchmark::State& state)
{
    const auto article = fiveKilobyteArticle();
    sayline::analysis::AnalysisOptions options;
    options.taggerTyping = true;
    for (auto _ : state)
        benchmark::DoNotOptimize(analyzer().analyse(article, options));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * article.body().size()));
}
BENCHMARK(analyseFiveKilobyteArticleWithTaggerTyping)->Unit(benchmark::kMillisecond);

void readAndAnalyseEverySample(benchmark::State& state)
{
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(kSamples)) {
        if (entry.is_regular_file() && entry.path().extension() == ".txt")
            files.push_back(entry.path());
    }
    for (auto _ : state) {
        for (const auto& file : files) {
            for (auto& article : sayline::ingest::readArticles(file))
                benchmark::DoNotOptimize(analyzer().analyse(std::move(article)));
        }
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * files.size()));
}
BENCHMARK(readAndAnalyseEverySample)->Unit(benchmark::kMillisecond);

void constructAnalyzer(benchmark::State& state)
{
    for (auto _ : state) {
        const sayline::analysis::Analyzer fresh;
        benchmark::DoNotOptimize(&fresh);
    }
}
BENCHMARK(constructAnalyzer)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
