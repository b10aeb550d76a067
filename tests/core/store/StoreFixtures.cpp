// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixtures.h"

#include <atomic>
#include <map>
#include <unistd.h>

#include "Database.h"
#include "model/Utf8.h"

namespace sayline::test {

TempDir::TempDir()
{
    static std::atomic<int> counter { 0 };
    m_path = std::filesystem::temp_directory_path()
        / ("sayline-store-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(m_path);
    std::filesystem::create_directories(m_path);
}

TempDir::~TempDir()
{
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
}

model::AnalysedArticle makeArticle(const std::string& title, const std::string& published,
                                   const std::vector<Quote>& quotes, const std::string& publisher)
{
    model::AnalysedArticle analysed;
    analysed.article.file = title + ".txt";
    analysed.article.title = title;
    analysed.article.publisher = publisher;
    analysed.article.published = published;
    std::map<std::string, std::string> ids;
    auto entityFor = [&](const std::string& name, model::EntityType type) -> model::Entity& {
        auto it = ids.find(name);
        if (it == ids.end()) {
            model::Entity entity;
            entity.id = "E" + std::to_string(analysed.entities.size() + 1);
            entity.type = type;
            entity.name = name;
            analysed.entities.push_back(entity);
            it = ids.emplace(name, entity.id).first;
        }
        for (auto& entity : analysed.entities) {
            if (entity.id == it->second)
                return entity;
        }
        return analysed.entities.front();
    };
    int offset = 0;
    for (const Quote& quote : quotes) {
        const std::string source = quote.speaker.empty() ? "A source" : quote.speaker;
        const std::string paragraph = source + " said: \"" + quote.content + "\"";
        model::Statement statement;
        statement.id = "S" + std::to_string(analysed.statements.size() + 1);
        statement.speakerText = source;
        statement.speakerSpan = model::Span { offset, offset + model::codePointCount(source) };
        statement.cue = "said";
        const int cueStart = offset + model::codePointCount(source) + 1;
        statement.cueSpan = model::Span { cueStart, cueStart + 4 };
        const int contentStart = cueStart + 7;
        statement.span = model::Span { contentStart, contentStart + model::codePointCount(quote.content) };
        statement.content = quote.content;
        statement.kind = quote.kind;
        if (!quote.speaker.empty()) {
            model::Entity& speaker = entityFor(quote.speaker, model::EntityType::Person);
            speaker.mentions.push_back(*statement.speakerSpan);
            statement.speaker = speaker.id;
        }
        for (const std::string& target : quote.about)
            statement.about.push_back(entityFor(target, model::EntityType::Organization).id);
        analysed.statements.push_back(statement);
        analysed.article.paragraphs.push_back(paragraph);
        offset += model::codePointCount(paragraph) + 2;
    }
    if (analysed.article.paragraphs.empty())
        analysed.article.paragraphs.push_back("No quotes here.");
    return analysed;
}

long long countRows(const std::filesystem::path& library, const std::string& table)
{
    store::Database db(library, store::OpenMode::Existing);
    auto query = db.prepare("SELECT count(*) FROM " + table);
    query.step();
    return query.columnInt(0);
}

} // namespace sayline::test
