// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "Highlights.h"

class QToolButton;

namespace sayline::app {

/// The colour key of the reader's highlights; each entry is a toggle that shows or hides its kind.
class HighlightLegend : public QWidget
{
    Q_OBJECT

public:
    explicit HighlightLegend(QWidget* parent = nullptr);

    QToolButton* button(HighlightKind kind) const;

Q_SIGNALS:
    void kindToggled(sayline::app::HighlightKind kind, bool visible);
};

} // namespace sayline::app
