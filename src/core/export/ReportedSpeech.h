// SPDX-License-Identifier: GPL-3.0-or-later
// How every export format and the GUI's lists render what someone said: direct speech in quotation marks,
// indirect speech as reported speech without them, mixed speech exactly as the article marks it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/Analysis.h"

namespace sayline::exporting {

/// How the article frames a statement around its attribution, read from the statement's spans.
struct SpeechFrame
{
    enum class Order
    {
        Unknown, ///< the spans of cue or content are not known, or they interleave
        AttributionFirst, ///< "Wang said that CONTENT", "according to X, CONTENT"
        ContentFirst, ///< "CONTENT, Wang said"
    };
    Order order = Order::Unknown;
    bool cueBeforeSpeaker = false; ///< "according to Wang", "said Wang"
    std::string connector; ///< the article's words between attribution and content, AttributionFirst only ("that")
};

/// What a renderer needs to know about a statement.
struct Speech
{
    std::string speaker; ///< as a reader names it (the entity's name, else the source as written)
    std::string cue;
    model::StatementKind kind = model::StatementKind::Indirect;
    std::string content; ///< exactly the article's text of the statement
    SpeechFrame frame;
};

/// A piece of a rendered statement, so that each format can mark the speaker and the content its own way.
struct SpeechPart
{
    enum class Role
    {
        Text,
        Speaker,
        Content,
    };
    Role role = Role::Text;
    std::string text;
};

/// The statement as one sentence a reader may reuse: direct speech as "Wang said: “CONTENT”"; indirect and mixed
/// speech as reported speech following the article ("Wang said that CONTENT.", "CONTENT, Wang said.") or, when
/// the article's frame is unknown, labelled "Wang (said, reported speech): CONTENT". Only direct speech gets
/// quotation marks; mixed speech keeps exactly the marks the article has. The one rule all formats follow.
std::vector<SpeechPart> renderSpeech(const Speech& speech);
/// renderSpeech's parts joined as plain text.
std::string speechText(const Speech& speech);
/// renderSpeech's parts joined for a markup language: every text through escape, the speaker between
/// speakerOpen and speakerClose ("<b>" and "</b>", "**" and "**").
std::string markedSpeech(const Speech& speech, std::string (*escape)(std::string_view), std::string_view speakerOpen,
                         std::string_view speakerClose);
/// The content alone, by the same rule: direct speech in quotation marks (unless the article's span has them),
/// indirect and mixed speech as written.
std::string quotedContent(model::StatementKind kind, std::string_view content);

/// A statement of an analysed article as a Speech; body is analysed.article.body().
Speech speechOf(const model::AnalysedArticle& analysed, const model::Statement& statement, std::string_view body);

} // namespace sayline::exporting
