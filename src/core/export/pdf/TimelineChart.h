// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "export/Timeline.h"

class QPainter;
class QRectF;

namespace sayline::exporting {

/// The brief's small timeline chart: one stacked bar per bin, coloured by claim type, with a legend of the types
/// present. Drawn with QPainter, so the same drawing becomes SVG for HTML and vector graphics in a PDF. Needs a
/// QGuiApplication (fonts).
class TimelineChart
{
public:
    /// Draws the chart scaled into rect.
    static void paint(QPainter& painter, const QRectF& rect, const Timeline& timeline);
    /// The chart as an inline SVG element ("<svg …>…</svg>", no XML prolog), html::kChartWidth ×
    /// html::kChartHeight user units.
    static std::string svg(const Timeline& timeline);
};

} // namespace sayline::exporting
