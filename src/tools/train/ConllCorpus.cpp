// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConllCorpus.h"

#include <fstream>
#include <sstream>

#include "model/Error.h"

namespace sayline::training {
namespace {

using analysis::NameTag;

bool isOneOf(std::string_view token, std::initializer_list<std::string_view> list)
{
    for (std::string_view item : list) {
        if (token == item)
            return true;
    }
    return false;
}

/// Tokens written against the word before them.
bool attachesLeft(std::string_view token)
{
    return isOneOf(token, { ",",   ".",   ";",   ":",   "!",  "?",  ")",   "]", "}", "%", "'s", "'S", "\xE2\x80\x99s",
                            "n't", "'ve", "'re", "'ll", "'d", "'m", "...", "-", "/" });
}

/// Tokens written against the word after them.
bool attachesRight(std::string_view token)
{
    return isOneOf(token, { "(", "[", "{", "$", "#", "-", "/" });
}

struct Piece
{
    int start = 0; ///< UTF-16 offsets into the document text
    int end = 0;
};

/// Spans of corpus tokens [first, end) in a sentence that the tags make one name.
struct GoldName
{
    int start = 0; ///< UTF-16 offsets
    int end = 0;
    model::EntityType type = model::EntityType::Misc;
};

} // namespace

std::vector<ConllDocument> parseConll(std::string_view text, const std::string& name)
{
    std::vector<ConllDocument> out;
    ConllSentence sentence;
    auto closeSentence = [&]() {
        if (sentence.empty())
            return;
        if (out.empty())
            out.push_back({ "(unnamed)", {} });
        out.back().sentences.push_back(std::move(sentence));
        sentence.clear();
    };
    int lineNumber = 0;
    std::size_t position = 0;
    while (position <= text.size()) {
        const std::size_t newline = text.find('\n', position);
        std::string_view line
            = text.substr(position, newline == std::string_view::npos ? std::string_view::npos : newline - position);
        position = newline == std::string_view::npos ? text.size() + 1 : newline + 1;
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty()) {
            closeSentence();
            continue;
        }
        if (line.starts_with("# doc ")) {
            closeSentence();
            out.push_back({ std::string(line.substr(6)), {} });
            continue;
        }
        if (line.front() == '#')
            continue;
        const std::size_t tab = line.find('\t');
        const std::optional<NameTag> tag
            = tab == std::string_view::npos ? std::nullopt : analysis::tagFromName(line.substr(tab + 1));
        if (tab == 0 || !tag)
            throw Error(ErrorCode::Malformed, name + ":" + std::to_string(lineNumber) + ": not `token<TAB>BIO-tag`");
        sentence.push_back({ std::string(line.substr(0, tab)), *tag });
    }
    closeSentence();
    return out;
}

std::vector<ConllDocument> readConll(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw Error(ErrorCode::Io, file.string() + ": cannot open");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return parseConll(buffer.str(), file.string());
}

LabelledDocument labelDocument(const ConllDocument& source)
{
    LabelledDocument out;
    out.id = source.id;
    std::vector<GoldName> names;
    int length = 0; // UTF-16 length of out.text
    auto append = [&](std::string_view piece) {
        out.text += piece;
        length += static_cast<int>(analysis::toUtf16(piece).size());
    };
    for (const ConllSentence& sentence : source.sentences) {
        if (!out.text.empty())
            append("\n");
        bool quoteOpen = false;
        bool glueNext = true;
        std::vector<Piece> pieces;
        for (const ConllToken& token : sentence) {
            bool glue = glueNext || attachesLeft(token.text);
            glueNext = attachesRight(token.text);
            if (token.text == "\"") {
                glue = glue || quoteOpen;
                glueNext = !quoteOpen;
                quoteOpen = !quoteOpen;
            }
            if (!glue)
                append(" ");
            const int start = length;
            append(token.text);
            pieces.push_back({ start, length });
        }
        for (std::size_t i = 0; i < sentence.size(); ++i) {
            const NameTag tag = sentence[i].tag;
            if (tag == NameTag::Outside)
                continue;
            const bool continues = analysis::isInside(tag) && !names.empty() && i > 0
                && sentence[i - 1].tag != NameTag::Outside
                && analysis::tagType(sentence[i - 1].tag) == analysis::tagType(tag);
            if (continues)
                names.back().end = pieces[i].end;
            else
                names.push_back({ pieces[i].start, pieces[i].end, analysis::tagType(tag) });
        }
    }
    out.document = std::make_unique<analysis::Document>(out.text);
    const auto& tokens = out.document->tokens();
    out.tags.assign(tokens.size(), NameTag::Outside);
    out.names = static_cast<int>(names.size());
    std::size_t t = 0;
    for (const GoldName& name : names) {
        while (t < tokens.size() && tokens[t].start < name.start)
            ++t;
        const bool startAligned = t < tokens.size() && tokens[t].start == name.start;
        bool first = true;
        std::size_t last = t;
        for (; t < tokens.size() && tokens[t].start < name.end; ++t) {
            out.tags[t] = first ? analysis::beginTag(name.type) : analysis::insideTag(name.type);
            first = false;
            last = t;
        }
        const bool endAligned = !first && tokens[last].end >= name.end;
        if (!startAligned || !endAligned)
            ++out.misaligned;
    }
    return out;
}

} // namespace sayline::training
