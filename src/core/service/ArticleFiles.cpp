// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArticleFiles.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <system_error>

namespace sayline::service {
namespace {

std::string lower(std::string text)
{
    for (char& c : text)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return text;
}

/// Inside a folder only files that look like articles are read (a saved page's images and scripts are not).
bool hasArticleExtension(const std::filesystem::path& file)
{
    static constexpr std::array<std::string_view, 16> extensions {
        ".txt", ".text", ".md",   ".markdown", ".htm",    ".html", ".xhtml", ".shtml",
        ".xml", ".rss",  ".atom", ".nitf",     ".newsml", ".mht",  ".mhtml", ".feed",
    };
    const std::string extension = lower(file.extension().string());
    return std::find(extensions.begin(), extensions.end(), extension) != extensions.end();
}

/// Files that sit beside articles in collections but describe them instead of being one.
bool isDocumentation(const std::filesystem::path& file)
{
    static constexpr std::array<std::string_view, 10> names {
        "readme",  "license", "licence",   "copying", "source",
        "sources", "notice",  "changelog", "authors", "contributing",
    };
    const std::string stem = lower(file.stem().string());
    return std::find(names.begin(), names.end(), stem) != names.end();
}

bool isHidden(const std::filesystem::path& path)
{
    const std::string name = path.filename().string();
    return !name.empty() && name.front() == '.';
}

std::string cannotReadFolder(const std::error_code& error)
{
    return "cannot read folder: " + error.message();
}

/// The article files below folder, in name order; unreadable folders become failures.
void walkFolder(const std::filesystem::path& folder, ArticleFileList& list)
{
    const std::size_t firstFailure = list.failures.size();
    std::vector<std::filesystem::path> found;
    std::vector<std::filesystem::path> pending { folder };
    while (!pending.empty()) {
        const std::filesystem::path current = std::move(pending.back());
        pending.pop_back();
        std::error_code error;
        std::filesystem::directory_iterator entries(current, error);
        for (; !error && entries != std::filesystem::directory_iterator(); entries.increment(error)) {
            const std::filesystem::directory_entry& entry = *entries;
            if (isHidden(entry.path()))
                continue;
            std::error_code typeError;
            const bool link = entry.is_symlink(typeError);
            if (!link && entry.is_directory(typeError)) {
                pending.push_back(entry.path());
                continue;
            }
            if (!isArticleFile(entry.path()))
                continue;
            if (entry.is_regular_file(typeError))
                found.push_back(entry.path());
            else if (!entry.is_directory(typeError)) // a link to a folder is not followed, silently
                list.failures.push_back(
                    { entry.path().string(), entry.exists(typeError) ? "not a regular file" : "broken symbolic link" });
        }
        if (error)
            list.failures.push_back({ current.string(), cannotReadFolder(error) });
    }
    std::sort(found.begin(), found.end());
    if (found.empty() && list.failures.size() == firstFailure)
        list.failures.push_back({ folder.string(), "no article files in this folder" });
    list.files.insert(list.files.end(), found.begin(), found.end());
}

} // namespace

bool isArticleFile(const std::filesystem::path& file)
{
    return !isHidden(file) && hasArticleExtension(file) && !isDocumentation(file);
}

ArticleFileList collectArticleFiles(const std::vector<std::filesystem::path>& inputs)
{
    ArticleFileList list;
    for (const auto& input : inputs) {
        std::error_code error;
        const std::filesystem::file_status status = std::filesystem::status(input, error);
        if (std::filesystem::is_directory(status))
            walkFolder(input, list);
        else if (std::filesystem::exists(status))
            list.files.push_back(input);
        else if (error && error != std::errc::no_such_file_or_directory)
            list.failures.push_back({ input.string(), "cannot read: " + error.message() });
        else
            list.failures.push_back({ input.string(), "no such file or directory" });
    }
    return list;
}

} // namespace sayline::service
