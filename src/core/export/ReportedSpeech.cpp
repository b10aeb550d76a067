// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportedSpeech.h"

#include <algorithm>
#include <optional>

#include "SummaryDocument.h"
#include "model/Utf8.h"

namespace sayline::exporting {
namespace {

constexpr std::u32string_view kOpeningQuotes = U"\"\u201c\u201e\u00ab\u2018'\u300c\u300e\u2039";
constexpr std::u32string_view kClosingQuotes = U"\"\u201d\u201c\u00bb\u2019'\u300d\u300f\u203a";
constexpr std::u32string_view kSentenceEnds = U".!?\u2026\u3002\uff01\uff1f";
/// What may not stand in the words joining an attribution to its content: a sentence break or a quotation mark.
constexpr std::u32string_view kNotInConnector = U".!?;\n\"\u201c\u201d\u201e\u00ab\u00bb\u2018\u300c\u300d\u3002";
constexpr int kLongestConnector = 40; // code points: "told reporters in Beijing on Wednesday that"
constexpr const char* kOpenQuote = "\u201c";
constexpr const char* kCloseQuote = "\u201d";

std::u32string decoded(std::string_view text)
{
    std::u32string out;
    for (std::size_t i = 0; i < text.size();)
        out += model::nextCodePoint(text, i);
    return out;
}

bool isIn(char32_t c, std::u32string_view set)
{
    return set.find(c) != std::u32string_view::npos;
}

std::string_view trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

bool alreadyQuoted(std::string_view content)
{
    const std::u32string text = decoded(trimmed(content));
    return text.size() >= 2 && isIn(text.front(), kOpeningQuotes) && isIn(text.back(), kClosingQuotes);
}

bool endsASentence(std::string_view content)
{
    std::u32string text = decoded(trimmed(content));
    while (!text.empty() && isIn(text.back(), kClosingQuotes))
        text.pop_back();
    return !text.empty() && isIn(text.back(), kSentenceEnds);
}

std::string capitalised(std::string text)
{
    if (!text.empty() && text.front() >= 'a' && text.front() <= 'z')
        text.front() = static_cast<char>(text.front() - 'a' + 'A');
    return text;
}

bool startsWithAccording(std::string_view cue)
{
    return model::asciiLower(cue.substr(0, 9)) == "according";
}

/// "saying", "adding": a participle cannot carry a reported sentence ("He saying that …").
bool isFinite(std::string_view cue)
{
    if (cue.empty())
        return false;
    if (startsWithAccording(cue))
        return true;
    const auto space = cue.find_last_of(' ');
    const std::string_view word = space == std::string_view::npos ? cue : cue.substr(space + 1);
    return !(word.size() > 4 && model::asciiLower(word.substr(word.size() - 3)) == "ing");
}

/// The speaker and the cue in the article's order: "Wang said", "according to Wang", or the speaker alone.
std::vector<SpeechPart> attribution(const Speech& speech, bool sentenceStart)
{
    using Role = SpeechPart::Role;
    std::vector<SpeechPart> parts;
    if (speech.cue.empty() || !speech.frame.cueBeforeSpeaker) {
        parts.push_back({ Role::Speaker, sentenceStart ? capitalised(speech.speaker) : speech.speaker });
        if (!speech.cue.empty())
            parts.push_back({ Role::Text, " " + speech.cue });
    } else {
        parts.push_back({ Role::Text, (sentenceStart ? capitalised(speech.cue) : speech.cue) + " " });
        parts.push_back({ Role::Speaker, speech.speaker });
    }
    return parts;
}

void append(std::vector<SpeechPart>& parts, std::vector<SpeechPart> more)
{
    parts.insert(parts.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
}

std::vector<SpeechPart> reportedSpeech(const Speech& speech)
{
    using Role = SpeechPart::Role;
    using Order = SpeechFrame::Order;
    const std::string end = endsASentence(speech.content) ? "" : ".";
    std::vector<SpeechPart> parts;
    if (speech.frame.order == Order::AttributionFirst && isFinite(speech.cue)) {
        parts = attribution(speech, true);
        std::string join = " ";
        if (startsWithAccording(speech.cue))
            join = ", ";
        else if (!speech.frame.connector.empty())
            join = " " + speech.frame.connector + " ";
        parts.push_back({ Role::Text, join });
        parts.push_back({ Role::Content, speech.content });
        parts.push_back({ Role::Text, end });
    } else if (speech.frame.order == Order::ContentFirst && isFinite(speech.cue)) {
        const bool newSentence = end.empty(); // "It was resolved. According to Airbus."
        parts.push_back({ Role::Content, speech.content });
        parts.push_back({ Role::Text, newSentence ? " " : ", " });
        append(parts, attribution(speech, newSentence));
        parts.push_back({ Role::Text, "." });
    } else {
        // No frame to follow: a label says that these are not the speaker's words.
        parts.push_back({ Role::Speaker, speech.speaker });
        parts.push_back(
            { Role::Text, " (" + (speech.cue.empty() ? std::string() : speech.cue + ", ") + "reported speech): " });
        parts.push_back({ Role::Content, speech.content });
    }
    return parts;
}

std::vector<SpeechPart> directSpeech(const Speech& speech)
{
    using Role = SpeechPart::Role;
    std::vector<SpeechPart> parts;
    if (isFinite(speech.cue))
        parts = attribution(speech, true);
    else
        parts.push_back({ Role::Speaker, speech.speaker });
    parts.push_back({ Role::Text, ": " });
    if (alreadyQuoted(speech.content)) {
        parts.push_back({ Role::Content, speech.content });
    } else {
        parts.push_back({ Role::Text, kOpenQuote });
        parts.push_back({ Role::Content, speech.content });
        parts.push_back({ Role::Text, kCloseQuote });
    }
    return parts;
}

/// The article's words between the attribution and the content ("that", "on Wednesday that"), punctuation
/// around them dropped; nullopt when they are too long or hold a sentence break or quotation mark.
std::optional<std::string> connectorBetween(std::string_view body, int from, int to)
{
    if (to < from)
        return std::nullopt;
    if (to - from > kLongestConnector)
        return std::nullopt;
    const std::string gap = model::codePointSubstr(body, from, to);
    for (char32_t c : decoded(gap)) {
        if (isIn(c, kNotInConnector))
            return std::nullopt;
    }
    std::string_view words = trimmed(gap);
    while (!words.empty() && (words.front() == ',' || words.front() == ':'))
        words = trimmed(words.substr(1));
    while (!words.empty() && (words.back() == ',' || words.back() == ':'))
        words = trimmed(words.substr(0, words.size() - 1));
    return std::string(words);
}

SpeechFrame frameOf(const model::Statement& statement, std::string_view body)
{
    SpeechFrame frame;
    if (!statement.cueSpan)
        return frame;
    const model::Span cue = *statement.cueSpan;
    const model::Span content = statement.span;
    if (statement.speakerSpan)
        frame.cueBeforeSpeaker = cue.start < statement.speakerSpan->start;
    if (cue.start >= content.end) {
        frame.order = SpeechFrame::Order::ContentFirst;
        return frame;
    }
    if (cue.end > content.start)
        return frame;
    int attributionEnd = cue.end;
    if (statement.speakerSpan && statement.speakerSpan->end <= content.start)
        attributionEnd = std::max(attributionEnd, statement.speakerSpan->end);
    if (statement.kind == model::StatementKind::Direct) {
        frame.order = SpeechFrame::Order::AttributionFirst; // quoted as it is: no connector needed
        return frame;
    }
    if (const auto connector = connectorBetween(body, attributionEnd, content.start)) {
        frame.order = SpeechFrame::Order::AttributionFirst;
        frame.connector = *connector;
    }
    return frame;
}

} // namespace

std::vector<SpeechPart> renderSpeech(const Speech& speech)
{
    if (speech.kind == model::StatementKind::Direct)
        return directSpeech(speech);
    return reportedSpeech(speech);
}

std::string speechText(const Speech& speech)
{
    return markedSpeech(speech, [](std::string_view text) { return std::string(text); }, {}, {});
}

std::string markedSpeech(const Speech& speech, std::string (*escape)(std::string_view), std::string_view speakerOpen,
                         std::string_view speakerClose)
{
    std::string out;
    for (const SpeechPart& part : renderSpeech(speech)) {
        if (part.role == SpeechPart::Role::Speaker)
            out += std::string(speakerOpen) + escape(part.text) + std::string(speakerClose);
        else
            out += escape(part.text);
    }
    return out;
}

std::string quotedContent(model::StatementKind kind, std::string_view content)
{
    if (kind != model::StatementKind::Direct || alreadyQuoted(content))
        return std::string(content);
    return kOpenQuote + std::string(content) + kCloseQuote;
}

Speech speechOf(const model::AnalysedArticle& analysed, const model::Statement& statement, std::string_view body)
{
    Speech speech;
    speech.speaker = speakerName(analysed, statement);
    speech.cue = statement.cue;
    speech.kind = statement.kind;
    speech.content = statement.content;
    speech.frame = frameOf(statement, body);
    return speech;
}

} // namespace sayline::exporting
