// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportStatusWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

#include "ImportController.h"

namespace sayline::app {

ImportStatusWidget::ImportStatusWidget(ImportController* controller, QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("importStatus"));
    m_label->setObjectName(QStringLiteral("importStatusLabel"));
    m_progress->setObjectName(QStringLiteral("importProgressBar"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("importCancelButton"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop importing; articles already analysed stay open"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);

    connect(m_cancel, &QToolButton::clicked, controller, &ImportController::cancel);
    connect(controller, &ImportController::busyChanged, this, &QWidget::setVisible);
    connect(controller, &ImportController::progressChanged, this, [this](int done, int total) {
        m_progress->setRange(0, total); // 0..0 shows a busy indicator while files are being found
        m_progress->setValue(done);
        m_label->setText(total > 0 ? tr("Analysing %1 of %2…").arg(std::min(done + 1, total)).arg(total)
                                   : tr("Looking for articles…"));
    });
    hide();
}

} // namespace sayline::app
