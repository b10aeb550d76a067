// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "model/Analysis.h"

namespace sayline::test {

/// Expects two analyses of one article to be equal field by field (every field of the analysis contract), and
/// names the first field that differs.
inline void expectSameAnalysis(const model::AnalysedArticle& expected, const model::AnalysedArticle& actual,
                               const std::string& where)
{
    const model::Article& a = expected.article;
    const model::Article& b = actual.article;
    EXPECT_EQ(a.title, b.title) << where;
    EXPECT_EQ(a.authors, b.authors) << where;
    EXPECT_EQ(a.publisher, b.publisher) << where;
    EXPECT_EQ(a.published, b.published) << where;
    EXPECT_EQ(a.updated, b.updated) << where;
    EXPECT_EQ(a.language, b.language) << where;
    EXPECT_EQ(a.url, b.url) << where;
    EXPECT_EQ(a.body(), b.body()) << where;
    ASSERT_EQ(expected.entities.size(), actual.entities.size()) << where;
    for (std::size_t i = 0; i < expected.entities.size(); ++i) {
        const model::Entity& x = expected.entities[i];
        const model::Entity& y = actual.entities[i];
        const std::string entity = where + ", entity " + x.id + " " + x.name;
        EXPECT_EQ(x.id, y.id) << entity;
        EXPECT_EQ(x.type, y.type) << entity;
        EXPECT_EQ(x.name, y.name) << entity;
        EXPECT_EQ(x.aliases, y.aliases) << entity;
        EXPECT_EQ(x.roles, y.roles) << entity;
        EXPECT_EQ(x.affiliation, y.affiliation) << entity;
        EXPECT_EQ(x.mentions, y.mentions) << entity;
    }
    ASSERT_EQ(expected.statements.size(), actual.statements.size()) << where;
    for (std::size_t i = 0; i < expected.statements.size(); ++i) {
        const model::Statement& x = expected.statements[i];
        const model::Statement& y = actual.statements[i];
        const std::string statement = where + ", statement " + x.id + " \"" + x.content + "\"";
        EXPECT_EQ(x.id, y.id) << statement;
        EXPECT_EQ(x.speaker, y.speaker) << statement;
        EXPECT_EQ(x.speakerText, y.speakerText) << statement;
        EXPECT_EQ(x.speakerSpan, y.speakerSpan) << statement;
        EXPECT_EQ(x.cue, y.cue) << statement;
        EXPECT_EQ(x.cueSpan, y.cueSpan) << statement;
        EXPECT_EQ(x.kind, y.kind) << statement;
        EXPECT_EQ(x.content, y.content) << statement;
        EXPECT_EQ(x.span, y.span) << statement;
        EXPECT_EQ(x.claimType, y.claimType) << statement;
        EXPECT_EQ(x.about, y.about) << statement;
        EXPECT_EQ(x.attribution.sieve, y.attribution.sieve) << statement;
        EXPECT_EQ(x.attribution.explanation, y.attribution.explanation) << statement;
    }
    ASSERT_EQ(expected.dates.size(), actual.dates.size()) << where;
    for (std::size_t i = 0; i < expected.dates.size(); ++i) {
        const model::DateMention& x = expected.dates[i];
        const model::DateMention& y = actual.dates[i];
        const std::string date = where + ", date " + x.text;
        EXPECT_EQ(x.text, y.text) << date;
        EXPECT_EQ(x.span, y.span) << date;
        EXPECT_EQ(x.type, y.type) << date;
        EXPECT_EQ(x.value, y.value) << date;
    }
}

} // namespace sayline::test
