// SPDX-License-Identifier: GPL-3.0-or-later
#include "LibrarySpeakerFilter.h"

#include "LibrarySpeakerModel.h"

namespace sayline::app {

LibrarySpeakerFilter::LibrarySpeakerFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(LibrarySpeakerModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

QString LibrarySpeakerFilter::folded(const QString& text)
{
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toCaseFolded());
    }
    return out;
}

void LibrarySpeakerFilter::setMatch(const QString& text)
{
    m_match = folded(text.simplified());
    invalidateFilter();
}

bool LibrarySpeakerFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_match.isEmpty())
        return true;
    const QString text
        = folded(sourceModel()->index(sourceRow, 0, sourceParent).data(LibrarySpeakerModel::MatchTextRole).toString());
    for (qsizetype at = text.indexOf(m_match); at >= 0; at = text.indexOf(m_match, at + 1)) {
        if (at == 0 || !text.at(at - 1).isLetterOrNumber())
            return true;
    }
    return false;
}

} // namespace sayline::app
