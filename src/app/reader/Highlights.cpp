// SPDX-License-Identifier: GPL-3.0-or-later
#include "Highlights.h"

#include <QCoreApplication>

namespace sayline::app {
namespace {

const QString kScheme = QStringLiteral("sayline");

QString typePath(HighlightTarget::Type type)
{
    switch (type) {
    case HighlightTarget::Type::Entity:
        return QStringLiteral("entity");
    case HighlightTarget::Type::Statement:
        return QStringLiteral("statement");
    case HighlightTarget::Type::Date:
        return QStringLiteral("date");
    }
    return {};
}

} // namespace

QString displayName(HighlightKind kind)
{
    switch (kind) {
    case HighlightKind::Statement:
        return QCoreApplication::translate("Highlights", "Statement");
    case HighlightKind::Speaker:
        return QCoreApplication::translate("Highlights", "Speaker");
    case HighlightKind::Person:
        return QCoreApplication::translate("Highlights", "Person");
    case HighlightKind::Organization:
        return QCoreApplication::translate("Highlights", "Organization");
    case HighlightKind::Place:
        return QCoreApplication::translate("Highlights", "Place");
    case HighlightKind::Date:
        return QCoreApplication::translate("Highlights", "Date");
    case HighlightKind::Other:
        return QCoreApplication::translate("Highlights", "Other");
    }
    return {};
}

QColor highlightColor(HighlightKind kind)
{
    // Light tints that keep black text readable and stay distinct for common colour-vision deficiencies.
    switch (kind) {
    case HighlightKind::Statement:
        return QColor(0xff, 0xf3, 0xb8);
    case HighlightKind::Speaker:
        return QColor(0xf9, 0xb8, 0x7c);
    case HighlightKind::Person:
        return QColor(0xb9, 0xe4, 0xa8);
    case HighlightKind::Organization:
        return QColor(0xa9, 0xcf, 0xf2);
    case HighlightKind::Place:
        return QColor(0xdc, 0xbf, 0xf0);
    case HighlightKind::Date:
        return QColor(0xf7, 0xc1, 0xcf);
    case HighlightKind::Other:
        return QColor(0xdd, 0xdd, 0xdd);
    }
    return Qt::lightGray;
}

HighlightKind highlightKindOf(model::EntityType type)
{
    switch (type) {
    case model::EntityType::Person:
        return HighlightKind::Person;
    case model::EntityType::Organization:
        return HighlightKind::Organization;
    case model::EntityType::Location:
        return HighlightKind::Place;
    case model::EntityType::Misc:
        return HighlightKind::Other;
    }
    return HighlightKind::Other;
}

QUrl HighlightTarget::toUrl() const
{
    QUrl url;
    url.setScheme(kScheme);
    url.setPath(typePath(type) + QLatin1Char('/') + id);
    return url;
}

std::optional<HighlightTarget> HighlightTarget::fromUrl(const QUrl& url)
{
    if (url.scheme() != kScheme)
        return std::nullopt;
    const QString path = url.path();
    const qsizetype slash = path.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash + 1 >= path.size())
        return std::nullopt;
    const QString type = path.left(slash);
    HighlightTarget target;
    target.id = path.mid(slash + 1);
    if (type == typePath(Type::Entity))
        target.type = Type::Entity;
    else if (type == typePath(Type::Statement))
        target.type = Type::Statement;
    else if (type == typePath(Type::Date))
        target.type = Type::Date;
    else
        return std::nullopt;
    return target;
}

std::vector<Highlight> collectHighlights(const model::AnalysedArticle& analysed)
{
    std::vector<Highlight> out;
    for (const model::Statement& statement : analysed.statements) {
        const HighlightTarget target { HighlightTarget::Type::Statement, QString::fromStdString(statement.id) };
        out.push_back({ HighlightKind::Statement, statement.span, target });
        if (statement.cueSpan) // "said", "according to": the attribution reads as one piece
            out.push_back({ HighlightKind::Statement, *statement.cueSpan, target });
    }
    for (const model::Entity& entity : analysed.entities) {
        const HighlightTarget target { HighlightTarget::Type::Entity, QString::fromStdString(entity.id) };
        for (const model::Span& mention : entity.mentions)
            out.push_back({ highlightKindOf(entity.type), mention, target });
    }
    for (std::size_t i = 0; i < analysed.dates.size(); ++i) {
        out.push_back(
            { HighlightKind::Date, analysed.dates[i].span, { HighlightTarget::Type::Date, QString::number(i) } });
    }
    for (const model::Statement& statement : analysed.statements) {
        if (!statement.speakerSpan)
            continue;
        // A named speaker opens the entity (name, aliases, roles); an unnamed source opens the statement.
        const HighlightTarget target = statement.speaker
            ? HighlightTarget { HighlightTarget::Type::Entity, QString::fromStdString(*statement.speaker) }
            : HighlightTarget { HighlightTarget::Type::Statement, QString::fromStdString(statement.id) };
        out.push_back({ HighlightKind::Speaker, *statement.speakerSpan, target });
    }
    return out;
}

} // namespace sayline::app
