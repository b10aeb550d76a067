// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportStatusWidget.h"

#include <QDir>

#include "ImportController.h"
#include "ui_ImportStatusWidget.h"

namespace sayline::app {

ImportStatusWidget::ImportStatusWidget(ImportController* controller, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ImportStatusWidget>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("importStatus"));
    connect(m_ui->importCancelButton, &QToolButton::clicked, controller, &ImportController::cancel);
    connect(controller, &ImportController::busyChanged, this, &QWidget::setVisible);
    connect(controller, &ImportController::progressChanged, this, [this](int done, int total, const QString& file) {
        m_ui->importProgressBar->setRange(0, total); // 0..0 shows a busy indicator while files are being found
        m_ui->importProgressBar->setValue(done);
        m_ui->importStatusLabel->setText(total > 0 ? tr("Importing %1 of %2…").arg(std::min(done + 1, total)).arg(total)
                                                   : tr("Looking for articles…"));
        setToolTip(QDir::toNativeSeparators(file));
    });
    hide();
}

ImportStatusWidget::~ImportStatusWidget() = default;

} // namespace sayline::app
