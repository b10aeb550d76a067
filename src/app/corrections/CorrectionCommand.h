// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>
#include <functional>
#include <optional>

#include "service/CorrectionService.h"

namespace sayline::app {

/// One correction on the undo stack. The first redo makes it through the CorrectionService; later undos and
/// redos apply the rows it recorded, so every kind of correction (reassign, merge, rename, delete) undoes
/// exactly. A failure is reported and the command leaves the stack (QUndoStack drops obsolete commands).
class CorrectionCommand : public QUndoCommand
{
public:
    using Make = std::function<service::Result<service::CorrectionReceipt>()>;
    using Report = std::function<void(const QString& error)>;

    CorrectionCommand(service::CorrectionService& corrections, const QString& text, Make make, Report report);

    void redo() override;
    void undo() override;

private:
    void finish(bool ok, const std::string& error);

    service::CorrectionService& m_corrections;
    Make m_make;
    Report m_report;
    std::optional<service::CorrectionReceipt> m_receipt;
};

} // namespace sayline::app
