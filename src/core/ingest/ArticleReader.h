// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/Article.h"

namespace sayline::ingest {

/// The input formats Sayline reads; Auto sniffs the content (not only the extension).
enum class Format
{
    Auto,
    Text, ///< plain text and Markdown
    Html,
    Rss,
    Atom,
    Nitf,
    NewsMl,
    Mhtml,
};

/// "auto", "text", "html", "rss", "atom", "nitf", "newsml", "mhtml" (as on the command line).
std::optional<Format> formatFromString(std::string_view text);
const char* toString(Format format);

/// Inputs larger than this are refused rather than parsed.
inline constexpr std::size_t kMaxInputBytes = 50u * 1024u * 1024u;

/// Sniffs the format of bytes; the file name's extension is only a hint.
Format sniffFormat(std::string_view bytes, const std::string& fileName);

/// The articles of one input, and what the reader had to do to them that the user should know.
struct ReadResult
{
    std::vector<model::Article> articles; ///< never empty; every article has text
    /// "the text has 3 replacement characters (U+FFFD) where bytes could not be decoded", "item 4 ('Title') has
    /// no text: skipped"; without the file name.
    std::vector<std::string> warnings;
};

/// Reads every article in a file (one for most formats, one per item for feeds). An input that yields no
/// article text is an error, not an article; feed items without text are skipped with a warning.
/// Throws sayline::Error whose message starts with the reason (the caller prefixes the file).
ReadResult readInput(const std::filesystem::path& file, Format format = Format::Auto);

/// As readInput, for bytes already in memory; displayName becomes Article::file.
ReadResult readInputFromBytes(std::string_view bytes, const std::string& displayName, Format format = Format::Auto);

/// readInput(...).articles, for callers that do not report warnings.
std::vector<model::Article> readArticles(const std::filesystem::path& file, Format format = Format::Auto);
std::vector<model::Article> readArticlesFromBytes(std::string_view bytes, const std::string& displayName,
                                                  Format format = Format::Auto);

} // namespace sayline::ingest
