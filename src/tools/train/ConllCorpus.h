// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/entities/NameTag.h"
#include "analysis/text/Document.h"

namespace sayline::training {

/// One token of a CoNLL file and its BIO tag.
struct ConllToken
{
    std::string text;
    analysis::NameTag tag = analysis::NameTag::Outside;
};

using ConllSentence = std::vector<ConllToken>;

/// A document of a CoNLL file ("# doc <id>" opens one; a blank line ends a sentence).
struct ConllDocument
{
    std::string id;
    std::vector<ConllSentence> sentences;
};

/// Reads `token<TAB>tag` lines (the format of ../shared/corpora/*/{train,test}.conll). Throws sayline::Error
/// naming the file and line when a line is not a token and a known tag.
std::vector<ConllDocument> readConll(const std::filesystem::path& file);
std::vector<ConllDocument> parseConll(std::string_view text, const std::string& name);

/// A corpus document as the analysis sees it: the text its tokens spell (detokenised: no space before
/// "," or "'s", none inside "Coca-Cola"; one line per sentence), the Document the analysis makes of that
/// text, and the gold tag of each Document token (a name's first token B-, the others I-). The tagger is
/// trained and scored on the analysis's own tokens, so it learns the tokenisation it will meet.
struct LabelledDocument
{
    std::string id;
    std::string text;
    std::unique_ptr<analysis::Document> document;
    std::vector<analysis::NameTag> tags; ///< one per Document token
    int names = 0; ///< gold names
    int misaligned = 0; ///< gold names that do not start or end at a Document token boundary
};

LabelledDocument labelDocument(const ConllDocument& document);

} // namespace sayline::training
