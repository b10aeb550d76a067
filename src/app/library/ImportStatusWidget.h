// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <memory>

namespace Ui {
class ImportStatusWidget;
}

namespace sayline::app {

class ImportController;

/// The status bar part that follows an import: "Importing 3 of 17", a progress bar and Cancel.
/// Visible only while the controller is busy.
class ImportStatusWidget : public QWidget
{
    Q_OBJECT

public:
    ImportStatusWidget(ImportController* controller, QWidget* parent = nullptr);
    ~ImportStatusWidget() override;

private:
    std::unique_ptr<Ui::ImportStatusWidget> m_ui;
};

} // namespace sayline::app
