// SPDX-License-Identifier: GPL-3.0-or-later
#include "MhtmlReader.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <vector>

#include "BodyCleaner.h"
#include "Encoding.h"
#include "HtmlReader.h"
#include "model/Error.h"
#include "model/Utf8.h"

namespace sayline::ingest {
namespace {

struct Header
{
    std::string name; ///< lower case
    std::string value;
};

struct Part
{
    std::vector<Header> headers;
    std::string_view body;

    std::string header(std::string_view name) const
    {
        for (const auto& header : headers) {
            if (header.name == name)
                return header.value;
        }
        return {};
    }
};

std::string trim(std::string_view text)
{
    const std::size_t start = text.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos)
        return {};
    const std::size_t end = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(start, end - start + 1));
}

/// Parses a header block (with folded continuation lines) up to the first empty line.
Part parsePart(std::string_view text)
{
    Part part;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t end = text.find('\n', i);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(i, end - i);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        const std::size_t next = std::min(end + 1, text.size());
        if (line.empty()) {
            i = next;
            break;
        }
        if ((line.front() == ' ' || line.front() == '\t') && !part.headers.empty()) {
            part.headers.back().value += ' ' + trim(line);
        } else if (const std::size_t colon = line.find(':'); colon != std::string_view::npos) {
            part.headers.push_back({ model::asciiLower(trim(line.substr(0, colon))), trim(line.substr(colon + 1)) });
        } else {
            break; // not a header: the body starts here
        }
        i = next;
    }
    part.body = text.substr(std::min(i, text.size()));
    return part;
}

/// A parameter of a structured header value: boundary="----abc", charset=utf-8.
std::string parameter(std::string_view value, std::string_view name)
{
    const std::string lowered = model::asciiLower(value);
    std::size_t at = 0;
    while ((at = lowered.find(name, at)) != std::string::npos) {
        const bool start = at == 0 || lowered[at - 1] == ';' || lowered[at - 1] == ' ' || lowered[at - 1] == '\t';
        std::size_t i = at + name.size();
        while (i < lowered.size() && lowered[i] == ' ')
            ++i;
        if (!start || i >= lowered.size() || lowered[i] != '=') {
            at += name.size();
            continue;
        }
        ++i;
        while (i < value.size() && value[i] == ' ')
            ++i;
        if (i < value.size() && value[i] == '"') {
            const std::size_t close = value.find('"', i + 1);
            return std::string(
                value.substr(i + 1, close == std::string_view::npos ? std::string_view::npos : close - i - 1));
        }
        std::size_t end = i;
        while (end < value.size() && value[end] != ';' && value[end] != ' ' && value[end] != '\t')
            ++end;
        return std::string(value.substr(i, end - i));
    }
    return {};
}

std::string mediaType(const Part& part)
{
    const std::string type = part.header("content-type");
    return model::asciiLower(trim(type.substr(0, type.find(';'))));
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

std::string decodeQuotedPrintable(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c != '=') {
            out += c;
            continue;
        }
        if (i + 1 < text.size() && text[i + 1] == '\n') { // soft line break
            i += 1;
        } else if (i + 2 < text.size() && text[i + 1] == '\r' && text[i + 2] == '\n') {
            i += 2;
        } else if (i + 2 < text.size() && hexValue(text[i + 1]) >= 0 && hexValue(text[i + 2]) >= 0) {
            out += static_cast<char>(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2]));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

std::string decodeBase64(std::string_view text)
{
    std::string out;
    out.reserve(text.size() * 3 / 4);
    unsigned int buffer = 0;
    int bits = 0;
    for (const char c : text) {
        int value;
        if (c >= 'A' && c <= 'Z')
            value = c - 'A';
        else if (c >= 'a' && c <= 'z')
            value = c - 'a' + 26;
        else if (c >= '0' && c <= '9')
            value = c - '0' + 52;
        else if (c == '+' || c == '-')
            value = 62;
        else if (c == '/' || c == '_')
            value = 63;
        else if (c == '=')
            break;
        else
            continue; // line breaks and whitespace
        buffer = (buffer << 6) | static_cast<unsigned int>(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((buffer >> bits) & 0xFF);
        }
    }
    return out;
}

std::string decodeBody(const Part& part)
{
    const std::string encoding = model::asciiLower(part.header("content-transfer-encoding"));
    if (encoding == "quoted-printable")
        return decodeQuotedPrintable(part.body);
    if (encoding == "base64")
        return decodeBase64(part.body);
    return std::string(part.body);
}

/// RFC 2047 encoded words in a header ("=?utf-8?Q?Caf=C3=A9?=", "=?iso-8859-1?B?Q2Fm6Q==?=") decoded to UTF-8.
std::string decodeHeaderWords(std::string_view value)
{
    std::string out;
    std::size_t i = 0;
    bool lastWasEncoded = false;
    while (i < value.size()) {
        const std::size_t start = value.find("=?", i);
        if (start == std::string_view::npos) {
            out += decodeToUtf8(value.substr(i));
            break;
        }
        const std::size_t charsetEnd = value.find('?', start + 2);
        const std::size_t encodingEnd
            = charsetEnd == std::string_view::npos ? charsetEnd : value.find('?', charsetEnd + 1);
        const std::size_t end = encodingEnd == std::string_view::npos ? encodingEnd : value.find("?=", encodingEnd + 1);
        if (end == std::string_view::npos || encodingEnd != charsetEnd + 2) {
            out += decodeToUtf8(value.substr(i));
            break;
        }
        const std::string_view between = value.substr(i, start - i);
        // whitespace between two encoded words is not part of the text
        if (!(lastWasEncoded && between.find_first_not_of(" \t") == std::string_view::npos))
            out += decodeToUtf8(between);
        const std::string charset(value.substr(start + 2, charsetEnd - start - 2));
        const char encoding = static_cast<char>(std::toupper(static_cast<unsigned char>(value[charsetEnd + 1])));
        const std::string_view text = value.substr(encodingEnd + 1, end - encodingEnd - 1);
        std::string bytes;
        if (encoding == 'B') {
            bytes = decodeBase64(text);
        } else {
            std::string underscoresAsSpaces(text);
            std::replace(underscoresAsSpaces.begin(), underscoresAsSpaces.end(), '_', ' ');
            bytes = decodeQuotedPrintable(underscoresAsSpaces);
        }
        try {
            out += decodeToUtf8(bytes, charset);
        } catch (const Error&) {
            out += decodeToUtf8(bytes);
        }
        lastWasEncoded = true;
        i = end + 2;
    }
    return out;
}

/// The parts of a multipart body between "--boundary" lines.
std::vector<Part> splitMultipart(std::string_view body, const std::string& boundary)
{
    std::vector<Part> parts;
    const std::string delimiter = "--" + boundary;
    std::size_t at = body.find(delimiter);
    while (at != std::string_view::npos) {
        std::size_t start = at + delimiter.size();
        if (body.substr(start, 2) == "--")
            break; // the closing delimiter
        const std::size_t lineEnd = body.find('\n', start);
        if (lineEnd == std::string_view::npos)
            break;
        start = lineEnd + 1;
        std::size_t next = body.find("\n" + delimiter, start);
        std::size_t end = next == std::string_view::npos ? body.size() : next;
        if (end > start && body[end - 1] == '\r')
            --end;
        parts.push_back(parsePart(body.substr(start, end - start)));
        at = next == std::string_view::npos ? next : next + 1;
    }
    return parts;
}

std::string stripAngles(std::string text)
{
    text = trim(text);
    if (text.size() >= 2 && text.front() == '<' && text.back() == '>')
        text = text.substr(1, text.size() - 2);
    return text;
}

/// The root part: the "start" of multipart/related, else the part at the root's location, else the first HTML.
const Part* rootHtmlPart(const std::vector<Part>& parts, const std::string& start, const std::string& location)
{
    if (!start.empty()) {
        for (const auto& part : parts) {
            if (stripAngles(part.header("content-id")) == stripAngles(start))
                return &part;
        }
    }
    if (!location.empty()) {
        for (const auto& part : parts) {
            if (part.header("content-location") == location && mediaType(part).find("html") != std::string::npos)
                return &part;
        }
    }
    for (const auto& part : parts) {
        if (mediaType(part) == "text/html" || mediaType(part) == "application/xhtml+xml")
            return &part;
    }
    return nullptr;
}

} // namespace

model::Article MhtmlReader::read(std::string_view bytes, const std::string& file)
{
    const Part message = parsePart(bytes);
    const std::string contentType = message.header("content-type");
    const std::string type = mediaType(message);
    std::string location = message.header("snapshot-content-location");
    if (location.empty())
        location = message.header("content-location");

    std::vector<Part> parts;
    const Part* html = nullptr;
    if (type.rfind("multipart/", 0) == 0) {
        const std::string boundary = parameter(contentType, "boundary");
        if (boundary.empty())
            throw Error(ErrorCode::Malformed, "MHTML without a MIME boundary");
        parts = splitMultipart(message.body, boundary);
        html = rootHtmlPart(parts, parameter(contentType, "start"), location);
    } else if (type == "text/html" || type == "application/xhtml+xml") {
        html = &message;
    } else if (type == "message/rfc822") {
        return read(message.body, file);
    }
    if (!html)
        throw Error(ErrorCode::Malformed, "no HTML part in the MHTML archive");

    const std::string raw = decodeBody(*html);
    const std::string charset = parameter(html->header("content-type"), "charset");
    // A BOM makes the HTML reader keep our decoding even when the page declares another charset in a <meta>.
    const std::string utf8 = "\xEF\xBB\xBF" + decodeToUtf8(raw, charset.empty() ? sniffHtmlCharset(raw) : charset);
    model::Article article = HtmlReader::read(utf8, file);
    if (!article.url) {
        std::string partLocation = html->header("content-location");
        if (partLocation.rfind("http", 0) != 0)
            partLocation = location;
        if (partLocation.rfind("http", 0) == 0)
            article.url = partLocation;
    }
    if (article.title.empty())
        article.title = normalizeWhitespace(decodeHeaderWords(message.header("subject")));
    return article;
}

} // namespace sayline::ingest
