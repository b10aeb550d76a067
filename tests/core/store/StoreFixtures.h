// SPDX-License-Identifier: GPL-3.0-or-later
// Temporary library files and hand-built analysed articles for the store tests.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "model/Analysis.h"

namespace sayline::test {

/// A file's bytes, to see that it is untouched.
inline std::string slurp(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

/// A fresh directory under the system temp dir, removed with everything in it at scope exit.
class TempDir
{
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path file(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

/// A quote for ArticleBuilder: speaker name (empty for an unnamed source), words, and what it is about.
struct Quote
{
    std::string speaker;
    std::string content;
    std::vector<std::string> about;
    model::StatementKind kind = model::StatementKind::Direct;
};

/// An analysed article whose body holds each quote as `Speaker said: "content"` in its own paragraph, with
/// entities (people for speakers, organizations for targets), statements and spans filled in consistently.
model::AnalysedArticle makeArticle(const std::string& title, const std::string& published,
                                   const std::vector<Quote>& quotes, const std::string& publisher = "Global Times");

/// Count of rows in a table, through a separate connection.
long long countRows(const std::filesystem::path& library, const std::string& table);

} // namespace sayline::test
