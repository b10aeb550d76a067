// SPDX-License-Identifier: GPL-3.0-or-later
#include "LibrarySpeakerModel.h"

#include <QtConcurrent/QtConcurrentRun>

#include "service/SearchService.h"

namespace sayline::app {
namespace {

constexpr int kMostSpeakers = 1000000;

QString joined(const std::vector<std::string>& items, const QString& separator)
{
    QStringList out;
    for (const std::string& item : items)
        out.append(QString::fromStdString(item));
    return out.join(separator);
}

} // namespace

LibrarySpeakerModel::LibrarySpeakerModel(std::filesystem::path library, QObject* parent)
    : QAbstractTableModel(parent)
    , m_library(std::move(library))
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        Outcome outcome = m_watcher.result();
        if (m_again) {
            m_again = false;
            reload();
            return;
        }
        if (!outcome.error.isEmpty())
            Q_EMIT problem(outcome.error);
        beginResetModel();
        m_speakers = std::move(outcome.speakers);
        endResetModel();
        m_loading = false;
        Q_EMIT loaded();
    });
}

LibrarySpeakerModel::~LibrarySpeakerModel()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void LibrarySpeakerModel::reload()
{
    m_loading = true;
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_watcher.setFuture(QtConcurrent::run([library = m_library] {
        Outcome outcome;
        auto speakers = service::SearchService(library).speakers(std::nullopt, kMostSpeakers);
        if (speakers)
            outcome.speakers = std::move(speakers.value());
        else
            outcome.error = tr("Could not read the speakers: %1").arg(QString::fromStdString(speakers.error()));
        return outcome;
    }));
}

const store::SpeakerSummary* LibrarySpeakerModel::speaker(int row) const
{
    return row >= 0 && row < static_cast<int>(m_speakers.size()) ? &m_speakers[static_cast<std::size_t>(row)] : nullptr;
}

int LibrarySpeakerModel::rowOf(store::RowId id) const
{
    for (std::size_t i = 0; i < m_speakers.size(); ++i) {
        if (m_speakers[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

int LibrarySpeakerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_speakers.size());
}

int LibrarySpeakerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibrarySpeakerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::SpeakerSummary& speaker = m_speakers[static_cast<std::size_t>(index.row())];
    const QString name = QString::fromStdString(speaker.name);
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return name;
        case StatementsColumn:
            return speaker.statementCount;
        case RolesColumn:
            return joined(speaker.roles, QStringLiteral(", "));
        case AliasesColumn:
            return joined(speaker.aliases, QStringLiteral("; "));
        case FirstColumn:
            return QString::fromStdString(speaker.firstDate.value_or(""));
        case LastColumn:
            return QString::fromStdString(speaker.lastDate.value_or(""));
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped());
        if (!speaker.roles.empty())
            tip += QStringLiteral("<br>%1").arg(joined(speaker.roles, QStringLiteral(", ")).toHtmlEscaped());
        if (!speaker.aliases.empty())
            tip += QStringLiteral("<br>")
                + tr("Also: %1").arg(joined(speaker.aliases, QStringLiteral("; ")).toHtmlEscaped());
        tip += QStringLiteral("<br>")
            + (speaker.statementCount == 1 ? tr("1 statement") : tr("%1 statements").arg(speaker.statementCount));
        if (speaker.firstDate)
            tip += QStringLiteral(", %1 – %2")
                       .arg(QString::fromStdString(*speaker.firstDate),
                            QString::fromStdString(speaker.lastDate.value_or(*speaker.firstDate)));
        return tip;
    }
    case Qt::TextAlignmentRole:
        return index.column() == StatementsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case EntityIdRole:
        return static_cast<qint64>(speaker.id);
    case SummaryRole: {
        QStringList parts { speaker.statementCount == 1 ? tr("1 statement")
                                                        : tr("%1 statements").arg(speaker.statementCount) };
        if (speaker.firstDate) {
            const QString first = QString::fromStdString(*speaker.firstDate);
            const QString last = QString::fromStdString(speaker.lastDate.value_or(*speaker.firstDate));
            parts.append(first == last ? first : QStringLiteral("%1 – %2").arg(first, last));
        }
        if (!speaker.roles.empty())
            parts.append(joined(speaker.roles, QStringLiteral(", ")));
        if (!speaker.aliases.empty())
            parts.append(tr("also %1").arg(joined(speaker.aliases, QStringLiteral("; "))));
        return parts.join(QStringLiteral(" · "));
    }
    case MatchTextRole:
        return QStringList { name, joined(speaker.aliases, QStringLiteral("\n")),
                             joined(speaker.roles, QStringLiteral("\n")) }
            .join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant LibrarySpeakerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Speaker");
    case StatementsColumn:
        return tr("Statements");
    case RolesColumn:
        return tr("Roles");
    case AliasesColumn:
        return tr("Also called");
    case FirstColumn:
        return tr("First");
    case LastColumn:
        return tr("Last");
    default:
        return {};
    }
}

} // namespace sayline::app
