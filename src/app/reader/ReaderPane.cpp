// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReaderPane.h"

#include <QFrame>
#include <QVBoxLayout>

#include "FindBar.h"
#include "HighlightLegend.h"
#include "ReaderView.h"

namespace sayline::app {

ReaderPane::ReaderPane(QWidget* parent)
    : QWidget(parent)
    , m_reader(new ReaderView(this))
    , m_findBar(new FindBar(m_reader, this))
    , m_legend(new HighlightLegend(this))
{
    setObjectName(QStringLiteral("readerPane"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(m_legend);
    layout->addWidget(line);
    layout->addWidget(m_reader, 1);
    layout->addWidget(m_findBar);
    connect(m_legend, &HighlightLegend::kindToggled, m_reader, &ReaderView::setKindVisible);
}

} // namespace sayline::app
