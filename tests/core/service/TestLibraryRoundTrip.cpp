// SPDX-License-Identifier: GPL-3.0-or-later
// The library keeps the whole analysis: an article read back is the analysis `analyze` prints, plus the user's
// corrections, and undoing a correction gives the analysis back.
#include <gtest/gtest.h>

#include <algorithm>

#include "AnalysisComparison.h"
#include "ServiceFixtures.h"
#include "service/AnalysisService.h"
#include "service/CorrectionService.h"
#include "service/ImportService.h"
#include "service/SearchService.h"
#include "store/AnalysisReader.h"
#include "store/ArticleRepository.h"

using namespace sayline;
using namespace sayline::service;

namespace {

const std::filesystem::path kSamples = std::filesystem::path(SAYLINE_SOURCE_DIR) / "resources" / "samples";
const std::filesystem::path kReference = kSamples / "global-times-2022-06-15-us-threat.txt";

class LibraryRoundTrip : public ::testing::Test
{
protected:
    std::filesystem::path library() const { return m_dir.file("library.sqlite"); }

    model::AnalysedArticle analyse(const std::filesystem::path& file)
    {
        const AnalysisOutcome outcome = m_analysis.analyseFile(file, ingest::Format::Auto, {});
        EXPECT_TRUE(outcome.ok()) << outcome.error;
        EXPECT_EQ(outcome.articles.size(), 1u);
        return outcome.articles.front();
    }

    void import(const std::vector<std::filesystem::path>& paths)
    {
        const ImportReport report = ImportService(m_analyzer, library()).importPaths(paths, {});
        ASSERT_TRUE(report.ok()) << report.error;
    }

    /// The library's copy of the article read from file (by its name: an older library may hold other paths).
    store::StoredAnalysis stored(const std::filesystem::path& file)
    {
        SearchService search(library());
        store::ArticleFilter all;
        const auto articles = search.articles(all);
        EXPECT_TRUE(articles.ok()) << articles.error();
        for (const store::ArticleSummary& summary : articles.value()) {
            if (std::filesystem::path(summary.file).filename() == file.filename()) {
                auto article = search.article(summary.id);
                EXPECT_TRUE(article.ok()) << article.error();
                return article.value();
            }
        }
        ADD_FAILURE() << "not in the library: " << file;
        return {};
    }

    store::RowId entityNamed(const std::string& name)
    {
        const auto ids = SearchService(library()).entitiesNamed(name);
        EXPECT_TRUE(ids.ok() && !ids.value().empty()) << name;
        return ids.ok() && !ids.value().empty() ? ids.value().front() : 0;
    }

    static const model::Statement& statementWithSource(const model::AnalysedArticle& analysed,
                                                       const std::string& source)
    {
        const auto found = std::find_if(analysed.statements.begin(), analysed.statements.end(),
                                        [&](const model::Statement& s) { return s.speakerText == source; });
        EXPECT_NE(found, analysed.statements.end()) << source;
        return *found;
    }

    test::ServiceTempDir m_dir;
    const analysis::Analyzer m_analyzer;
    const AnalysisService m_analysis { m_analyzer };
};

TEST_F(LibraryRoundTrip, everySampleReadsBackAsTheAnalysisItWas)
{
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(kSamples)) {
        if (entry.is_regular_file())
            files.push_back(entry.path());
    }
    ASSERT_GE(files.size(), 17u);
    import({ kSamples });
    for (const std::filesystem::path& file : files) {
        const store::StoredAnalysis article = stored(file);
        EXPECT_TRUE(article.complete);
        test::expectSameAnalysis(analyse(file), article.analysis, file.filename().string());
    }
}

TEST_F(LibraryRoundTrip, theReferenceArticleKeepsAliasesRolesAffiliationAndSpeakerSpans)
{
    import({ kReference });
    const model::AnalysedArticle analysed = stored(kReference).analysis;
    const model::Statement& lead = statementWithSource(analysed, "a senior Chinese official");
    ASSERT_TRUE(lead.speaker);
    const model::Entity* wang = analysed.entityById(*lead.speaker);
    ASSERT_NE(wang, nullptr);
    EXPECT_EQ(wang->name, "Wang Wenbin");
    EXPECT_NE(std::find(wang->aliases.begin(), wang->aliases.end(), "a senior Chinese official"), wang->aliases.end());
    EXPECT_NE(std::find(wang->roles.begin(), wang->roles.end(), "spokesperson"), wang->roles.end());
    ASSERT_TRUE(wang->affiliation);
    EXPECT_NE(analysed.entityById(*wang->affiliation)->name.find("Foreign Ministry"), std::string::npos);
    ASSERT_TRUE(lead.speakerSpan && lead.cueSpan);
    EXPECT_EQ(model::codePointSubstr(analysed.article.body(), lead.speakerSpan->start, lead.speakerSpan->end),
              "a senior Chinese official");
    EXPECT_EQ(model::codePointSubstr(analysed.article.body(), lead.cueSpan->start, lead.cueSpan->end), "said");
}

TEST_F(LibraryRoundTrip, aReassignedSpeakerReadsBackAndItsUndoGivesTheAnalysisBack)
{
    import({ kReference });
    const model::AnalysedArticle fresh = analyse(kReference);
    const store::StoredAnalysis before = stored(kReference);
    const std::string target = statementWithSource(fresh, "the media report").id;
    const store::RowId wang = entityNamed("Wang Wenbin");

    CorrectionService corrections(m_analyzer, library());
    const auto reassigned = corrections.reassign(before.statementRows.at(target), wang);
    ASSERT_TRUE(reassigned.ok()) << reassigned.error();
    const store::StoredAnalysis after = stored(kReference);
    const model::Statement* statement = nullptr;
    for (const model::Statement& s : after.analysis.statements)
        statement = s.id == target ? &s : statement;
    ASSERT_NE(statement, nullptr);
    ASSERT_TRUE(statement->speaker);
    EXPECT_EQ(after.analysis.entityById(*statement->speaker)->name, "Wang Wenbin");
    EXPECT_EQ(statement->speakerText, "the media report"); // the source as written stays
    EXPECT_EQ(statement->attribution.sieve, store::kCorrectionSieve); // the user decided, not a sieve

    ASSERT_TRUE(corrections.undo(reassigned.value()).ok());
    test::expectSameAnalysis(fresh, stored(kReference).analysis, "after undo");
    ASSERT_TRUE(corrections.redo(reassigned.value()).ok());
    EXPECT_EQ(stored(kReference).analysis.entityById(*statement->speaker)->name, "Wang Wenbin");
}

TEST_F(LibraryRoundTrip, mergedEntitiesReadBackAsOneAndTheUndoSplitsThemAgain)
{
    import({ kReference });
    const model::AnalysedArticle fresh = analyse(kReference);
    CorrectionService corrections(m_analyzer, library());
    const auto merged = corrections.merge(entityNamed("National Security Agency"),
                                          entityNamed("Office of Tailored Access Operations"));
    ASSERT_TRUE(merged.ok()) << merged.error();
    const model::AnalysedArticle after = stored(kReference).analysis;
    EXPECT_EQ(after.entities.size(), fresh.entities.size() - 1);
    const auto nsa = std::find_if(after.entities.begin(), after.entities.end(),
                                  [](const model::Entity& e) { return e.name == "National Security Agency"; });
    ASSERT_NE(nsa, after.entities.end());
    EXPECT_NE(std::find(nsa->aliases.begin(), nsa->aliases.end(), "Office of Tailored Access Operations"),
              nsa->aliases.end());
    for (const model::Statement& statement : after.statements) {
        for (const std::string& target : statement.about)
            EXPECT_NE(after.entityById(target), nullptr) << target;
    }

    ASSERT_TRUE(corrections.undo(merged.value()).ok());
    test::expectSameAnalysis(fresh, stored(kReference).analysis, "after undoing the merge");
}

TEST_F(LibraryRoundTrip, anUndoneDeletionIsSearchableAgain)
{
    import({ kReference });
    SearchService search(library());
    store::SearchQuery query;
    query.text = "Iran";
    const auto found = search.searchStatements(query);
    ASSERT_TRUE(found.ok() && found.value().size() == 1) << found.error();

    CorrectionService corrections(m_analyzer, library());
    const auto deleted = corrections.deleteStatement(found.value().front().id);
    ASSERT_TRUE(deleted.ok()) << deleted.error();
    EXPECT_TRUE(SearchService(library()).searchStatements(query).value().empty());
    ASSERT_TRUE(corrections.undo(deleted.value()).ok());
    EXPECT_EQ(SearchService(library()).searchStatements(query).value().size(), 1u);
    test::expectSameAnalysis(analyse(kReference), stored(kReference).analysis, "after undoing the deletion");
}

TEST_F(LibraryRoundTrip, undoingAnEditWhoseRowsChangedSinceIsAConflictThatChangesNothing)
{
    import({ kReference });
    const store::StoredAnalysis article = stored(kReference);
    const store::RowId statement = article.statementRows.begin()->second;
    CorrectionService corrections(m_analyzer, library());
    const auto first = corrections.reassign(statement, entityNamed("National Security Agency"));
    const auto second = corrections.reassign(statement, entityNamed("Five Eyes"));
    ASSERT_TRUE(first.ok() && second.ok());
    const auto undone = corrections.undo(first.value());
    EXPECT_FALSE(undone.ok());
    EXPECT_EQ(undone.code(), ErrorCode::Conflict);
    EXPECT_NE(undone.error().find("changed since"), std::string::npos) << undone.error();
    EXPECT_TRUE(corrections.undo(second.value()).ok());
    EXPECT_TRUE(corrections.undo(first.value()).ok());
    test::expectSameAnalysis(analyse(kReference), stored(kReference).analysis, "after both undos");
}

TEST_F(LibraryRoundTrip, aLibraryOfTheEarlierVersionIsCompletedAndKeepsItsCorrections)
{
    // Made by the previous release (schema 4, which kept no aliases, roles or per-article speakers): two
    // articles, statement [998, 1068) of the reference article reassigned to Wang Wenbin, statement
    // [1121, 1277) deleted, Durango merged into Chrysler.
    std::filesystem::copy_file(std::filesystem::path(SAYLINE_TEST_DATA) / "library" / "library-v4.sqlite", library());
    CorrectionService corrections(m_analyzer, library());
    const auto incomplete = corrections.incompleteArticles();
    ASSERT_TRUE(incomplete.ok()) << incomplete.error();
    EXPECT_EQ(incomplete.value(), 2u);
    EXPECT_FALSE(stored(kReference).complete);

    const auto completed = corrections.completeIncompleteArticles();
    ASSERT_TRUE(completed.ok()) << completed.error();
    EXPECT_EQ(completed.value().articles, 2u);
    EXPECT_EQ(corrections.incompleteArticles().value(), 0u);

    const store::StoredAnalysis reference = stored(kReference);
    EXPECT_TRUE(reference.complete);
    model::AnalysedArticle expected = analyse(kReference);
    // The corrections, as the user made them: one statement deleted, one spoken by Wang Wenbin.
    const auto deleted = std::find_if(expected.statements.begin(), expected.statements.end(),
                                      [](const model::Statement& s) { return s.span.start == 1121; });
    ASSERT_NE(deleted, expected.statements.end());
    expected.statements.erase(deleted);
    const std::optional<std::string> wang = statementWithSource(expected, "a senior Chinese official").speaker;
    for (model::Statement& statement : expected.statements) {
        if (statement.span.start == 998 && statement.speaker != wang) {
            statement.speaker = wang;
            statement.attribution = { std::string(store::kCorrectionSieve), "set by a correction in this library" };
        }
    }
    test::expectSameAnalysis(expected, reference.analysis, "reference article");

    const auto wagoner = std::filesystem::path(SAYLINE_SOURCE_DIR) / "resources/samples/wikinews"
        / "wikinews-2009-02-18-us-automakers-gm-and-chrysler-seek-more-governme.txt";
    const model::AnalysedArticle automakers = stored(wagoner).analysis;
    const auto chrysler = std::find_if(automakers.entities.begin(), automakers.entities.end(),
                                       [](const model::Entity& e) { return e.name == "Chrysler"; });
    ASSERT_NE(chrysler, automakers.entities.end());
    EXPECT_NE(std::find(chrysler->aliases.begin(), chrysler->aliases.end(), "Durango"), chrysler->aliases.end());
    EXPECT_EQ(std::count_if(automakers.entities.begin(), automakers.entities.end(),
                            [](const model::Entity& e) { return e.name == "Durango"; }),
              0);
}

} // namespace
