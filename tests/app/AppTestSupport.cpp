// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppTestSupport.h"

#include <QAbstractItemModelTester>
#include <QMutex>
#include <stdexcept>

#include "model/Utf8.h"

namespace sayline::test {
namespace {

QMutex problemsMutex;
QStringList* activeProblems = nullptr;
QtMessageHandler previousHandler = nullptr;

void collectModelTestMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&problemsMutex);
        if (activeProblems && context.category && QLatin1String(context.category) == QLatin1String("qt.modeltest")) {
            activeProblems->append(message);
            return;
        }
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

model::Span spanOf(const std::string& body, const std::string& text, int occurrence)
{
    std::size_t at = body.find(text);
    for (int i = 0; i < occurrence && at != std::string::npos; ++i)
        at = body.find(text, at + 1);
    if (at == std::string::npos)
        throw std::logic_error("fixture text not in body: " + text);
    const int start = model::codePointCount(std::string_view(body).substr(0, at));
    return { start, start + model::codePointCount(text) };
}

app::ArticleHandle makeAnalysedArticle()
{
    auto analysed = std::make_shared<model::AnalysedArticle>();
    model::Article& article = analysed->article;
    article.file = "/fixtures/emoji-article.txt";
    article.title = "Emoji \xF0\x9F\x98\x80 test article";
    article.publisher = "Test Wire";
    article.published = "2022-06-15";
    article.authors = { "Ann Writer" };
    article.paragraphs = {
        "\xF0\x9F\x98\x80 Wang Wenbin said the NSA had attacked China on Wednesday.",
        "\xF0\x9F\x8C\x8D The report noted that TAO is part of the NSA, Wang said.",
    };
    const std::string body = article.body();

    model::Entity wang { "E1",
                         model::EntityType::Person,
                         "Wang Wenbin",
                         { "Wang" },
                         { "spokesperson" },
                         std::nullopt,
                         { spanOf(body, "Wang Wenbin"), spanOf(body, "Wang", 1) } };
    model::Entity nsa { "E2",
                        model::EntityType::Organization,
                        "National Security Agency",
                        { "NSA" },
                        {},
                        std::nullopt,
                        { spanOf(body, "NSA"), spanOf(body, "NSA", 1) } };
    model::Entity china { "E3", model::EntityType::Location, "China", {}, {}, std::nullopt, { spanOf(body, "China") } };
    model::Entity tao { "E4", model::EntityType::Organization, "Office of Tailored Access Operations", { "TAO" }, {},
                        "E2", { spanOf(body, "TAO") } };
    analysed->entities = { wang, nsa, china, tao };

    model::Statement first;
    first.id = "S1";
    first.speaker = "E1";
    first.speakerText = "Wang Wenbin";
    first.speakerSpan = spanOf(body, "Wang Wenbin");
    first.cue = "said";
    first.cueSpan = spanOf(body, "said");
    first.kind = model::StatementKind::Indirect;
    first.content = "the NSA had attacked China on Wednesday";
    first.span = spanOf(body, first.content);
    first.claimType = model::ClaimType::Accusation;
    first.about = { "E2", "E3" };

    model::Statement second;
    second.id = "S2";
    second.speakerText = "The report";
    second.speakerSpan = spanOf(body, "The report");
    second.cue = "noted";
    second.cueSpan = spanOf(body, "noted");
    second.content = "TAO is part of the NSA";
    second.span = spanOf(body, second.content);
    second.about = { "E4", "E2" };

    model::Statement third = first;
    third.id = "S3";
    third.speakerText = "Wang";
    third.speakerSpan = spanOf(body, "Wang", 1);
    third.cueSpan = spanOf(body, "said", 1);
    third.content = "The report noted that TAO is part of the NSA";
    third.span = spanOf(body, third.content);
    third.claimType = model::ClaimType::Assertion;
    third.about = { "E4" };
    analysed->statements = { first, second, third };

    model::DateMention wednesday { "Wednesday", spanOf(body, "Wednesday"), model::DateType::Date, "2022-06-15" };
    analysed->dates = { wednesday };
    return analysed;
}

struct ModelCheck::Private
{
    QStringList problems;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

ModelCheck::ModelCheck(QAbstractItemModel* model)
    : d(std::make_unique<Private>())
{
    {
        QMutexLocker lock(&problemsMutex);
        activeProblems = &d->problems;
    }
    previousHandler = qInstallMessageHandler(collectModelTestMessages);
    d->tester
        = std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Warning);
}

ModelCheck::~ModelCheck()
{
    d->tester.reset();
    qInstallMessageHandler(previousHandler);
    QMutexLocker lock(&problemsMutex);
    activeProblems = nullptr;
}

QStringList ModelCheck::problems() const
{
    QMutexLocker lock(&problemsMutex);
    return d->problems;
}

} // namespace sayline::test
