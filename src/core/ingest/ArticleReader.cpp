// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER facade (plain text only) until the format readers land.
#include "ArticleReader.h"

#include <fstream>
#include <sstream>

#include "HtmlReader.h"
#include "model/Error.h"
#include "model/Utf8.h"

namespace sayline::ingest {

std::optional<Format> formatFromString(std::string_view text)
{
    if (text == "auto") return Format::Auto;
    if (text == "text") return Format::Text;
    if (text == "html") return Format::Html;
    if (text == "rss") return Format::Rss;
    if (text == "atom") return Format::Atom;
    if (text == "nitf") return Format::Nitf;
    if (text == "newsml") return Format::NewsMl;
    if (text == "mhtml") return Format::Mhtml;
    return std::nullopt;
}

const char* toString(Format format)
{
    switch (format) {
    case Format::Auto: return "auto";
    case Format::Text: return "text";
    case Format::Html: return "html";
    case Format::Rss: return "rss";
    case Format::Atom: return "atom";
    case Format::Nitf: return "nitf";
    case Format::NewsMl: return "newsml";
    case Format::Mhtml: return "mhtml";
    }
    return "auto";
}

Format sniffFormat(std::string_view, const std::string&) { return Format::Text; }

std::vector<model::Article> readArticlesFromBytes(std::string_view bytes, const std::string& displayName,
                                                  Format format)
{
    // Temporary HTML dispatch until the real facade lands.
    const std::size_t start = bytes.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (format == Format::Html || displayName.ends_with(".html") || displayName.ends_with(".htm")
        || (format == Format::Auto && start != std::string_view::npos && bytes[start] == '<'))
        return {HtmlReader::read(bytes, displayName)};
    model::Article article;
    article.file = displayName;
    std::string text = model::sanitizeUtf8(bytes);
    std::istringstream in(text);
    std::string line;
    std::string paragraph;
    bool first = true;
    while (std::getline(in, line)) {
        if (first) {
            article.title = line;
            first = false;
            continue;
        }
        if (line.empty()) {
            if (!paragraph.empty())
                article.paragraphs.push_back(paragraph);
            paragraph.clear();
        } else {
            paragraph += paragraph.empty() ? line : " " + line;
        }
    }
    if (!paragraph.empty())
        article.paragraphs.push_back(paragraph);
    return {article};
}

std::vector<model::Article> readArticles(const std::filesystem::path& file, Format format)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw Error(ErrorCode::Io, "cannot open file");
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return readArticlesFromBytes(bytes.str(), file.string(), format);
}

} // namespace sayline::ingest
