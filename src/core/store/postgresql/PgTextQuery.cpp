// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgTextQuery.h"

#include <vector>

#include "model/Error.h"
#include "store/TextKeys.h"

namespace sayline::store::postgresql {
namespace {

bool isWordByte(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || c == '_';
}

/// A lexeme quoted for to_tsquery.
std::string lexeme(std::string_view word)
{
    std::string out = "'";
    for (char c : word) {
        if (c == '\'' || c == '\\')
            out += c;
        out += c;
    }
    return out + "'";
}

/// The words of text (a phrase's inside).
std::vector<std::string_view> words(std::string_view text)
{
    std::vector<std::string_view> out;
    for (std::size_t i = 0; i < text.size();) {
        if (!isWordByte(text[i])) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        while (i < text.size() && isWordByte(text[i]))
            ++i;
        out.push_back(text.substr(start, i - start));
    }
    return out;
}

} // namespace

std::string toTsQuery(std::string_view input)
{
    const std::string segmented = segmentQuery(input);
    const std::string_view query = segmented;
    std::string out;
    bool operandLast = false; // the last thing written was an operand or ')': a following operand needs '&'
    int terms = 0;
    auto operand = [&](const std::string& text) {
        if (operandLast)
            out += " & ";
        out += text;
        operandLast = true;
        ++terms;
    };
    for (std::size_t i = 0; i < query.size();) {
        const char c = query[i];
        if (c == '"') {
            const std::size_t close = query.find('"', i + 1);
            const std::string_view inside = query.substr(i + 1, close == std::string::npos ? std::string::npos
                                                                                            : close - i - 1);
            std::string phrase;
            for (std::string_view word : words(inside))
                phrase += (phrase.empty() ? "" : " <-> ") + lexeme(word);
            if (!phrase.empty())
                operand("(" + phrase + ")");
            i = close == std::string::npos ? query.size() : close + 1;
        } else if (c == '(') {
            if (operandLast)
                out += " & ";
            out += "(";
            operandLast = false;
            ++i;
        } else if (c == ')') {
            out += ")";
            operandLast = true;
            ++i;
        } else if (isWordByte(c)) {
            const std::size_t start = i;
            while (i < query.size() && isWordByte(query[i]))
                ++i;
            const std::string_view word = query.substr(start, i - start);
            if (word == "AND") {
                operandLast = false;
                out += " & ";
            } else if (word == "OR") {
                operandLast = false;
                out += " | ";
            } else if (word == "NOT") {
                operandLast = false;
                out += " & !";
            } else if (i < query.size() && query[i] == '*') {
                operand(lexeme(word) + ":*");
                ++i;
            } else {
                operand(lexeme(word));
            }
        } else {
            ++i;
        }
    }
    if (terms == 0)
        throw Error(ErrorCode::Usage, "the text query '" + std::string(input) + "' has no words to search for");
    return out;
}

std::optional<std::string> cjkSubstring(std::string_view query)
{
    if (query.empty() || !containsCjk(query))
        return std::nullopt;
    for (char c : query) {
        if (!isWordByte(c) || (static_cast<unsigned char>(c) < 0x80))
            return std::nullopt;
    }
    return std::string(query);
}

} // namespace sayline::store::postgresql
