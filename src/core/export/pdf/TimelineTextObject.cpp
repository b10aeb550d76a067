// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineTextObject.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include "TimelineChart.h"
#include "export/Html.h"

namespace sayline::exporting {

TimelineTextObject::TimelineTextObject(Timeline timeline, QSizeF size, QObject* parent)
    : QObject(parent)
    , m_timeline(std::move(timeline))
    , m_size(size)
{
}

bool TimelineTextObject::insert(QTextDocument& document)
{
    const QString placeholder = QLatin1String(html::kTimelinePlaceholder);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isImageFormat() || format.toImageFormat().name() != placeholder)
                continue;
            document.documentLayout()->registerHandler(kObjectType, this);
            QTextCursor cursor(&document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + 1, QTextCursor::KeepAnchor);
            QTextCharFormat chart;
            chart.setObjectType(kObjectType);
            cursor.insertText(QString(QChar::ObjectReplacementCharacter), chart);
            // Qt 6.4 lays out only part of a paginated document again after an edit inside a table: the last
            // paragraphs were never drawn. Everything is laid out anew instead.
            document.markContentsDirty(0, document.characterCount());
            return true;
        }
    }
    return false;
}

QSizeF TimelineTextObject::intrinsicSize(QTextDocument*, int, const QTextFormat&)
{
    return m_size;
}

void TimelineTextObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat&)
{
    TimelineChart::paint(*painter, rect, m_timeline);
}

} // namespace sayline::exporting
