// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace sayline::service {

/// An input, or a part of one, that cannot be read, and why (without the file name).
struct FileFailure
{
    std::string file;
    std::string reason;
};

/// What an import of some paths will read, and what it cannot.
struct ArticleFileList
{
    std::vector<std::filesystem::path> files;
    std::vector<FileFailure> failures;
};

/// The rule for which files inside a folder are articles: an article extension (.txt, .md, .html, .xml, .rss,
/// .mhtml, ...), not hidden, and not one of the files that describe a collection (README, LICENSE, SOURCES,
/// CHANGELOG, ...).
bool isArticleFile(const std::filesystem::path& file);

/// The files an import of inputs reads, for the CLI and the GUI alike. A file named directly is read whatever
/// its name. A folder is walked recursively for article files (isArticleFile), each folder's files in name
/// order; hidden entries are skipped and links to folders are not followed. A missing input, a folder (or
/// subfolder) that cannot be read, an article-named entry that is not a regular file and a folder without any
/// article file are failures with their reason.
ArticleFileList collectArticleFiles(const std::vector<std::filesystem::path>& inputs);

} // namespace sayline::service
