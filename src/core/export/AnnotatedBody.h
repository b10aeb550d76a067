// SPDX-License-Identifier: GPL-3.0-or-later
// The article text with its highlights, as properly nested runs that the HTML and Markdown writers mark up.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/Analysis.h"

namespace sayline::exporting {

/// What a highlight in an exported article marks.
enum class MarkKind
{
    Speaker, ///< the source as written at the cue
    DirectSpeech,
    IndirectSpeech,
    MixedSpeech,
    Person,
    Organization,
    Place,
    Date,
};

/// The legend: every kind in the order it is explained.
inline constexpr MarkKind kAllMarkKinds[]
    = { MarkKind::Speaker, MarkKind::DirectSpeech, MarkKind::IndirectSpeech, MarkKind::MixedSpeech,
        MarkKind::Person,  MarkKind::Organization, MarkKind::Place,          MarkKind::Date };

/// CSS class of a kind ("speaker", "direct", …).
const char* markClass(MarkKind kind);
/// What the legend calls it ("Direct speech (quoted)", …).
const char* markLabel(MarkKind kind);
/// Its background colour as #rrggbb: the reader's light tints, one per kind.
const char* markColor(MarkKind kind);

inline constexpr std::size_t kNoStatement = static_cast<std::size_t>(-1);

/// One highlight: a code point span of the body; statement is the index in AnalysedArticle::statements for
/// statement and speaker marks.
struct Mark
{
    MarkKind kind = MarkKind::Person;
    model::Span span;
    std::size_t statement = kNoStatement;
};

/// A piece of a paragraph: text, or a mark opening or closing around the text that follows. Opens and closes nest
/// properly: a mark that crosses another (or a paragraph break) is closed and opened again, and first / last say
/// which piece begins and which ends the mark.
struct TextEvent
{
    enum class Type
    {
        Open,
        Text,
        Close,
    };
    Type type = Type::Text;
    std::string text; ///< Text only
    std::size_t mark = 0; ///< Open and Close: index in AnnotatedBody::marks
    bool first = false; ///< Open: the mark starts here
    bool last = false; ///< Close: the mark ends here
};

struct AnnotatedBody
{
    std::vector<Mark> marks;
    std::vector<std::vector<TextEvent>> paragraphs; ///< one event list per paragraph of the article
};

/// The body of an analysed article with statements (outermost), people, organizations, places, dates and
/// speakers (innermost, as the reader paints them) marked.
AnnotatedBody annotateBody(const model::AnalysedArticle& analysed);

} // namespace sayline::exporting
