// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace sayline::app {

/// Keeps the speakers with a name, alias or role one of whose words starts with the typed text ("spokes" keeps
/// the spokesperson), ignoring case and accents; sorts numbers as numbers.
class LibrarySpeakerFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit LibrarySpeakerFilter(QObject* parent = nullptr);

    void setMatch(const QString& text);
    /// Case- and accent-folded text: "Müller" → "muller".
    static QString folded(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_match;
};

} // namespace sayline::app
