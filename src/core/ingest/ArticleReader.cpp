// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArticleReader.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "BodyCleaner.h"
#include "DateTimeParser.h"
#include "Encoding.h"
#include "FeedReader.h"
#include "HtmlReader.h"
#include "InputBytes.h"
#include "LanguageDetector.h"
#include "MhtmlReader.h"
#include "NewsmlReader.h"
#include "NitfReader.h"
#include "TextReader.h"
#include "model/Error.h"
#include "model/Utf8.h"

namespace sayline::ingest {
namespace {

bool isMarkdownName(const std::string& name)
{
    const std::size_t dot = name.rfind('.');
    if (dot == std::string::npos)
        return false;
    std::string extension = name.substr(dot + 1);
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == "md" || extension == "markdown" || extension == "mdown";
}

std::optional<std::string> cleanOptional(const std::optional<std::string>& value)
{
    if (!value)
        return std::nullopt;
    std::string text = normalizeWhitespace(model::sanitizeUtf8(*value));
    if (text.empty())
        return std::nullopt;
    return text;
}

std::optional<std::string> normalizeDate(const std::optional<std::string>& value)
{
    if (!value)
        return std::nullopt;
    return parseDateTime(*value);
}

/// "en-US" -> "en", "zh_Hans" -> "zh"; nullopt for anything that is not a language tag.
std::optional<std::string> primaryLanguage(const std::optional<std::string>& tag)
{
    if (!tag)
        return std::nullopt;
    std::string primary;
    for (const char c : *tag) {
        if (c == '-' || c == '_')
            break;
        if (!std::isalpha(static_cast<unsigned char>(c)))
            return std::nullopt;
        primary += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    if (primary.size() < 2 || primary.size() > 3)
        return std::nullopt;
    return primary;
}

/// model::sanitizeUtf8 without a copy of text that is valid already (nearly all of it: the readers decode).
std::string sanitized(std::string text)
{
    if (model::isValidUtf8(text))
        return text;
    return model::sanitizeUtf8(text);
}

/// What every reader's output goes through: valid UTF-8, trimmed metadata, ISO dates, a language.
void normalizeArticle(model::Article& article, const std::string& displayName, int item)
{
    article.file = displayName;
    article.item = item;
    article.title = normalizeWhitespace(model::sanitizeUtf8(article.title));
    std::vector<std::string> authors;
    for (const auto& author : article.authors) {
        std::string name = normalizeWhitespace(model::sanitizeUtf8(author));
        if (name.size() > 3 && (name.substr(0, 3) == "By " || name.substr(0, 3) == "by "))
            name = name.substr(3);
        if (!name.empty() && std::find(authors.begin(), authors.end(), name) == authors.end())
            authors.push_back(std::move(name));
    }
    article.authors = std::move(authors);
    article.publisher = cleanOptional(article.publisher);
    if (article.publisher && article.publisher->size() > 2 && article.publisher->front() == '('
        && article.publisher->back() == ')')
        article.publisher = article.publisher->substr(1, article.publisher->size() - 2);
    article.url = cleanOptional(article.url);
    article.published = normalizeDate(article.published);
    article.updated = normalizeDate(article.updated);
    std::vector<std::string> paragraphs;
    for (auto& paragraph : article.paragraphs) {
        std::string text = sanitized(std::move(paragraph));
        if (!isBlankText(text))
            paragraphs.push_back(std::move(text));
    }
    article.paragraphs = std::move(paragraphs);
    article.language = primaryLanguage(article.language);
    if (!article.language)
        article.language = detectLanguage(article.title + "\n" + article.body());
}

bool isBlankBytes(std::string_view bytes)
{
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF")
        bytes.remove_prefix(3);
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
}

/// Whether one of the eight bytes at bytes is below 0x20 (a control character or NUL).
bool hasByteBelowSpace(const char* bytes)
{
    std::uint64_t word = 0;
    std::memcpy(&word, bytes, 8);
    return ((word - 0x2020202020202020ULL) & ~word & 0x8080808080808080ULL) != 0;
}

/// Binary data (an image, an archive, a PDF, random bytes) is not an article, whatever its name says. Text in
/// UTF-16/32 starts with a byte-order mark (one is added to BOM-less UTF-16 before this check); in any other
/// text, control characters are rare and NUL bytes rarer still (a stray one is replaced, not a reason to refuse).
bool looksBinary(std::string_view bytes)
{
    if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF"
        || bytes.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4))
        return false;
    const std::string_view head = bytes.substr(0, 64 * 1024);
    std::size_t control = 0;
    std::size_t nul = 0;
    for (std::size_t i = 0; i < head.size();) {
        if (i + 8 <= head.size() && !hasByteBelowSpace(head.data() + i)) { // most text: nothing to count
            i += 8;
            continue;
        }
        const auto c = static_cast<unsigned char>(head[i++]);
        if (c == 0)
            ++nul;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B)
            ++control;
    }
    // over 5% control characters (NUL included), or NUL bytes by the dozen and over 1%
    return control * 20 > head.size() || (nul > 16 && nul * 100 > head.size());
}

std::size_t countReplacementCharacters(std::string_view text)
{
    std::size_t count = 0;
    for (std::size_t at = text.find("\xEF\xBF\xBD"); at != std::string_view::npos;
         at = text.find("\xEF\xBF\xBD", at + 3))
        ++count;
    return count;
}

std::string describeItem(const model::Article& article, std::size_t position)
{
    std::string item = "item " + std::to_string(position);
    if (!article.title.empty())
        item += " ('"
            + (model::codePointCount(article.title) > 60 ? model::codePointSubstr(article.title, 0, 57) + "..."
                                                         : article.title)
            + "')";
    return item;
}

std::vector<model::Article> readWith(Format format, std::string_view bytes, const std::string& displayName)
{
    std::vector<model::Article> articles;
    switch (format) {
    case Format::Auto:
    case Format::Text:
        articles.push_back(TextReader::read(bytes, displayName, isMarkdownName(displayName)));
        break;
    case Format::Html:
        articles.push_back(HtmlReader::read(bytes, displayName));
        break;
    case Format::Rss:
    case Format::Atom:
        articles = FeedReader::read(bytes);
        break;
    case Format::Nitf:
        articles.push_back(NitfReader::read(bytes));
        break;
    case Format::NewsMl:
        articles = NewsmlReader::read(bytes);
        break;
    case Format::Mhtml:
        articles.push_back(MhtmlReader::read(bytes, displayName));
        break;
    }
    if (format == Format::Html || format == Format::Mhtml) {
        // Pages go through the shared cleaner too: captions, credits, doubled lines and the sign-off line.
        for (auto& article : articles) {
            CleanedBody cleaned = cleanBody(std::move(article.paragraphs));
            article.paragraphs = std::move(cleaned.paragraphs);
            if (cleaned.signOff && !article.publisher)
                article.publisher = cleaned.signOff;
        }
    }
    return articles;
}

} // namespace

std::optional<Format> formatFromString(std::string_view text)
{
    if (text == "auto")
        return Format::Auto;
    if (text == "text")
        return Format::Text;
    if (text == "html")
        return Format::Html;
    if (text == "rss")
        return Format::Rss;
    if (text == "atom")
        return Format::Atom;
    if (text == "nitf")
        return Format::Nitf;
    if (text == "newsml")
        return Format::NewsMl;
    if (text == "mhtml")
        return Format::Mhtml;
    return std::nullopt;
}

const char* toString(Format format)
{
    switch (format) {
    case Format::Auto:
        return "auto";
    case Format::Text:
        return "text";
    case Format::Html:
        return "html";
    case Format::Rss:
        return "rss";
    case Format::Atom:
        return "atom";
    case Format::Nitf:
        return "nitf";
    case Format::NewsMl:
        return "newsml";
    case Format::Mhtml:
        return "mhtml";
    }
    return "auto";
}

ReadResult readInputFromBytes(std::string_view bytes, const std::string& displayName, Format format)
{
    if (bytes.size() > kMaxInputBytes)
        throw Error(ErrorCode::TooLarge, "file is larger than 50 MB");
    const std::optional<std::string> utf16 = withUtf16ByteOrderMark(bytes);
    if (utf16)
        bytes = *utf16;
    if (isBlankBytes(bytes))
        throw Error(ErrorCode::Malformed, "empty file");
    if (looksBinary(bytes))
        throw Error(ErrorCode::Unsupported, "binary data (control characters), not article text");
    if (format == Format::Auto)
        format = sniffFormat(bytes, displayName);

    std::vector<model::Article> read = readWith(format, bytes, displayName);
    ReadResult result;
    std::size_t replaced = 0;
    for (std::size_t i = 0; i < read.size(); ++i) {
        model::Article& article = read[i];
        normalizeArticle(article, displayName, static_cast<int>(result.articles.size()));
        if (article.paragraphs.empty()) {
            if (read.size() > 1)
                result.warnings.push_back(describeItem(article, i + 1) + " has no text: skipped");
            continue;
        }
        replaced += countReplacementCharacters(article.title);
        for (const std::string& paragraph : article.paragraphs)
            replaced += countReplacementCharacters(paragraph);
        result.articles.push_back(std::move(article));
    }
    if (result.articles.empty()) {
        if (read.size() > 1)
            throw Error(ErrorCode::Malformed, "none of the " + std::to_string(read.size()) + " items has any text");
        throw Error(ErrorCode::Malformed, "no article text found");
    }
    if (replaced > 0)
        result.warnings.insert(result.warnings.begin(),
                               "the text has " + std::to_string(replaced) + " replacement character"
                                   + (replaced == 1 ? "" : "s")
                                   + " (U+FFFD) where bytes could not be decoded or were NUL");
    return result;
}

ReadResult readInput(const std::filesystem::path& file, Format format)
{
    return readInputFromBytes(readInputBytes(file, kMaxInputBytes), file.string(), format);
}

std::vector<model::Article> readArticlesFromBytes(std::string_view bytes, const std::string& displayName, Format format)
{
    return readInputFromBytes(bytes, displayName, format).articles;
}

std::vector<model::Article> readArticles(const std::filesystem::path& file, Format format)
{
    return readInput(file, format).articles;
}

} // namespace sayline::ingest
