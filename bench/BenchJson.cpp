// SPDX-License-Identifier: GPL-3.0-or-later
// How long the JSON work takes: writing the analysis contract of the reference article, and reading the
// JSON-LD block of a news page (as it ships, trailing comma included) and a large @graph made of it.
//   build/bench_json --benchmark_min_time=1
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "analysis/Analyzer.h"
#include "export/AnalysisJson.h"
#include "ingest/ArticleReader.h"
#include "ingest/JsonLdScript.h"

namespace {

const std::filesystem::path kSource(SAYLINE_SOURCE_DIR);

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

/// The text of the first application/ld+json script of the news page fixture.
std::string pageJsonLd()
{
    const std::string html = readFile(kSource / "tests" / "data" / "html" / "news-article.html");
    const std::string open = "<script type=\"application/ld+json\">";
    const std::size_t start = html.find(open) + open.size();
    return html.substr(start, html.find("</script>", start) - start);
}

/// About 100 KB: the page's block 200 times in one @graph, as a site's index page might ship.
std::string largeJsonLd()
{
    const std::string block = pageJsonLd();
    std::string text = "{\"@context\": \"https://schema.org\", \"@graph\": [";
    for (int i = 0; i < 200; ++i)
        text += block + ",\n";
    return text + "]}";
}

void writeAnalysisJsonOfReferenceArticle(benchmark::State& state)
{
    const sayline::analysis::Analyzer analyzer;
    const auto article
        = sayline::ingest::readArticles(kSource / "resources" / "samples" / "global-times-2022-06-15-us-threat.txt")
              .front();
    const auto analysed = analyzer.analyse(article);
    std::size_t bytes = 0;
    for (auto _ : state) {
        const std::string json = sayline::exporting::toAnalysisJson(analysed);
        bytes += json.size();
        benchmark::DoNotOptimize(json.data());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}
BENCHMARK(writeAnalysisJsonOfReferenceArticle)->Unit(benchmark::kMicrosecond);

void readJsonLd(benchmark::State& state, const std::string& text)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(sayline::ingest::readJsonLdScript(text));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}

void readPageJsonLd(benchmark::State& state)
{
    readJsonLd(state, pageJsonLd());
}
BENCHMARK(readPageJsonLd)->Unit(benchmark::kMicrosecond);

void readLargeJsonLd(benchmark::State& state)
{
    readJsonLd(state, largeJsonLd());
}
BENCHMARK(readLargeJsonLd)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
