// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>
#include <string>
#include <vector>

#include "store/Records.h"

namespace sayline::app {

/// A speaker's statements over time: one bar per month (per year for spans over six years) between the first
/// and the last dated statement of the current search, counted by the library over every match (not the
/// page of results shown). Hover a bar for its count.
class StatementTimeline : public QWidget
{
    Q_OBJECT

public:
    struct Bin
    {
        QDate start;
        QString label; ///< "2022-06" or "2022"
        int count = 0;
    };

    explicit StatementTimeline(QWidget* parent = nullptr);

    /// The library's counts; the widget shows a placeholder when fewer than two periods have statements.
    void setTimeline(const store::Timeline& timeline);
    const std::vector<Bin>& bins() const { return m_bins; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRect plotArea() const;
    QRect barRect(int index) const;

    std::vector<Bin> m_bins;
    int m_maximum = 0;
};

} // namespace sayline::app
