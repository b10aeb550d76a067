// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextReader.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <sstream>

#include "BodyCleaner.h"
#include "DateTimeParser.h"
#include "Encoding.h"
#include "MarkdownText.h"

namespace sayline::ingest {
namespace {

std::vector<std::string> splitLines(std::string_view text)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t i = 0;; ++i) {
        while (i < text.size() && text[i] != '\r' && text[i] != '\n')
            ++i;
        lines.emplace_back(text.substr(start, i - start)); // each line in one copy, not a byte at a time
        if (i == text.size())
            return lines;
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
            ++i;
        start = i + 1;
    }
}

bool isBlank(std::string_view line)
{
    return isBlankText(line);
}

bool endsSentence(std::string_view line)
{
    static constexpr std::array<std::string_view, 9> ends {
        ".", "!", "?", ":", "\"", "'", "\xE2\x80\x9D", "\xE2\x80\x99", ")"
    };
    return std::any_of(ends.begin(), ends.end(), [&](std::string_view end) {
        return line.size() >= end.size() && line.substr(line.size() - end.size()) == end;
    });
}

bool startsLower(std::string_view line)
{
    return !line.empty() && std::islower(static_cast<unsigned char>(line.front()));
}

/// Lines of one blank-line block become one paragraph when they are hard-wrapped prose, separate paragraphs
/// when each line stands alone (captions, a list, a title and a dateline).
std::vector<std::string> blockParagraphs(const std::vector<std::string>& lines)
{
    std::vector<std::string> out;
    std::string current;
    std::size_t previousLength = 0;
    for (const auto& raw : lines) {
        const std::string line = normalizeWhitespace(raw);
        if (line.empty())
            continue;
        const std::size_t length = previousLength;
        previousLength = line.size();
        if (current.empty()) {
            current = line;
            continue;
        }
        const bool wrapped = startsLower(line) || (!endsSentence(current) && length >= 50);
        if (wrapped) {
            current += ' ';
            current += line;
        } else {
            out.push_back(std::move(current));
            current = line;
        }
    }
    if (!current.empty())
        out.push_back(std::move(current));
    return out;
}

bool startsWithLabel(std::string_view line, std::string_view label)
{
    if (line.size() <= label.size())
        return false;
    for (std::size_t k = 0; k < label.size(); ++k) {
        if (std::tolower(static_cast<unsigned char>(line[k])) != label[k])
            return false;
    }
    return true;
}

/// Splits "Published: Jun 15, 2022 06:04 PM Updated: Jun 15, 2022 06:01 PM" at its labels.
bool readDateLine(std::string_view line, model::Article& article)
{
    struct Label
    {
        std::string_view text;
        bool updated;
    };
    static constexpr std::array<Label, 8> labels { { { "last updated", true },
                                                     { "updated", true },
                                                     { "modified", true },
                                                     { "published", false },
                                                     { "posted", false },
                                                     { "first published", false },
                                                     { "date", false },
                                                     { "released", false } } };
    std::string lowered(line);
    std::transform(lowered.begin(), lowered.end(), lowered.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    struct Hit
    {
        std::size_t start;
        std::size_t valueStart;
        bool updated;
    };
    std::vector<Hit> hits;
    for (const auto& label : labels) {
        std::size_t at = 0;
        while ((at = lowered.find(label.text, at)) != std::string::npos) {
            std::size_t end = at + label.text.size();
            const bool wordStart = at == 0 || !std::isalpha(static_cast<unsigned char>(lowered[at - 1]));
            std::size_t colon = end;
            while (colon < lowered.size() && lowered[colon] == ' ')
                ++colon;
            const bool labelled = colon < lowered.size() && lowered[colon] == ':';
            const bool overlaps = std::any_of(hits.begin(), hits.end(),
                                              [&](const Hit& hit) { return at >= hit.start && at < hit.valueStart; });
            if (wordStart && labelled && !overlaps)
                hits.push_back({ at, colon + 1, label.updated });
            at = end;
        }
    }
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.start < b.start; });
    if (hits.empty() || hits.front().start > 0)
        return false;
    bool any = false;
    for (std::size_t k = 0; k < hits.size(); ++k) {
        const std::size_t end = k + 1 < hits.size() ? hits[k + 1].start : line.size();
        const auto value = parseDateTime(line.substr(hits[k].valueStart, end - hits[k].valueStart));
        if (!value)
            continue;
        any = true;
        auto& field = hits[k].updated ? article.updated : article.published;
        if (!field)
            field = value;
    }
    return any;
}

std::vector<std::string> splitAuthors(std::string_view names)
{
    std::vector<std::string> out;
    std::string text;
    for (std::size_t i = 0; i < names.size();) {
        bool separated = false;
        for (const std::string_view separator : { " and ", " & ", ";", "|" }) {
            if (names.substr(i, separator.size()) == separator) {
                text += ',';
                i += separator.size();
                separated = true;
                break;
            }
        }
        if (!separated)
            text += names[i++];
    }
    std::stringstream stream(text);
    std::string name;
    while (std::getline(stream, name, ',')) {
        name = normalizeWhitespace(name);
        if (!name.empty())
            out.push_back(name);
    }
    return out;
}

/// "By Wang Qi", "By Wang Qi and Li Hao": a short line of capitalised names.
bool readByline(std::string_view line, model::Article& article)
{
    if (!startsWithLabel(line, "by ") || line.size() > 120 || endsSentence(line))
        return false;
    std::vector<std::string> names = splitAuthors(line.substr(3));
    if (names.empty())
        return false;
    for (const auto& name : names) {
        if (!std::isupper(static_cast<unsigned char>(name.front())) && static_cast<unsigned char>(name.front()) < 0x80)
            return false;
        if (name.find_first_of(":0123456789") != std::string::npos || std::count(name.begin(), name.end(), ' ') > 4)
            return false;
    }
    article.authors = std::move(names);
    return true;
}

bool readLabelledLine(std::string_view line, model::Article& article)
{
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon > 12)
        return false;
    std::string key(line.substr(0, colon));
    std::transform(key.begin(), key.end(), key.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const std::string value = normalizeWhitespace(line.substr(colon + 1));
    if (value.empty())
        return false;
    if (key == "source" || key == "publisher") {
        article.publisher = value;
        return true;
    }
    if (key == "url" || key == "link") {
        article.url = value;
        return true;
    }
    if (key == "author" || key == "authors" || key == "reporter" || key == "writer") {
        article.authors = splitAuthors(value);
        return true;
    }
    return key == "editor" || key == "edited by" || key == "photographer"; // known, not wanted
}

/// "By Wang Qi | Published: 2022/6/15 18:04" or "Source: Global Times Published: ...": the pieces of a
/// header line, cut at '|' and before a capitalised date label.
std::vector<std::string> headerSegments(std::string_view line)
{
    std::vector<std::string> segments;
    std::string current;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const std::string_view rest = line.substr(i);
        const bool label = i > 0 && line[i - 1] == ' '
            && (rest.rfind("Published:", 0) == 0 || rest.rfind("Posted:", 0) == 0 || rest.rfind("Source:", 0) == 0
                || (rest.rfind("Updated:", 0) == 0 && !current.ends_with("Last ")));
        if (line[i] == '|' || label) {
            segments.push_back(normalizeWhitespace(current));
            current.clear();
            if (line[i] == '|')
                continue;
        }
        current += line[i];
    }
    segments.push_back(normalizeWhitespace(current));
    std::erase_if(segments, [](const std::string& segment) { return segment.empty(); });
    return segments;
}

bool readHeaderLine(const std::string& line, model::Article& article)
{
    if (readDateLine(line, article) || readByline(line, article) || readLabelledLine(line, article))
        return true;
    const std::vector<std::string> segments = headerSegments(line);
    if (segments.size() < 2)
        return false;
    model::Article trial = article;
    for (const auto& segment : segments) {
        if (!(readDateLine(segment, trial) || readByline(segment, trial) || readLabelledLine(segment, trial)))
            return false;
    }
    article = std::move(trial);
    return true;
}

/// YAML front matter ("---" ... "---") at the top of a Markdown file; returns the index after it.
std::size_t readFrontMatter(const std::vector<std::string>& lines, model::Article& article)
{
    if (lines.empty() || normalizeWhitespace(lines[0]) != "---")
        return 0;
    for (std::size_t k = 1; k < lines.size() && k < 100; ++k) {
        const std::string line = normalizeWhitespace(lines[k]);
        if (line == "---" || line == "...") {
            return k + 1;
        }
        const std::size_t colon = line.find(':');
        if (colon == std::string::npos)
            continue;
        std::string key = line.substr(0, colon);
        std::transform(key.begin(), key.end(), key.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        std::string value = normalizeWhitespace(line.substr(colon + 1));
        if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
            value = value.substr(1, value.size() - 2);
        if (value.empty())
            continue;
        if (key == "title")
            article.title = value;
        else if (key == "date" || key == "published" || key == "pubdate")
            article.published = parseDateTime(value);
        else if (key == "updated" || key == "lastmod" || key == "modified")
            article.updated = parseDateTime(value);
        else if (key == "author" || key == "authors" || key == "by")
            article.authors = splitAuthors(value.front() == '[' ? value.substr(1, value.size() - 2) : value);
        else if (key == "publisher" || key == "source" || key == "site")
            article.publisher = value;
        else if (key == "url" || key == "link" || key == "canonical")
            article.url = value;
        else if (key == "lang" || key == "language")
            article.language = value;
    }
    return 0; // no closing line: not front matter
}

/// Consumes the metadata lines directly below the title; returns the index of the first body line.
std::size_t readHeaderLines(const std::vector<std::string>& lines, std::size_t i, model::Article& article)
{
    int seen = 0;
    for (std::size_t k = i; k < lines.size() && seen < 6; ++k) {
        const std::string line = normalizeWhitespace(lines[k]);
        if (line.empty())
            continue;
        ++seen;
        const bool consumed = readHeaderLine(line, article)
            || (line.size() <= 40 && !article.published && (article.published = parseDateTime(line)));
        if (!consumed)
            return k;
        i = k + 1;
    }
    return i;
}

} // namespace

bool TextReader::looksLikeMarkdown(std::string_view text)
{
    const std::string_view head = text.substr(0, std::min<std::size_t>(text.size(), 4096));
    return head.substr(0, 2) == "# " || head.substr(0, 4) == "---\n" || head.substr(0, 5) == "---\r\n"
        || head.find("\n## ") != std::string_view::npos || head.find("](http") != std::string_view::npos
        || head.find("\n# ") != std::string_view::npos;
}

model::Article TextReader::read(std::string_view bytes, const std::string& file, bool markdown)
{
    model::Article article;
    article.file = file;
    std::string text = decodeToUtf8(bytes);
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.erase(0, 3);
    markdown = markdown || looksLikeMarkdown(text);
    std::vector<std::string> lines = splitLines(text);
    std::size_t i = 0;
    if (markdown)
        i = readFrontMatter(lines, article);

    // The title: the first non-empty line (a Markdown heading or a setext-underlined line).
    while (i < lines.size() && isBlank(lines[i]))
        ++i;
    if (i < lines.size() && !article.title.empty() && markdown && lines[i].rfind("# ", 0) == 0)
        ++i; // the heading repeats the front matter's title
    if (i < lines.size() && article.title.empty()) {
        std::string title = normalizeWhitespace(lines[i]);
        const bool heading = !title.empty() && title.front() == '#';
        while (!title.empty() && title.front() == '#')
            title.erase(0, 1);
        title = normalizeWhitespace(title);
        if (markdown || heading)
            title = MarkdownText::stripInline(title);
        // A very long first line is a paragraph, not a title.
        if (title.size() <= 300) {
            article.title = title;
            ++i;
            if (i < lines.size() && MarkdownText::isSetextUnderline(lines[i]))
                ++i;
        }
    }

    // Metadata lines right below the title: "Published: ... Updated: ...", "By ...", a bare date line.
    i = readHeaderLines(lines, i, article);

    std::vector<std::string> paragraphs;
    std::vector<std::string> block;
    auto flush = [&] {
        for (auto& paragraph : blockParagraphs(block)) {
            if (markdown) {
                if (MarkdownText::isHorizontalRule(paragraph))
                    continue;
                paragraph = MarkdownText::stripLine(paragraph);
            }
            paragraphs.push_back(std::move(paragraph));
        }
        block.clear();
    };
    for (; i < lines.size(); ++i) {
        if (isBlank(lines[i]))
            flush();
        else
            block.push_back(std::move(lines[i])); // not read again
    }
    flush();

    CleanedBody cleaned = cleanBody(std::move(paragraphs));
    article.paragraphs = std::move(cleaned.paragraphs);
    if (cleaned.signOff && !article.publisher)
        article.publisher = cleaned.signOff;
    return article;
}

} // namespace sayline::ingest
