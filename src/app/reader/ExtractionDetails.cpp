// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExtractionDetails.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

#include "common/DisplayNames.h"
#include "export/ReportedSpeech.h"

namespace sayline::app {
namespace {

/// The translation context of this file's texts; a bare tr() in a namespace would be extracted by lupdate under
/// "sayline::app" while looked up under another name, and never translated.
struct ExtractionDetails
{
    Q_DECLARE_TR_FUNCTIONS(ExtractionDetails)
};

QString esc(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

QString joined(const std::vector<std::string>& items)
{
    QStringList out;
    for (const std::string& item : items)
        out.append(esc(item));
    return out.isEmpty() ? QStringLiteral("—") : out.join(QStringLiteral(", "));
}

QString row(const QString& label, const QString& valueHtml)
{
    return QStringLiteral("<tr><td style='color:#555; padding-right:8px'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), valueHtml);
}

QString heading(const QString& kind, const QColor& color, const QString& titleHtml)
{
    return QStringLiteral("<p><span style='background:%1'>&nbsp;%2&nbsp;</span> <b>%3</b></p>")
        .arg(color.name(), kind.toHtmlEscaped(), titleHtml);
}

/// The entity's name as a link that opens it (the details pane follows sayline: links, never others).
QString entityName(const model::AnalysedArticle& analysed, const std::string& id)
{
    const model::Entity* entity = analysed.entityById(id);
    if (!entity)
        return esc(id);
    const QUrl url = HighlightTarget { HighlightTarget::Type::Entity, QString::fromStdString(id) }.toUrl();
    return QStringLiteral("<a href='%1'>%2</a>").arg(url.toString().toHtmlEscaped(), esc(entity->name));
}

QString statementLink(const model::Statement& statement)
{
    const QUrl url = HighlightTarget { HighlightTarget::Type::Statement, QString::fromStdString(statement.id) }.toUrl();
    return QStringLiteral("<li><a href='%1'>%2</a></li>")
        .arg(url.toString().toHtmlEscaped(), esc(exporting::quotedContent(statement.kind, statement.content)));
}

const model::Statement* statementById(const model::AnalysedArticle& analysed, const QString& id)
{
    for (const auto& statement : analysed.statements) {
        if (QString::fromStdString(statement.id) == id)
            return &statement;
    }
    return nullptr;
}

const model::DateMention* dateByIndex(const model::AnalysedArticle& analysed, const QString& id)
{
    bool ok = false;
    const int index = id.toInt(&ok);
    if (!ok || index < 0 || index >= static_cast<int>(analysed.dates.size()))
        return nullptr;
    return &analysed.dates[static_cast<std::size_t>(index)];
}

QString entityDetails(const model::AnalysedArticle& analysed, const model::Entity& entity)
{
    QString html = heading(displayName(highlightKindOf(entity.type)), highlightColor(highlightKindOf(entity.type)),
                           esc(entity.name));
    html += QStringLiteral("<table>");
    html += row(ExtractionDetails::tr("Type"), displayName(entity.type));
    html += row(ExtractionDetails::tr("Aliases"), joined(entity.aliases));
    html += row(ExtractionDetails::tr("Roles"), joined(entity.roles));
    if (entity.affiliation)
        html += row(ExtractionDetails::tr("Affiliation"), entityName(analysed, *entity.affiliation));
    html += row(ExtractionDetails::tr("Mentions"), QString::number(entity.mentions.size()));
    html += QStringLiteral("</table>");

    QStringList said;
    QStringList about;
    for (const auto& statement : analysed.statements) {
        const QString item = statementLink(statement);
        if (statement.speaker == entity.id)
            said.append(item);
        if (std::find(statement.about.begin(), statement.about.end(), entity.id) != statement.about.end())
            about.append(item);
    }
    if (!said.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>")
                    .arg(ExtractionDetails::tr("Statements"), said.join(QString()));
    if (!about.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>")
                    .arg(ExtractionDetails::tr("Statements about it"), about.join(QString()));
    return html;
}

QString statementDetails(const model::AnalysedArticle& analysed, const model::Statement& statement)
{
    QString html = heading(displayName(HighlightKind::Statement), highlightColor(HighlightKind::Statement),
                           speakerName(analysed, statement).toHtmlEscaped());
    html += QStringLiteral("<table>");
    html += row(ExtractionDetails::tr("Speaker"),
                statement.speaker ? entityName(analysed, *statement.speaker)
                                  : ExtractionDetails::tr("(unnamed source)"));
    html += row(ExtractionDetails::tr("As written"),
                statement.speakerText.empty() ? QStringLiteral("—") : esc(statement.speakerText));
    // Why the analysis chose this speaker: the deciding attribution sieve's explanation.
    if (!statement.attribution.explanation.empty())
        html += row(ExtractionDetails::tr("Speaker from"), esc(statement.attribution.explanation));
    html += row(ExtractionDetails::tr("Cue"), statement.cue.empty() ? QStringLiteral("—") : esc(statement.cue));
    html += row(ExtractionDetails::tr("Kind"), displayName(statement.kind));
    html += row(ExtractionDetails::tr("Claim"), displayName(statement.claimType));
    QStringList about;
    for (const std::string& id : statement.about)
        about.append(entityName(analysed, id));
    html += row(ExtractionDetails::tr("About"),
                about.isEmpty() ? QStringLiteral("—") : about.join(QStringLiteral(", ")));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p style='margin-left:8px'>%1</p>")
                .arg(esc(exporting::quotedContent(statement.kind, statement.content)));
    return html;
}

QString dateDetails(const model::DateMention& date)
{
    QString html = heading(displayName(HighlightKind::Date), highlightColor(HighlightKind::Date), esc(date.text));
    html += QStringLiteral("<table>");
    html += row(ExtractionDetails::tr("Type"), displayName(date.type));
    html += row(ExtractionDetails::tr("Value"), date.value.empty() ? QStringLiteral("—") : esc(date.value));
    html += QStringLiteral("</table>");
    return html;
}

} // namespace

std::optional<model::Span> spanOf(const model::AnalysedArticle& analysed, const HighlightTarget& target)
{
    switch (target.type) {
    case HighlightTarget::Type::Entity:
        if (const model::Entity* entity = analysed.entityById(target.id.toStdString());
            entity && !entity->mentions.empty())
            return entity->mentions.front();
        break;
    case HighlightTarget::Type::Statement:
        if (const model::Statement* statement = statementById(analysed, target.id))
            return statement->span;
        break;
    case HighlightTarget::Type::Date:
        if (const model::DateMention* date = dateByIndex(analysed, target.id))
            return date->span;
        break;
    }
    return std::nullopt;
}

QString speakerName(const model::AnalysedArticle& analysed, const model::Statement& statement)
{
    if (statement.speaker) {
        if (const model::Entity* entity = analysed.entityById(*statement.speaker))
            return QString::fromStdString(entity->name);
    }
    if (!statement.speakerText.empty())
        return QString::fromStdString(statement.speakerText);
    return ExtractionDetails::tr("(unnamed source)");
}

QString extractionDetailsHtml(const model::AnalysedArticle& analysed, const HighlightTarget& target)
{
    switch (target.type) {
    case HighlightTarget::Type::Entity:
        if (const model::Entity* entity = analysed.entityById(target.id.toStdString()))
            return entityDetails(analysed, *entity);
        break;
    case HighlightTarget::Type::Statement:
        if (const model::Statement* statement = statementById(analysed, target.id))
            return statementDetails(analysed, *statement);
        break;
    case HighlightTarget::Type::Date:
        if (const model::DateMention* date = dateByIndex(analysed, target.id))
            return dateDetails(*date);
        break;
    }
    return {};
}

QString extractionSummaryHtml(const model::AnalysedArticle& analysed, const HighlightTarget& target)
{
    switch (target.type) {
    case HighlightTarget::Type::Entity:
        if (const model::Entity* entity = analysed.entityById(target.id.toStdString())) {
            QString text
                = QStringLiteral("<b>%1</b> · %2").arg(esc(entity->name), displayName(highlightKindOf(entity->type)));
            if (!entity->roles.empty())
                text += QStringLiteral("<br>%1").arg(joined(entity->roles));
            return text;
        }
        break;
    case HighlightTarget::Type::Statement:
        if (const model::Statement* statement = statementById(analysed, target.id)) {
            return QStringLiteral("<b>%1</b> · %2 · %3 %4")
                .arg(speakerName(analysed, *statement).toHtmlEscaped(), esc(statement->cue),
                     displayName(statement->kind), displayName(statement->claimType));
        }
        break;
    case HighlightTarget::Type::Date:
        if (const model::DateMention* date = dateByIndex(analysed, target.id))
            return QStringLiteral("<b>%1</b> · %2").arg(esc(date->text), esc(date->value));
        break;
    }
    return {};
}

} // namespace sayline::app
