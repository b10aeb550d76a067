// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "analysis/Analyzer.h"
#include "model/Analysis.h"

using namespace sayline;

namespace {

const analysis::Analyzer& analyzer()
{
    static const analysis::Analyzer instance;
    return instance;
}

/// The code points of a UTF-8 string (the contract's offsets count these).
int codePoints(const std::string& text)
{
    int count = 0;
    for (const unsigned char c : text)
        count += (c & 0xC0) != 0x80;
    return count;
}

} // namespace

TEST(AnalyzerChinese, givesAChineseArticleItsStatementsSpeakersAndEntitiesInCodePoints)
{
    model::Article article;
    article.language = "zh";
    // 𠀀 lies outside the BMP: one code point, two UTF-16 units
    article.paragraphs
        = { "𠀀港口集团周一发布公告。", "交通部发言人高立新表示，新线路将在年底前开通。他说：“我们有信心按期完成。”" };
    const model::AnalysedArticle analysed = analyzer().analyse(article, { "2026-03-02", "auto" });
    const std::string body = article.body();

    ASSERT_EQ(analysed.statements.size(), 2u);
    const model::Statement& first = analysed.statements[0];
    EXPECT_EQ(first.content, "新线路将在年底前开通");
    const std::size_t byte = body.find(first.content);
    ASSERT_NE(byte, std::string::npos);
    EXPECT_EQ(first.span.start, codePoints(body.substr(0, byte)));
    EXPECT_EQ(first.span.length(), codePoints(first.content));
    ASSERT_TRUE(first.speaker.has_value());
    const model::Entity* speaker = analysed.entityById(*first.speaker);
    ASSERT_NE(speaker, nullptr);
    EXPECT_EQ(speaker->name, "高立新");
    EXPECT_EQ(speaker->type, model::EntityType::Person);
    EXPECT_EQ(analysed.statements[1].speaker, first.speaker);
    EXPECT_EQ(analysed.statements[1].kind, model::StatementKind::Direct);
}

TEST(AnalyzerChinese, leavesAnEnglishArticleToTheEnglishStages)
{
    model::Article article;
    article.language = "en";
    article.paragraphs = { "Transport minister Alan Park said the new line would open this year." };
    const model::AnalysedArticle analysed = analyzer().analyse(article);
    ASSERT_EQ(analysed.statements.size(), 1u);
    EXPECT_EQ(analysed.statements[0].content, "the new line would open this year");
}

TEST(AnalyzerChinese, buildsItsChineseStagesOnceWhenSeveralThreadsBringTheFirstChineseArticle)
{
    // The Chinese stages are built on first use: a fresh Analyzer and four threads asking at once must each get
    // what a single thread gets.
    model::Article article;
    article.language = "zh";
    article.paragraphs = { "交通部发言人高立新表示，新线路将在年底前开通。" };
    const model::AnalysedArticle expected = analyzer().analyse(article, { "2026-03-02", "auto" });
    const analysis::Analyzer fresh;
    std::vector<model::AnalysedArticle> results(4);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < results.size(); ++i)
        threads.emplace_back([&, i] { results[i] = fresh.analyse(article, { "2026-03-02", "auto" }); });
    for (std::thread& thread : threads)
        thread.join();
    for (const model::AnalysedArticle& result : results) {
        ASSERT_EQ(result.statements.size(), expected.statements.size());
        EXPECT_EQ(result.statements.front().content, expected.statements.front().content);
        EXPECT_EQ(result.statements.front().speakerText, expected.statements.front().speakerText);
        EXPECT_EQ(result.entities.size(), expected.entities.size());
    }
}
