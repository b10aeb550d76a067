// SPDX-License-Identifier: GPL-3.0-or-later
#include "BodyCleaner.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>

#include "model/Utf8.h"

namespace sayline::ingest {
namespace {

/// Decodes one code point from valid UTF-8 at i and advances i; returns the code point.
bool isSpaceCodePoint(char32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0x85 || cp == 0xA0
        || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F
        || cp == 0x205F || cp == 0x3000;
}

bool isInvisible(char32_t cp)
{
    return cp == 0x200B || cp == 0xFEFF || cp == 0x00AD || cp == 0x2060;
}

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

bool endsWith(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

int wordCount(std::string_view text)
{
    int count = 0;
    bool inWord = false;
    for (const char c : text) {
        const bool space = c == ' ';
        if (!space && !inWord)
            ++count;
        inWord = !space;
    }
    return count;
}

/// The end of the last capitalised credit label ("Photo: VCG", "Photos: AFP", "Image: Getty"), or npos.
std::size_t creditLabelEnd(std::string_view text)
{
    static constexpr std::array<std::string_view, 5> labels { "Photo:", "Photos:", "Image:", "Images:",
                                                              "Photo credit:" };
    std::size_t best = std::string_view::npos;
    for (const auto label : labels) {
        // The last occurrence (text.rfind(label)), found through the colons every label ends with: rfind would
        // compare the label at every byte of the paragraph.
        std::size_t at = std::string_view::npos;
        for (std::size_t colon = text.rfind(':'); colon != std::string_view::npos && colon + 1 >= label.size();
             colon = colon == 0 ? std::string_view::npos : text.rfind(':', colon - 1)) {
            if (text.compare(colon + 1 - label.size(), label.size(), label) == 0) {
                at = colon + 1 - label.size();
                break;
            }
        }
        if (at == std::string_view::npos || (at > 0 && std::isalpha(static_cast<unsigned char>(text[at - 1]))))
            continue;
        const std::size_t end = at + label.size();
        if (best == std::string_view::npos || end > best)
            best = end;
    }
    return best;
}

/// Photo captions and credits that sit between paragraphs of a saved article.
bool isCaptionOrCredit(std::string_view paragraph)
{
    const std::string lowered = model::asciiLower(paragraph);
    const int words = wordCount(paragraph);
    static constexpr std::array<std::string_view, 9> leading {
        "photo:", "photos:", "image:", "images:", "credit:", "credits:", "photo credit:", "picture:", "(photo:"
    };
    for (const auto prefix : leading) {
        if (startsWith(lowered, prefix) && words <= 60)
            return true;
    }
    if ((startsWith(lowered, "file photo") || startsWith(lowered, "(file photo")) && words <= 40)
        return true;
    if ((startsWith(lowered, "(photo") || startsWith(lowered, "[photo"))
        && (endsWith(lowered, ")") || endsWith(lowered, "]")) && words <= 40)
        return true;
    // "Cyberattacks Photo: VCG", "Wang Wenbin at a press conference. Photo: Xinhua": a short credit at the end.
    const std::size_t labelEnd = creditLabelEnd(paragraph);
    if (labelEnd != std::string_view::npos && words <= 60) {
        const std::string_view tail = paragraph.substr(labelEnd);
        if (wordCount(tail) <= 6 && tail.find_first_of("!?\"") == std::string_view::npos
            && tail.find(". ") == std::string_view::npos)
            return true;
    }
    if (words <= 40
        && (endsWith(lowered, "getty images") || endsWith(lowered, "getty images)") || endsWith(lowered, "/afp")
            || endsWith(lowered, "/reuters") || endsWith(lowered, "/ap") || endsWith(lowered, "(photo: vcg)")
            || startsWith(lowered, "getty images")))
        return true;
    return false;
}

bool isEndMarker(std::string_view paragraph)
{
    return paragraph == "###" || paragraph == "-30-" || paragraph == "- 30 -" || paragraph == "(END)"
        || paragraph == "END" || paragraph == "***";
}

/// Lower-case Latin, Greek and Cyrillic letters (scripts without case never count as lower case).
bool isLowerCaseLetter(char32_t cp)
{
    return (cp >= 'a' && cp <= 'z') || (cp >= 0xDF && cp <= 0xFF && cp != 0xF7) || (cp >= 0x3AC && cp <= 0x3CE) ||
           (cp >= 0x430 && cp <= 0x45F);
}

/// Section headings and widget labels that end a page's text without being a publisher.
bool isPageLabel(std::string_view text)
{
    static constexpr std::array<std::string_view, 14> labels{
        "Disclaimer", "Related",   "Advertisement", "Comments",  "Share",   "Tags",      "Topics",
        "More",       "Sponsored", "Subscribe",     "Newsletter", "Follow Us", "Read More", "Related Articles"};
    return std::find(labels.begin(), labels.end(), text) != labels.end();
}

bool isConnector(std::string_view word)
{
    static constexpr std::array<std::string_view, 9> words { "of", "and", "the", "for", "de", "du", "la", "&", "in" };
    return std::find(words.begin(), words.end(), word) != words.end();
}

/// A short proper-name line with no sentence punctuation: "Global Times", "Xinhua", "(Reuters)", "-- AP".
std::optional<std::string> signOffName(std::string_view paragraph)
{
    std::string_view text = paragraph;
    while (!text.empty()
           && (text.front() == '-' || text.front() == ' ' || text.front() == '(' || text.front() == '['
               || static_cast<unsigned char>(text.front()) == 0xE2)) {
        if (static_cast<unsigned char>(text.front()) == 0xE2) {
            // an em or en dash (E2 80 93 / E2 80 94)
            if (text.size() < 3 || static_cast<unsigned char>(text[1]) != 0x80)
                return std::nullopt;
            text.remove_prefix(3);
            continue;
        }
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ')' || text.back() == ']' || text.back() == ' '))
        text.remove_suffix(1);
    if (text.empty() || text.size() > 40)
        return std::nullopt;
    if (text.find_first_of(".!?;:,\"'") != std::string_view::npos)
        return std::nullopt;
    if (text.find("\xE2\x80\x9C") != std::string_view::npos || text.find("\xE2\x80\x9D") != std::string_view::npos)
        return std::nullopt;
    int words = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view word = text.substr(start, end - start);
        start = end + 1;
        if (word.empty())
            continue;
        ++words;
        const auto first = static_cast<unsigned char>(word.front());
        if (std::isdigit(first))
            return std::nullopt;
        std::size_t at = 0;
        if (isLowerCaseLetter(model::nextCodePoint(word, at)) && !isConnector(word))
            return std::nullopt;
    }
    if (words == 0 || words > 5 || isPageLabel(text))
        return std::nullopt;
    return std::string(text);
}

} // namespace

bool isBlankText(std::string_view utf8)
{
    for (std::size_t i = 0; i < utf8.size();) {
        const char32_t cp = model::nextCodePoint(utf8, i);
        if (!isSpaceCodePoint(cp) && !isInvisible(cp))
            return false;
    }
    return true;
}

std::string normalizeWhitespace(std::string_view utf8)
{
    std::string out;
    out.reserve(utf8.size());
    bool pendingSpace = false;
    for (std::size_t i = 0; i < utf8.size();) {
        // ASCII, most of the text, byte by byte: no ASCII character is invisible, these six are spaces.
        if (const auto byte = static_cast<unsigned char>(utf8[i]); byte < 0x80) {
            ++i;
            if (byte == ' ' || (byte >= '\t' && byte <= '\r')) {
                pendingSpace = !out.empty();
                continue;
            }
            if (pendingSpace) {
                out += ' ';
                pendingSpace = false;
            }
            out += static_cast<char>(byte);
            continue;
        }
        const std::size_t start = i;
        const char32_t cp = model::nextCodePoint(utf8, i);
        if (isSpaceCodePoint(cp)) {
            pendingSpace = !out.empty();
            continue;
        }
        if (isInvisible(cp))
            continue;
        if (pendingSpace) {
            out += ' ';
            pendingSpace = false;
        }
        out.append(utf8.substr(start, i - start));
    }
    return out;
}

CleanedBody cleanBody(std::vector<std::string> paragraphs, const CleanOptions& options)
{
    CleanedBody result;
    for (auto& raw : paragraphs) {
        std::string paragraph = normalizeWhitespace(raw);
        if (paragraph.empty() || isCaptionOrCredit(paragraph))
            continue;
        if (!result.paragraphs.empty() && result.paragraphs.back() == paragraph)
            continue;
        result.paragraphs.push_back(std::move(paragraph));
    }
    while (!result.paragraphs.empty() && isEndMarker(result.paragraphs.back()))
        result.paragraphs.pop_back();
    if (options.detectSignOff && result.paragraphs.size() >= 2) {
        if (auto name = signOffName(result.paragraphs.back())) {
            result.signOff = std::move(*name);
            result.paragraphs.pop_back();
        }
    }
    return result;
}

} // namespace sayline::ingest
