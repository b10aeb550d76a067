// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlReader.h"

#include "Encoding.h"
#include "HtmlHints.h"
#include "HtmlMetadata.h"
#include "HtmlTextCollector.h"
#include "HtmlTree.h"
#include "MainTextExtractor.h"

namespace sayline::ingest {

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
    return article;
}

std::vector<std::string> HtmlReader::fragmentParagraphs(std::string_view utf8Html)
{
    HtmlTree tree = parseHtml(utf8Html);
    // No scoring, but scripts, embeds, form controls and figure captions are never text.
    const HtmlNode* body = tree.body();
    std::vector<HtmlNode*> stack{const_cast<HtmlNode*>(body)};
    while (!stack.empty()) {
        HtmlNode* node = stack.back();
        stack.pop_back();
        for (auto& child : node->children) {
            if (child->isText)
                continue;
            if (HtmlHints::isAlwaysRemoved(child->name) || HtmlHints::isHidden(*child))
                child->removed = true;
            else
                stack.push_back(child.get());
        }
    }
    return HtmlTextCollector::paragraphs(*body);
}

} // namespace sayline::ingest
