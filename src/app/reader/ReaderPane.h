// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace sayline::app {

class FindBar;
class HighlightLegend;
class ReaderView;

/// The central reading area: the highlight legend, the reader and the find bar under it.
class ReaderPane : public QWidget
{
    Q_OBJECT

public:
    explicit ReaderPane(QWidget* parent = nullptr);

    ReaderView* reader() const { return m_reader; }
    FindBar* findBar() const { return m_findBar; }
    HighlightLegend* legend() const { return m_legend; }

private:
    ReaderView* m_reader;
    FindBar* m_findBar;
    HighlightLegend* m_legend;
};

} // namespace sayline::app
