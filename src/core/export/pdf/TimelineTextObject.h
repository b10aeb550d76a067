// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTextObjectInterface>

#include "export/Timeline.h"

namespace sayline::exporting {

/// Draws the brief's timeline chart inside a QTextDocument as vector graphics (TimelineChart), in place of the
/// character that TimelineTextObject::insert puts where the HTML had html::kTimelinePlaceholder.
class TimelineTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int kObjectType = QTextFormat::UserObject + 1;

    /// size: in the document's layout units (its paint device's pixels).
    TimelineTextObject(Timeline timeline, QSizeF size, QObject* parent = nullptr);

    /// Registers the chart with document's layout and puts it where the placeholder image stands; false when the
    /// document has no placeholder.
    bool insert(QTextDocument& document);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;

private:
    Timeline m_timeline;
    QSizeF m_size;
};

} // namespace sayline::exporting
