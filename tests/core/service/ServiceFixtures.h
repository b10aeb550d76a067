// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <filesystem>
#include <string>
#include <unistd.h>

#include "model/Analysis.h"
#include "model/Utf8.h"

namespace sayline::test {

/// A fresh temporary directory, removed at scope exit.
class ServiceTempDir
{
public:
    ServiceTempDir()
    {
        static std::atomic<int> counter { 0 };
        m_path = std::filesystem::temp_directory_path()
            / ("sayline-service-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        std::filesystem::remove_all(m_path);
        std::filesystem::create_directories(m_path);
    }
    ~ServiceTempDir()
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    ServiceTempDir(const ServiceTempDir&) = delete;
    ServiceTempDir& operator=(const ServiceTempDir&) = delete;

    std::filesystem::path file(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

/// An analysed article with one statement: `speaker said: "content"`, the speaker a person entity.
inline model::AnalysedArticle quoteArticle(const std::string& title, const std::string& date,
                                           const std::string& speaker, const std::string& content)
{
    model::AnalysedArticle analysed;
    analysed.article.file = title + ".txt";
    analysed.article.title = title;
    analysed.article.published = date;
    analysed.article.publisher = "Test Times";
    const std::string paragraph = speaker + " said: \"" + content + "\"";
    analysed.article.paragraphs = { paragraph };
    const int length = model::codePointCount(speaker);
    model::Entity entity;
    entity.id = "E1";
    entity.type = model::EntityType::Person;
    entity.name = speaker;
    entity.mentions = { model::Span { 0, length } };
    analysed.entities.push_back(entity);
    model::Statement statement;
    statement.id = "S1";
    statement.speaker = "E1";
    statement.speakerText = speaker;
    statement.speakerSpan = model::Span { 0, length };
    statement.cue = "said";
    statement.cueSpan = model::Span { length + 1, length + 5 };
    statement.kind = model::StatementKind::Direct;
    statement.span = model::Span { length + 8, length + 8 + model::codePointCount(content) };
    statement.content = content;
    analysed.statements.push_back(statement);
    return analysed;
}

} // namespace sayline::test
