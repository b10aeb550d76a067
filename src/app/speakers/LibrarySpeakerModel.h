// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <filesystem>
#include <vector>

#include "store/Records.h"

namespace sayline::app {

/// Every speaker of the library with their statement count, roles, aliases and first and last date. The list is
/// read off the GUI thread; the view sorts and filters it (LibrarySpeakerFilter).
class LibrarySpeakerModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        StatementsColumn,
        RolesColumn,
        AliasesColumn,
        FirstColumn,
        LastColumn,
        ColumnCount
    };
    enum Role : int
    {
        EntityIdRole = Qt::UserRole,
        SortRole, ///< numbers as numbers
        MatchTextRole, ///< name, aliases and roles, one per line, for the filter
        SummaryRole, ///< "7 statements · 2022-06 – 2022-09 · spokesperson": the second line of a compact list
    };

    explicit LibrarySpeakerModel(std::filesystem::path library, QObject* parent = nullptr);
    ~LibrarySpeakerModel() override;

    /// Reads the speakers again in the background; loaded() when they are shown.
    void reload();
    bool isLoading() const { return m_loading; }
    const store::SpeakerSummary* speaker(int row) const;
    int rowOf(store::RowId id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void problem(const QString& message);

private:
    struct Outcome
    {
        std::vector<store::SpeakerSummary> speakers;
        QString error;
    };

    std::filesystem::path m_library;
    std::vector<store::SpeakerSummary> m_speakers;
    QFutureWatcher<Outcome> m_watcher;
    bool m_again = false;
    bool m_loading = false; ///< from reload() until the speakers are shown
};

} // namespace sayline::app
