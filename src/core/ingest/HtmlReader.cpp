// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlReader.h"

#include "BodyCleaner.h"
#include "Encoding.h"
#include "HtmlHints.h"
#include "HtmlMetadata.h"
#include "HtmlTextCollector.h"
#include "HtmlTree.h"
#include "MainTextExtractor.h"
#include "MainTextStats.h"

namespace sayline::ingest {
namespace {

std::size_t totalChars(const std::vector<std::string>& paragraphs)
{
    std::size_t total = 0;
    for (const std::string& paragraph : paragraphs)
        total += MainTextStats::countChars(paragraph);
    return total;
}

std::vector<std::string> articleBodyParagraphs(const std::string& text)
{
    if (text.find('<') != std::string::npos && text.find('>') != std::string::npos)
        return HtmlReader::fragmentParagraphs(text);
    std::vector<std::string> paragraphs;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        std::string paragraph = HtmlTextCollector::normalizeSpace(std::string_view(text).substr(start, end - start));
        if (!paragraph.empty())
            paragraphs.push_back(std::move(paragraph));
        start = end + 1;
    }
    return paragraphs;
}

} // namespace

model::Article HtmlReader::read(std::string_view bytes, const std::string& file)
{
    const std::string utf8 = decodeToUtf8(bytes, sniffHtmlCharset(bytes));
    HtmlTree tree = parseHtml(utf8);
    const HtmlMetadata metadata = HtmlMetadata::extract(tree);

    model::Article article;
    article.file = file;
    article.title = metadata.title;
    article.authors = metadata.authors;
    article.publisher = metadata.publisher;
    article.published = metadata.published;
    article.updated = metadata.updated;
    article.language = metadata.language;
    article.url = metadata.url;

    std::vector<std::string> titles = metadata.headlines;
    titles.push_back(metadata.title);
    if (!metadata.documentTitle.empty())
        titles.push_back(metadata.documentTitle);
    article.paragraphs = MainTextExtractor(std::move(titles)).extract(tree);
    // The shared clean-up (caption and credit lines); a short last line of a web page is not a sign-off
    // ("Disclaimer", "Add a review"), so that detection stays off.
    CleanOptions options;
    options.detectSignOff = false;
    article.paragraphs = cleanBody(std::move(article.paragraphs), options).paragraphs;
    // Pages that render their text with scripts often still carry it in JSON-LD.
    if (!metadata.articleBody.empty()) {
        std::vector<std::string> fromJsonLd = articleBodyParagraphs(metadata.articleBody);
        if (2 * totalChars(article.paragraphs) < totalChars(fromJsonLd) && totalChars(fromJsonLd) >= 200)
            article.paragraphs = std::move(fromJsonLd);
    }
    return article;
}

std::vector<std::string> HtmlReader::fragmentParagraphs(std::string_view utf8Html)
{
    HtmlTree tree = parseHtml(utf8Html);
    // No scoring, but scripts, embeds, form controls and figure captions are never text.
    const HtmlNode* body = tree.body();
    std::vector<HtmlNode*> stack { const_cast<HtmlNode*>(body) };
    while (!stack.empty()) {
        HtmlNode* node = stack.back();
        stack.pop_back();
        for (auto& child : node->children) {
            if (child->isText)
                continue;
            if (HtmlHints::isAlwaysRemoved(child->name) || HtmlHints::isHidden(*child))
                child->removed = true;
            else
                stack.push_back(child);
        }
    }
    return HtmlTextCollector::paragraphs(*body);
}

} // namespace sayline::ingest
