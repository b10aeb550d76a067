// SPDX-License-Identifier: GPL-3.0-or-later
#include "BodyCleaner.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstdint>
#include <cstring>

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

/// An ASCII byte that normalizeWhitespace copies as it is: not a space, tab, or line or page break.
bool isPlainAscii(unsigned char byte)
{
    return byte < 0x80 && byte != ' ' && (byte < '\t' || byte > '\r');
}

/// The end of the run of plain ASCII bytes (isPlainAscii) starting at i, found eight bytes at a time.
std::size_t plainRunEnd(std::string_view text, std::size_t i)
{
    static_assert(std::endian::native == std::endian::little, "the first byte of a word is its lowest");
    constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
    while (true) {
        while (i + 8 <= text.size()) {
            std::uint64_t word = 0;
            std::memcpy(&word, text.data() + i, 8);
            // High bits at the bytes below 0x21 or above 0x7F; the lowest one set is exact (a borrow only runs
            // upwards from a byte that is itself below 0x21).
            const std::uint64_t stops = ((word - 0x2121212121212121ULL) & ~word & kHighBits) | (word & kHighBits);
            if (stops == 0) {
                i += 8;
                continue;
            }
            i += static_cast<std::size_t>(std::countr_zero(stops)) / 8;
            break;
        }
        if (i == text.size() || !isPlainAscii(static_cast<unsigned char>(text[i])))
            return i;
        ++i; // a control character copied as it is, or a byte of the last seven
    }
}

/// Whether normalizeWhitespace would return utf8 unchanged: no space at either end, single spaces only, no other
/// space or invisible character. Code points are read as normalizeWhitespace reads them; plain ASCII eight bytes
/// at a time.
bool isNormalized(std::string_view utf8)
{
    static_assert(std::endian::native == std::endian::little, "the first byte of a word is its lowest");
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
    bool afterSpace = true; // at the start a space would be leading
    for (std::size_t i = 0; i < utf8.size();) {
        if (i + 8 <= utf8.size()) {
            std::uint64_t word = 0;
            std::memcpy(&word, utf8.data() + i, 8);
            const bool belowSpaceOrHigh = (((word - 0x20 * kOnes) & ~word) | word) & kHighBits;
            if (!belowSpaceOrHigh) {
                // High bits at the spaces: every space is marked (a byte after one may be marked too, which only
                // sends the word to the byte loop below, never passes a wrong word).
                const std::uint64_t other = word ^ (' ' * kOnes);
                const std::uint64_t spaces = (other - kOnes) & ~other & kHighBits;
                if (spaces == 0) {
                    afterSpace = false;
                    i += 8;
                    continue;
                }
                const bool doubled = (spaces & (spaces << 8)) != 0 || (afterSpace && (spaces & 0x80) != 0);
                if (!doubled) {
                    afterSpace = (spaces >> 63) != 0;
                    i += 8;
                    continue;
                }
            }
        }
        if (const auto byte = static_cast<unsigned char>(utf8[i]); byte < 0x80) {
            ++i;
            if (byte == ' ') {
                if (afterSpace)
                    return false;
                afterSpace = true;
            } else if (byte >= '\t' && byte <= '\r') {
                return false;
            } else {
                afterSpace = false;
            }
            continue;
        }
        const char32_t cp = model::nextCodePoint(utf8, i);
        if (isSpaceCodePoint(cp) || isInvisible(cp))
            return false;
        afterSpace = false;
    }
    return !afterSpace || utf8.empty();
}

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

bool endsWith(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

/// The number of space-separated words, counted up to `cap` (the callers only compare it with smaller limits).
int wordCount(std::string_view text, int cap)
{
    int count = 0;
    bool inWord = false;
    for (const char c : text) {
        const bool space = c == ' ';
        if (!space && !inWord && ++count == cap)
            return count;
        inWord = !space;
    }
    return count;
}

/// The end of the last capitalised credit label ("Photo: VCG", "Photos: AFP", "Image: Getty"), or npos.
std::size_t creditLabelEnd(std::string_view text)
{
    static constexpr std::array<std::string_view, 5> labels { "Photo:", "Photos:", "Image:", "Images:",
                                                              "Photo credit:" };
    // Each label counts at its last occurrence (text.rfind(label)). Every label ends in a colon, so one walk
    // back over the colons finds them all: rfind per label would compare it at every byte of the paragraph.
    std::array<std::size_t, labels.size()> last;
    last.fill(std::string_view::npos);
    std::size_t unresolved = labels.size();
    for (std::size_t colon = text.rfind(':'); colon != std::string_view::npos && unresolved > 0;
         colon = colon == 0 ? std::string_view::npos : text.rfind(':', colon - 1)) {
        for (std::size_t l = 0; l < labels.size(); ++l) {
            const std::string_view label = labels[l];
            if (last[l] == std::string_view::npos && colon + 1 >= label.size()
                && text.compare(colon + 1 - label.size(), label.size(), label) == 0) {
                last[l] = colon + 1 - label.size();
                --unresolved;
            }
        }
    }
    std::size_t best = std::string_view::npos;
    for (std::size_t l = 0; l < labels.size(); ++l) {
        const std::size_t at = last[l];
        if (at == std::string_view::npos || (at > 0 && std::isalpha(static_cast<unsigned char>(text[at - 1]))))
            continue;
        const std::size_t end = at + labels[l].size();
        if (best == std::string_view::npos || end > best)
            best = end;
    }
    return best;
}

/// Photo captions and credits that sit between paragraphs of a saved article.
bool isCaptionOrCredit(std::string_view paragraph)
{
    // Only the first and last bytes are compared with the labels below (none is longer than 16 bytes), so only
    // those are lower-cased; the words are counted up to the largest limit asked for.
    constexpr std::size_t kEdge = 16;
    const std::string lowerHead = model::asciiLower(paragraph.substr(0, kEdge));
    const std::string lowerEnd
        = model::asciiLower(paragraph.substr(paragraph.size() - std::min(paragraph.size(), kEdge)));
    const int words = wordCount(paragraph, 61);
    static constexpr std::array<std::string_view, 9> leading {
        "photo:", "photos:", "image:", "images:", "credit:", "credits:", "photo credit:", "picture:", "(photo:"
    };
    for (const auto prefix : leading) {
        if (startsWith(lowerHead, prefix) && words <= 60)
            return true;
    }
    if ((startsWith(lowerHead, "file photo") || startsWith(lowerHead, "(file photo")) && words <= 40)
        return true;
    if ((startsWith(lowerHead, "(photo") || startsWith(lowerHead, "[photo"))
        && (endsWith(lowerEnd, ")") || endsWith(lowerEnd, "]")) && words <= 40)
        return true;
    // "Cyberattacks Photo: VCG", "Wang Wenbin at a press conference. Photo: Xinhua": a short credit at the end.
    const std::size_t labelEnd = words <= 60 ? creditLabelEnd(paragraph) : std::string_view::npos;
    if (labelEnd != std::string_view::npos) {
        const std::string_view tail = paragraph.substr(labelEnd);
        if (wordCount(tail, 7) <= 6 && tail.find_first_of("!?\"") == std::string_view::npos
            && tail.find(". ") == std::string_view::npos)
            return true;
    }
    if (words <= 40
        && (endsWith(lowerEnd, "getty images") || endsWith(lowerEnd, "getty images)") || endsWith(lowerEnd, "/afp")
            || endsWith(lowerEnd, "/reuters") || endsWith(lowerEnd, "/ap") || endsWith(lowerEnd, "(photo: vcg)")
            || startsWith(lowerHead, "getty images")))
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
    return (cp >= 'a' && cp <= 'z') || (cp >= 0xDF && cp <= 0xFF && cp != 0xF7) || (cp >= 0x3AC && cp <= 0x3CE)
        || (cp >= 0x430 && cp <= 0x45F);
}

/// Section headings and widget labels that end a page's text without being a publisher.
bool isPageLabel(std::string_view text)
{
    static constexpr std::array<std::string_view, 14> labels {
        "Disclaimer", "Related",   "Advertisement", "Comments",   "Share",     "Tags",      "Topics",
        "More",       "Sponsored", "Subscribe",     "Newsletter", "Follow Us", "Read More", "Related Articles"
    };
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
    if (isNormalized(utf8))
        return std::string(utf8); // most lines and paragraphs, and every paragraph a second time
    // Written through a pointer into a buffer of the input's size (the output is never longer): appending to the
    // string at every word cost more than finding the words.
    std::string out(utf8.size(), '\0');
    char* const begin = out.data();
    char* end = begin;
    bool pendingSpace = false;
    auto copy = [&](std::size_t from, std::size_t to) {
        if (pendingSpace) {
            *end++ = ' ';
            pendingSpace = false;
        }
        std::memcpy(end, utf8.data() + from, to - from);
        end += to - from;
    };
    for (std::size_t i = 0; i < utf8.size();) {
        // A run of ASCII that is neither a space nor a control space, most of the text, is copied at once.
        if (const std::size_t runEnd = plainRunEnd(utf8, i); runEnd > i) {
            copy(i, runEnd);
            i = runEnd;
            continue;
        }
        // No ASCII character is invisible; these six are spaces.
        if (const auto byte = static_cast<unsigned char>(utf8[i]); byte < 0x80) {
            ++i;
            pendingSpace = end != begin;
            continue;
        }
        const std::size_t start = i;
        const char32_t cp = model::nextCodePoint(utf8, i);
        if (isSpaceCodePoint(cp)) {
            pendingSpace = end != begin;
            continue;
        }
        if (isInvisible(cp))
            continue;
        copy(start, i);
    }
    out.resize(static_cast<std::size_t>(end - begin));
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
