// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QSortFilterProxyModel>

#include "AppTestSupport.h"
#include "speakers/EntityModel.h"
#include "speakers/EventModel.h"
#include "speakers/SpeakerModel.h"

using namespace sayline;
using app::EntityModel;
using app::EventModel;
using app::SpeakerModel;

TEST(SpeakerModel, groupsStatementsUnderTheirSpeakerAndPassesTheModelTester)
{
    SpeakerModel model;
    test::ModelCheck check(&model);
    model.setArticle(test::makeAnalysedArticle());
    ASSERT_EQ(model.rowCount(), 2); // Wang Wenbin (S1, S3), the report (S2)
    const QModelIndex wang = model.index(0, SpeakerModel::TextColumn);
    EXPECT_EQ(wang.data().toString(), QStringLiteral("Wang Wenbin (spokesperson)"));
    EXPECT_EQ(wang.data(SpeakerModel::IdRole).toString(), QStringLiteral("E1"));
    EXPECT_EQ(wang.data(SpeakerModel::StatementCountRole).toInt(), 2);
    ASSERT_EQ(model.rowCount(wang), 2);
    const QModelIndex first = model.index(0, SpeakerModel::TextColumn, wang);
    EXPECT_EQ(first.data().toString(), QStringLiteral("the NSA had attacked China on Wednesday"));
    EXPECT_EQ(model.index(0, SpeakerModel::ClaimColumn, wang).data().toString(), QStringLiteral("accusation"));
    EXPECT_EQ(first.parent(), wang);
    const QModelIndex report = model.index(1, SpeakerModel::TextColumn);
    EXPECT_EQ(report.data().toString(), QStringLiteral("The report"));
    EXPECT_TRUE(report.data(SpeakerModel::IdRole).toString().isEmpty());
    EXPECT_EQ(model.rowCount(model.index(0, SpeakerModel::CueColumn)), 0); // only column 0 has children
    model.setArticle(nullptr);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(check.problems().isEmpty()) << check.problems().join(QLatin1Char('\n')).toStdString();
}

TEST(SpeakerModel, showsStatementsByTheExportsRuleQuotingDirectSpeechOnly)
{
    SpeakerModel model;
    auto article = std::make_shared<model::AnalysedArticle>(*test::makeAnalysedArticle());
    article->statements[0].kind = model::StatementKind::Direct;
    article->statements[1].kind = model::StatementKind::Indirect;
    model.setArticle(article);
    const QModelIndex wang = model.index(0, SpeakerModel::TextColumn);
    const QModelIndex direct = model.index(0, SpeakerModel::TextColumn, wang);
    EXPECT_EQ(direct.data().toString(), QStringLiteral("\u201cthe NSA had attacked China on Wednesday\u201d"));
    EXPECT_TRUE(direct.data(Qt::ToolTipRole).toString().contains(QStringLiteral(": \u201cthe NSA had attacked")))
        << direct.data(Qt::ToolTipRole).toString().toStdString();
    const QModelIndex report = model.index(1, SpeakerModel::TextColumn);
    const QModelIndex indirect = model.index(0, SpeakerModel::TextColumn, report);
    const QString content = QString::fromStdString(article->statements[1].content);
    EXPECT_EQ(indirect.data().toString(), content.simplified());
    EXPECT_FALSE(indirect.data(Qt::ToolTipRole).toString().contains(QStringLiteral("\u201c") + content));
}

TEST(SpeakerModel, recursiveFilterFindsAStatementByItsWords)
{
    SpeakerModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    test::ModelCheck check(&proxy);
    model.setArticle(test::makeAnalysedArticle());
    proxy.setFilterFixedString(QStringLiteral("attacked"));
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.index(0, 0).data(SpeakerModel::IdRole).toString(), QStringLiteral("E1"));
    EXPECT_EQ(proxy.rowCount(proxy.index(0, 0)), 1);
    EXPECT_TRUE(check.problems().isEmpty()) << check.problems().join(QLatin1Char('\n')).toStdString();
}

TEST(EntityModel, listsOnlyTheRequestedTypesAndPassesTheModelTester)
{
    EntityModel organizations({ model::EntityType::Organization });
    test::ModelCheck check(&organizations);
    organizations.setArticle(test::makeAnalysedArticle());
    ASSERT_EQ(organizations.rowCount(), 2);
    EXPECT_EQ(organizations.index(0, EntityModel::NameColumn).data().toString(),
              QStringLiteral("National Security Agency"));
    EXPECT_EQ(organizations.index(0, EntityModel::AliasesColumn).data().toString(), QStringLiteral("NSA"));
    EXPECT_EQ(organizations.index(0, EntityModel::MentionsColumn).data().toInt(), 2);
    EXPECT_EQ(organizations.index(1, 0).data(EntityModel::TypeRole).toString(), QStringLiteral("organization"));
    organizations.setArticle(nullptr);
    EXPECT_EQ(organizations.rowCount(), 0);
    EXPECT_TRUE(check.problems().isEmpty()) << check.problems().join(QLatin1Char('\n')).toStdString();
}

TEST(EventModel, showsTheDateValueAndTheStatementItBelongsTo)
{
    EventModel events;
    test::ModelCheck check(&events);
    events.setArticle(test::makeAnalysedArticle());
    ASSERT_EQ(events.rowCount(), 1);
    EXPECT_EQ(events.index(0, EventModel::ValueColumn).data().toString(), QStringLiteral("2022-06-15"));
    EXPECT_EQ(events.index(0, EventModel::TextColumn).data().toString(), QStringLiteral("Wednesday"));
    const QString context = events.index(0, EventModel::ContextColumn).data().toString();
    EXPECT_TRUE(context.startsWith(QStringLiteral("Wang Wenbin:"))) << context.toStdString();
    EXPECT_TRUE(check.problems().isEmpty()) << check.problems().join(QLatin1Char('\n')).toStdString();
}
