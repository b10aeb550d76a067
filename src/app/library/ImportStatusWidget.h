// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace sayline::app {

class ImportController;

/// The status bar part that follows an import: "Analysing 3 of 17", a progress bar and Cancel.
/// Visible only while the controller is busy.
class ImportStatusWidget : public QWidget
{
    Q_OBJECT

public:
    ImportStatusWidget(ImportController* controller, QWidget* parent = nullptr);

private:
    QLabel* m_label;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
};

} // namespace sayline::app
