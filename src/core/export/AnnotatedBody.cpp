// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnnotatedBody.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "model/Utf8.h"

namespace sayline::exporting {
namespace {

struct MarkStyle
{
    MarkKind kind;
    const char* cssClass;
    const char* label;
    const char* color; ///< the reader's tints (src/app/reader/Highlights.cpp) where it has them
};

// Indirect speech is a cooler, paler tint than quotes; mixed speech lies between the two.
constexpr MarkStyle kStyles[] = {
    { MarkKind::Speaker, "speaker", "Speaker", "#f9b87c" },
    { MarkKind::DirectSpeech, "direct", "Direct speech (quoted)", "#fff3b8" },
    { MarkKind::IndirectSpeech, "indirect", "Indirect speech (reported)", "#e6ecf2" },
    { MarkKind::MixedSpeech, "mixed", "Mixed speech", "#f4efd8" },
    { MarkKind::Person, "person", "Person", "#b9e4a8" },
    { MarkKind::Organization, "organization", "Organization", "#a9cff2" },
    { MarkKind::Place, "place", "Place", "#dcbff0" },
    { MarkKind::Date, "date", "Date", "#f7c1cf" },
};

const MarkStyle& styleOf(MarkKind kind)
{
    for (const MarkStyle& style : kStyles) {
        if (style.kind == kind)
            return style;
    }
    return kStyles[0];
}

/// Statements lie underneath, speakers on top: inner marks are opened later and closed earlier.
int layer(MarkKind kind)
{
    switch (kind) {
    case MarkKind::DirectSpeech:
    case MarkKind::IndirectSpeech:
    case MarkKind::MixedSpeech:
        return 0;
    case MarkKind::Speaker:
        return 2;
    default:
        return 1;
    }
}

MarkKind speechKind(model::StatementKind kind)
{
    switch (kind) {
    case model::StatementKind::Direct:
        return MarkKind::DirectSpeech;
    case model::StatementKind::Mixed:
        return MarkKind::MixedSpeech;
    case model::StatementKind::Indirect:
        break;
    }
    return MarkKind::IndirectSpeech;
}

std::vector<Mark> collectMarks(const model::AnalysedArticle& analysed)
{
    std::vector<Mark> marks;
    for (std::size_t i = 0; i < analysed.statements.size(); ++i) {
        const model::Statement& statement = analysed.statements[i];
        marks.push_back({ speechKind(statement.kind), statement.span, i });
        if (statement.speakerSpan)
            marks.push_back({ MarkKind::Speaker, *statement.speakerSpan, i });
    }
    for (const model::Entity& entity : analysed.entities) {
        MarkKind kind = MarkKind::Person;
        if (entity.type == model::EntityType::Organization)
            kind = MarkKind::Organization;
        else if (entity.type == model::EntityType::Location)
            kind = MarkKind::Place;
        else if (entity.type != model::EntityType::Person)
            continue;
        for (const model::Span& mention : entity.mentions)
            marks.push_back({ kind, mention, kNoStatement });
    }
    for (const model::DateMention& date : analysed.dates)
        marks.push_back({ MarkKind::Date, date.span, kNoStatement });
    std::erase_if(marks, [](const Mark& mark) { return mark.span.end <= mark.span.start; });
    // A speaker is painted on top of what it names ("China's Foreign Ministry spokesperson Wang Wenbin").
    std::vector<model::Span> speakers;
    for (const Mark& mark : marks) {
        if (mark.kind == MarkKind::Speaker)
            speakers.push_back(mark.span);
    }
    std::erase_if(marks, [&](const Mark& mark) {
        return layer(mark.kind) == 1 && std::any_of(speakers.begin(), speakers.end(), [&](const model::Span& speaker) {
                   return speaker.start <= mark.span.start && mark.span.end <= speaker.end;
               });
    });
    // Outer before inner: earlier start, then longer span, then lower layer.
    std::stable_sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) {
        return std::tuple(a.span.start, -a.span.end, layer(a.kind))
            < std::tuple(b.span.start, -b.span.end, layer(b.kind));
    });
    // One speaker span can introduce several statements ("Wang said A and B"): mark it once.
    const auto twice = std::unique(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) {
        return a.kind == b.kind && a.span == b.span && layer(a.kind) > 0;
    });
    marks.erase(twice, marks.end());
    return marks;
}

/// Byte offset of every code point of text, plus its size.
std::vector<std::size_t> codePointOffsets(std::string_view text)
{
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < text.size();) {
        offsets.push_back(i);
        model::nextCodePoint(text, i);
    }
    offsets.push_back(text.size());
    return offsets;
}

std::vector<TextEvent> annotateParagraph(const std::string& body, const std::vector<std::size_t>& offsets,
                                         const std::vector<Mark>& marks, int start, int end)
{
    std::set<int> cuts { start, end };
    std::vector<std::size_t> inside; // marks overlapping the paragraph, outer first
    for (std::size_t i = 0; i < marks.size(); ++i) {
        const model::Span& span = marks[i].span;
        if (span.start >= end || span.end <= start)
            continue;
        inside.push_back(i);
        cuts.insert(std::max(span.start, start));
        cuts.insert(std::min(span.end, end));
    }
    std::vector<TextEvent> events;
    std::vector<std::size_t> open; // the stack of open marks, outermost first
    const auto closeAbove = [&](std::size_t depth, int at) {
        while (open.size() > depth) {
            const std::size_t mark = open.back();
            open.pop_back();
            events.push_back({ TextEvent::Type::Close, {}, mark, false, marks[mark].span.end == at });
        }
    };
    for (auto cut = cuts.begin(); std::next(cut) != cuts.end(); ++cut) {
        const int from = *cut;
        const int to = *std::next(cut);
        std::vector<std::size_t> active;
        for (std::size_t mark : inside) {
            if (marks[mark].span.start <= from && marks[mark].span.end >= to)
                active.push_back(mark);
        }
        std::size_t keep = 0;
        while (keep < open.size() && std::find(active.begin(), active.end(), open[keep]) != active.end())
            ++keep;
        closeAbove(keep, from);
        for (std::size_t mark : active) {
            if (std::find(open.begin(), open.end(), mark) == open.end()) {
                open.push_back(mark);
                events.push_back({ TextEvent::Type::Open, {}, mark, marks[mark].span.start == from, false });
            }
        }
        const std::size_t first = offsets[static_cast<std::size_t>(from)];
        const std::size_t last = offsets[static_cast<std::size_t>(to)];
        events.push_back({ TextEvent::Type::Text, body.substr(first, last - first), 0, false, false });
    }
    closeAbove(0, end);
    return events;
}

} // namespace

const char* markClass(MarkKind kind)
{
    return styleOf(kind).cssClass;
}

const char* markLabel(MarkKind kind)
{
    return styleOf(kind).label;
}

const char* markColor(MarkKind kind)
{
    return styleOf(kind).color;
}

AnnotatedBody annotateBody(const model::AnalysedArticle& analysed)
{
    AnnotatedBody out;
    out.marks = collectMarks(analysed);
    const std::string body = analysed.article.body();
    const std::vector<std::size_t> offsets = codePointOffsets(body);
    const int length = static_cast<int>(offsets.size()) - 1;
    int start = 0;
    for (const std::string& paragraph : analysed.article.paragraphs) {
        start = std::min(start, length);
        const int end = std::min(length, start + model::codePointCount(paragraph));
        out.paragraphs.push_back(annotateParagraph(body, offsets, out.marks, start, end));
        start = end + 2; // the blank line between paragraphs
    }
    return out;
}

} // namespace sayline::exporting
