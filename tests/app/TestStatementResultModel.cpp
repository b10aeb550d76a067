// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "search/StatementResultModel.h"

using namespace sayline;
using app::StatementResultModel;

namespace {

store::StatementRecord record(store::RowId id, const std::string& speaker, const std::string& content,
                              model::StatementKind kind)
{
    store::StatementRecord out;
    out.id = id;
    out.articleId = 7;
    out.articleTitle = "An article";
    out.publisher = "Test Wire";
    out.date = "2022-06-15";
    out.speaker = speaker;
    out.cue = "said";
    out.content = content;
    out.kind = kind;
    out.span = { 10, 10 + static_cast<int>(content.size()) };
    return out;
}

} // namespace

TEST(StatementResultModel, quotesDirectSpeechOnlyAndReportsTheRest)
{
    StatementResultModel model;
    model.setResults({ record(1, "Wang Wenbin", "It can be seen", model::StatementKind::Direct),
                       record(2, "Wang Wenbin", "the US is a threat", model::StatementKind::Indirect),
                       record(3, "Wang Wenbin", "an \"axis\" led by the US", model::StatementKind::Mixed) });
    const auto text = [&](int row, int role) {
        return model.index(row, StatementResultModel::StatementColumn).data(role).toString();
    };
    EXPECT_EQ(text(0, Qt::DisplayRole), QStringLiteral("\u201cIt can be seen\u201d"));
    EXPECT_EQ(text(1, Qt::DisplayRole), QStringLiteral("the US is a threat"));
    EXPECT_EQ(text(2, Qt::DisplayRole), QStringLiteral("an \"axis\" led by the US"));
    EXPECT_TRUE(text(0, Qt::ToolTipRole).startsWith(QStringLiteral("Wang Wenbin said: \u201cIt can be seen\u201d")));
    EXPECT_TRUE(
        text(1, Qt::ToolTipRole).startsWith(QStringLiteral("Wang Wenbin (said, reported speech): the US is a threat")))
        << text(1, Qt::ToolTipRole).toStdString();
    EXPECT_FALSE(text(1, Qt::ToolTipRole).contains(QStringLiteral("\u201cthe US")));
}
