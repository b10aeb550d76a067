// SPDX-License-Identifier: GPL-3.0-or-later
// sniffFormat (declared in ArticleReader.h): the content decides, the extension only breaks ties.
#include <algorithm>
#include <cctype>

#include "ArticleReader.h"

#include "model/Utf8.h"

namespace sayline::ingest {
namespace {

constexpr std::size_t kSniffBytes = 64 * 1024;

/// The first bytes as ASCII-compatible text: UTF-16 is narrowed by dropping its zero bytes, BOMs go.
std::string sniffWindow(std::string_view bytes)
{
    bytes = bytes.substr(0, std::min(bytes.size(), kSniffBytes));
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF")
        return std::string(bytes.substr(3));
    if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
        std::string narrow;
        for (const char c : bytes.substr(2)) {
            if (c != '\0')
                narrow += c;
        }
        return narrow;
    }
    return std::string(bytes);
}

std::string extensionOf(const std::string& fileName)
{
    const std::size_t slash = fileName.find_last_of("/\\");
    const std::size_t dot = fileName.rfind('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash))
        return {};
    return model::asciiLower(fileName.substr(dot + 1));
}

bool isMimeMessage(std::string_view lowered)
{
    // The header block: up to the first empty line.
    std::size_t end = lowered.find("\n\n");
    const std::size_t crlf = lowered.find("\r\n\r\n");
    if (crlf != std::string_view::npos && (end == std::string_view::npos || crlf < end))
        end = crlf;
    const std::string_view headers = lowered.substr(0, std::min(end, lowered.size()));
    if (headers.find("mime-version:") == std::string_view::npos
        && headers.find("content-type:") == std::string_view::npos)
        return false;
    // the first line must look like a header, not prose
    const std::size_t colon = headers.find(':');
    const std::size_t newline = headers.find('\n');
    if (colon == std::string_view::npos || (newline != std::string_view::npos && colon > newline))
        return false;
    for (std::size_t i = 0; i < colon; ++i) {
        const char c = headers[i];
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-'))
            return false;
    }
    return headers.find("multipart/related") != std::string_view::npos
        || headers.find("message/rfc822") != std::string_view::npos
        || headers.find("content-type: text/html") != std::string_view::npos;
}

/// Skips the XML declaration, comments, processing instructions and a DOCTYPE; returns the root element's
/// qualified name (lower case) and whether a DOCTYPE named html was seen.
std::string rootElementName(std::string_view lowered, bool& htmlDoctype)
{
    std::size_t i = 0;
    while (i < lowered.size()) {
        while (i < lowered.size() && std::isspace(static_cast<unsigned char>(lowered[i])))
            ++i;
        if (lowered.substr(i, 4) == "<!--") {
            const std::size_t end = lowered.find("-->", i + 4);
            if (end == std::string_view::npos)
                return {};
            i = end + 3;
        } else if (lowered.substr(i, 2) == "<?") {
            const std::size_t end = lowered.find("?>", i + 2);
            if (end == std::string_view::npos)
                return {};
            i = end + 2;
        } else if (lowered.substr(i, 9) == "<!doctype") {
            std::size_t name = i + 9;
            while (name < lowered.size() && std::isspace(static_cast<unsigned char>(lowered[name])))
                ++name;
            if (lowered.substr(name, 4) == "html")
                htmlDoctype = true;
            // an internal subset may contain '>' inside brackets
            const std::size_t bracket = lowered.find('[', i);
            const std::size_t close = lowered.find('>', i);
            if (bracket != std::string_view::npos && close != std::string_view::npos && bracket < close) {
                const std::size_t subsetEnd = lowered.find("]", bracket);
                i = subsetEnd == std::string_view::npos ? lowered.size() : lowered.find('>', subsetEnd);
                i = i == std::string_view::npos ? lowered.size() : i + 1;
            } else {
                i = close == std::string_view::npos ? lowered.size() : close + 1;
            }
        } else if (i < lowered.size() && lowered[i] == '<') {
            std::size_t end = i + 1;
            while (end < lowered.size() && !std::isspace(static_cast<unsigned char>(lowered[end]))
                   && lowered[end] != '>' && lowered[end] != '/')
                ++end;
            return std::string(lowered.substr(i + 1, end - i - 1));
        } else {
            return {};
        }
    }
    return {};
}

std::string localPart(const std::string& qualified)
{
    const std::size_t colon = qualified.find(':');
    return colon == std::string::npos ? qualified : qualified.substr(colon + 1);
}

/// Typical tags of a page; strict = only the document-level ones (for content that does not start with '<').
bool hasHtmlTags(std::string_view lowered, bool strict)
{
    const std::string_view head = lowered.substr(0, std::min<std::size_t>(lowered.size(), 4096));
    for (const std::string_view tag : { "<!doctype html", "<html", "<head>", "<head ", "<body" }) {
        if (head.find(tag) != std::string_view::npos)
            return true;
    }
    if (strict)
        return false;
    for (const std::string_view tag : { "<meta ", "<div", "<p>", "<p ", "<title>", "<article", "<br>", "<br/>" }) {
        if (head.find(tag) != std::string_view::npos)
            return true;
    }
    return false;
}

} // namespace

Format sniffFormat(std::string_view bytes, const std::string& fileName)
{
    const std::string window = sniffWindow(bytes);
    const std::string lowered = model::asciiLower(window);
    const std::string extension = extensionOf(fileName);
    std::size_t start = 0;
    while (start < lowered.size() && std::isspace(static_cast<unsigned char>(lowered[start])))
        ++start;
    const std::string_view content = std::string_view(lowered).substr(start);

    if (isMimeMessage(content))
        return Format::Mhtml;
    if (!content.empty() && content.front() == '<') {
        bool htmlDoctype = false;
        std::string root = rootElementName(content, htmlDoctype);
        if (root.empty() && bytes.size() > window.size()) {
            // a long prolog (a DOCTYPE with a big internal subset) hides the root: look at everything
            const std::string whole = model::asciiLower(bytes);
            if (const std::size_t open = whole.find('<'); open != std::string::npos)
                root = rootElementName(std::string_view(whole).substr(open), htmlDoctype);
        }
        const std::string local = localPart(root);
        if (htmlDoctype || local == "html")
            return Format::Html;
        if (local == "rss" || (local == "rdf" && content.find("purl.org/rss") != std::string_view::npos)
            || local == "channel")
            return Format::Rss;
        if (local == "feed" || (local == "entry" && content.find("www.w3.org/2005/atom") != std::string_view::npos))
            return Format::Atom;
        if (local == "nitf")
            return Format::Nitf;
        if (local == "newsmessage" || local == "newsitem" || local == "newsml")
            return Format::NewsMl;
        if (hasHtmlTags(content, false))
            return Format::Html;
        // an XML root we do not know: let the extension decide, else try it as (X)HTML
        if (extension == "rss")
            return Format::Rss;
        if (extension == "atom")
            return Format::Atom;
        if (extension == "nitf")
            return Format::Nitf;
        return Format::Html;
    }
    if (hasHtmlTags(content, true))
        return Format::Html;
    if (extension == "mht" || extension == "mhtml")
        return Format::Mhtml;
    if (extension == "html" || extension == "htm" || extension == "xhtml")
        return Format::Html;
    return Format::Text;
}

} // namespace sayline::ingest
