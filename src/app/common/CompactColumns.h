// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QAbstractItemDelegate;
class QTreeView;

namespace sayline::app {

/// Fits a multi-column list to a narrow dock: below a width, the secondary columns are hidden (their content is
/// in the first column's tooltip) and, for lists that have one, the first column shows a second line (the model's
/// summary role) instead of the header and columns. At the width again, the columns come back.
class CompactColumns : public QObject
{
    Q_OBJECT

public:
    /// summaryRole < 0: keep one line and the header, only hide the columns.
    CompactColumns(QTreeView* view, int wideWidth, QList<int> secondaryColumns, int summaryRole = -1);

    bool isCompact() const { return m_compact; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void apply();

    QTreeView* m_view;
    int m_wideWidth;
    QList<int> m_columns;
    int m_summaryRole;
    QAbstractItemDelegate* m_twoLines = nullptr;
    bool m_compact = false;
    bool m_applied = false;
};

} // namespace sayline::app
