// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>
#include <QUrl>
#include <array>
#include <optional>
#include <vector>

#include "model/Analysis.h"

namespace sayline::app {

/// What a highlight in the reader marks; each kind has its own colour and a legend entry.
enum class HighlightKind
{
    Statement, ///< the content of an attributed statement
    Speaker, ///< the source as written at the cue ("Wang Wenbin said")
    Person,
    Organization,
    Place,
    Date,
    Other, ///< misc entities (events, products, laws)
};

inline constexpr std::array kAllHighlightKinds { HighlightKind::Speaker, HighlightKind::Statement,
                                                 HighlightKind::Person,  HighlightKind::Organization,
                                                 HighlightKind::Place,   HighlightKind::Date,
                                                 HighlightKind::Other };

QString displayName(HighlightKind kind);
QColor highlightColor(HighlightKind kind);
HighlightKind highlightKindOf(model::EntityType type);

/// The extracted item behind a highlight: an entity, a statement or a date mention (by index).
struct HighlightTarget
{
    enum class Type
    {
        Entity,
        Statement,
        Date,
    };
    Type type = Type::Entity;
    QString id; ///< "E3", "S2", or the date's index in AnalysedArticle::dates

    /// "sayline:entity/E3": the anchor href the reader puts on the highlighted text.
    QUrl toUrl() const;
    static std::optional<HighlightTarget> fromUrl(const QUrl& url);
    bool operator==(const HighlightTarget&) const = default;
};

struct Highlight
{
    HighlightKind kind = HighlightKind::Other;
    model::Span span;
    HighlightTarget target;
};

/// Every highlight of an article in painting order: statements first (widest, underneath), then entity
/// mentions and dates, then speakers on top, so the innermost item wins a click.
std::vector<Highlight> collectHighlights(const model::AnalysedArticle& analysed);

} // namespace sayline::app
