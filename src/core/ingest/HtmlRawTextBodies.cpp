// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlRawTextBodies.h"

#include <cstdint>
#include <algorithm>
#include <cstring>
#include <string.h> // memmem (GNU)

namespace sayline::ingest {
namespace {

// What libxml2 2.9's HTML parser (HTMLparser.c) does, construct by construct, as far as it decides where a
// <script> or <style> body begins and ends.

constexpr std::size_t kNameLimit = 100; // HTML_PARSER_BUFFER_SIZE: htmlParseHTMLName reads at most this many

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// The characters htmlParseHTMLName keeps after the first.
bool isNameChar(char c)
{
    return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == ':' || c == '-' || c == '_' || c == '.';
}

/// The characters htmlParseHTMLName accepts first (attribute names; element names need a letter).
bool isNameStart(char c)
{
    return isAsciiLetter(c) || c == '_' || c == ':' || c == '.';
}

bool isBlank(char c) // IS_BLANK_CH
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isContinuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

/// Well-formed UTF-8 (Unicode's table 3-7: no overlong forms, surrogates or code points past U+10FFFF) and no NUL,
/// checked 8 bytes at a time through the ASCII that makes most of a page.
bool isCleanUtf8(std::string_view bytes)
{
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t size = bytes.size();
    std::size_t i = 0;
    while (i < size) {
        if (size - i >= 8) {
            std::uint64_t word;
            std::memcpy(&word, data + i, 8);
            if (((word | ((word - kOnes) & ~word)) & kHighs) == 0) { // no byte >= 0x80, no byte 0
                i += 8;
                continue;
            }
        }
        const unsigned char c = data[i];
        if (c == 0)
            return false;
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            low = c == 0xE0 ? 0xA0 : 0x80;
            high = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            low = c == 0xF0 ? 0x90 : 0x80;
            high = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        if (size - i < length || data[i + 1] < low || data[i + 1] > high)
            return false;
        for (std::size_t k = 2; k < length; ++k)
            if (!isContinuation(data[i + k]))
                return false;
        i += length;
    }
    return true;
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

class Scanner
{
public:
    explicit Scanner(std::string_view html)
        : m_html(html)
    {
    }

    std::optional<std::string> run()
    {
        while (step()) { }
        if (m_copied == 0)
            return std::nullopt;
        m_out.append(m_html.substr(m_copied));
        return std::move(m_out);
    }

private:
    static constexpr std::size_t npos = std::string_view::npos;

    char at(std::size_t i) const { return i < m_html.size() ? m_html[i] : '\0'; }

    /// The first c at or after from, or npos (memchr: most of a page is skipped this way).
    std::size_t findByte(char c, std::size_t from) const
    {
        if (from >= m_html.size())
            return npos;
        const void* found = std::memchr(m_html.data() + from, c, m_html.size() - from);
        return found ? static_cast<std::size_t>(static_cast<const char*>(found) - m_html.data()) : npos;
    }

    /// The first needle in [from, to), or npos.
    std::size_t findText(std::string_view needle, std::size_t from, std::size_t to = npos) const
    {
        to = std::min(to, m_html.size());
        if (from >= to)
            return npos;
        const void* found = memmem(m_html.data() + from, to - from, needle.data(), needle.size());
        return found ? static_cast<std::size_t>(static_cast<const char*>(found) - m_html.data()) : npos;
    }

    bool startsWithNoCase(std::size_t i, std::string_view lowerWord) const
    {
        if (m_html.size() - std::min(i, m_html.size()) < lowerWord.size())
            return false;
        for (std::size_t k = 0; k < lowerWord.size(); ++k)
            if (lower(m_html[i + k]) != lowerWord[k])
                return false;
        return true;
    }

    std::size_t skipBlanks(std::size_t i) const
    {
        while (i < m_html.size() && isBlank(m_html[i]))
            ++i;
        return i;
    }

    /// The end of an htmlParseHTMLName name starting at i, or npos when it reaches the length limit.
    std::size_t nameEnd(std::size_t i) const
    {
        const std::size_t start = i;
        while (i < m_html.size() && isNameChar(m_html[i]))
            ++i;
        return i - start >= kNameLimit ? npos : i;
    }

    /// Reads one construct at m_pos; false when the page is done or from here on copied unchanged.
    bool step()
    {
        const std::size_t lt = findByte('<', m_pos);
        if (lt == npos)
            return false;
        m_pos = lt;
        const char next = at(lt + 1);
        if (next == '!')
            return comment() || doctype();
        if (next == '?')
            return processingInstruction();
        if (next == '/')
            return endTag();
        if (isAsciiLetter(next))
            return startTag();
        return false; // "<" as text, or a bogus tag: libxml2 versions differ
    }

    /// htmlParseComment: from "<!--" to the first "-->". The abrupt endings ("<!-->", "<!--->") and "--!>" are
    /// read differently by different libxml2 versions.
    bool comment()
    {
        if (m_html.compare(m_pos, 4, "<!--") != 0)
            return false;
        const std::size_t body = m_pos + 4;
        if (at(body) == '>' || (at(body) == '-' && at(body + 1) == '>'))
            return false;
        const std::size_t end = findText("-->", body);
        if (end == npos || findText("--!>", body, end + 3) != npos)
            return false;
        m_pos = end + 3;
        return true;
    }

    /// htmlParseDocTypeDecl on a well-formed declaration: a name, then nothing or PUBLIC/SYSTEM literals, then ">".
    bool doctype()
    {
        if (!startsWithNoCase(m_pos + 2, "doctype"))
            return false;
        std::size_t i = skipBlanks(m_pos + 9);
        if (!isAsciiLetter(at(i)))
            return false;
        i = nameEnd(i);
        if (i == npos)
            return false;
        i = skipBlanks(i);
        const bool isPublic = startsWithNoCase(i, "public");
        if (isPublic || startsWithNoCase(i, "system")) {
            i = skipBlanks(i + 6);
            for (int literal = 0; literal < (isPublic ? 2 : 1); ++literal) {
                const char quote = at(i);
                if (quote != '"' && quote != '\'') {
                    if (literal == 0)
                        return false;
                    break; // PUBLIC with the public id only
                }
                const std::size_t close = findByte(quote, i + 1);
                if (close == npos)
                    return false;
                i = skipBlanks(close + 1);
            }
        }
        if (at(i) != '>')
            return false;
        m_pos = i + 1;
        return true;
    }

    /// htmlParsePI: a target name, then everything to the first ">".
    bool processingInstruction()
    {
        if (!isAsciiLetter(at(m_pos + 2)))
            return false;
        const std::size_t gt = findByte('>', m_pos + 2);
        if (gt == npos)
            return false;
        m_pos = gt + 1;
        return true;
    }

    /// htmlParseEndTag: "</", a name, then everything to the first ">".
    bool endTag()
    {
        if (!isAsciiLetter(at(m_pos + 2)))
            return false;
        const std::size_t end = nameEnd(m_pos + 2);
        if (end == npos)
            return false;
        const std::size_t gt = findByte('>', end);
        if (gt == npos)
            return false;
        m_pos = gt + 1;
        return true;
    }

    /// htmlParseStartTag and htmlParseElementInternal; at a <script> or <style> that has a body, the body too.
    bool startTag()
    {
        const std::size_t nameStart = m_pos + 1;
        const std::size_t nameStop = nameEnd(nameStart);
        if (nameStop == npos)
            return false;
        std::size_t i = skipBlanks(nameStop);
        while (i < m_html.size() && m_html[i] != '>' && !(m_html[i] == '/' && at(i + 1) == '>')) {
            if (isNameStart(m_html[i])) { // htmlParseAttribute
                i = nameEnd(i);
                if (i == npos)
                    return false;
                i = skipBlanks(i);
                if (at(i) == '=') {
                    i = skipBlanks(i + 1);
                    const char quote = at(i);
                    if (quote == '"' || quote == '\'') {
                        const std::size_t close = findByte(quote, i + 1);
                        if (close == npos)
                            return false; // libxml2 reads the rest of the page as the value
                        i = close + 1;
                    } else {
                        while (i < m_html.size() && !isBlank(m_html[i]) && m_html[i] != '>')
                            ++i;
                    }
                }
            } else { // a bogus attribute, dropped up to the next blank or the end of the tag
                while (i < m_html.size() && !isBlank(m_html[i]) && m_html[i] != '>'
                       && !(m_html[i] == '/' && at(i + 1) == '>'))
                    ++i;
            }
            i = skipBlanks(i);
        }
        if (i >= m_html.size())
            return false; // a tag unclosed at the end of the page
        if (m_html[i] == '/') { // "<name .../>": empty, no body
            m_pos = i + 2;
            return true;
        }
        m_pos = i + 1;
        const std::string_view name = m_html.substr(nameStart, nameStop - nameStart);
        const bool isScript = name.size() == 6 && startsWithNoCase(nameStart, "script");
        const bool isStyle = name.size() == 5 && startsWithNoCase(nameStart, "style");
        if (!isScript && !isStyle)
            return true;
        return rawTextBody(isScript ? std::string_view("script") : std::string_view("style"),
                           isScript && containsLdJson(m_html.substr(nameStop, i - nameStop)));
    }

    bool containsLdJson(std::string_view tag) const
    {
        for (std::size_t k = 0; k + 7 <= tag.size(); ++k)
            if (lower(tag[k]) == 'l' && lower(tag[k + 1]) == 'd' && tag[k + 2] == '+' && lower(tag[k + 3]) == 'j'
                && lower(tag[k + 4]) == 's' && lower(tag[k + 5]) == 'o' && lower(tag[k + 6]) == 'n')
                return true;
        return false;
    }

    /// htmlParseScript: the body runs to the first "</" followed by the element's name in any case. What libxml2
    /// does before it enters the body (a body beginning with "<" may close the element first) and after a longer
    /// name ("</scripts>" leaves the element open) is not modelled.
    bool rawTextBody(std::string_view name, bool keep)
    {
        const std::size_t body = m_pos;
        // Before it reads a body, libxml2 treats "</" as an end tag and "<" with a name as a start tag that may
        // close the element; anything else ("<!--" of old scripts hidden from old browsers) is body.
        const char second = at(body + 1);
        if (at(body) == '<' && second == '/') {
            if (!startsWithNoCase(body + 2, name) || isNameChar(at(body + 2 + name.size())))
                return false;
            return true; // empty: the end tag is read next
        }
        if (at(body) == '<' && (isAsciiLetter(second) || second == '_' || second == ':'))
            return false;
        std::size_t end = body;
        for (;;) {
            end = findByte('<', end);
            if (end == npos) {
                end = m_html.size();
                break;
            }
            if (at(end + 1) != '/') {
                ++end;
                continue;
            }
            if (startsWithNoCase(end + 2, name)) {
                if (isNameChar(at(end + 2 + name.size())))
                    return false;
                break;
            }
            end += 2;
        }
        if (!keep) {
            m_out.append(m_html.substr(m_copied, body - m_copied));
            m_copied = end;
        }
        m_pos = end;
        return end < m_html.size();
    }

    std::string_view m_html;
    std::size_t m_pos = 0;
    std::string m_out;
    std::size_t m_copied = 0; ///< m_html before this is in m_out (or removed)
};

} // namespace

std::optional<std::string> withoutRawTextBodies(std::string_view utf8Html)
{
    if (!isCleanUtf8(utf8Html))
        return std::nullopt;
    return Scanner(utf8Html).run();
}

} // namespace sayline::ingest
