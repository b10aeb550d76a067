// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>
#include <functional>

#include "store/Records.h"

namespace sayline::service {
class CorrectionService;
}

namespace sayline::app {

/// Gives a library statement to another speaker (a correction kept across re-analysis); undo gives it back to
/// the speaker it had. A failure is reported and the command drops itself from the undo stack.
class ReassignSpeakerCommand : public QUndoCommand
{
public:
    using Report = std::function<void(const QString& error)>;

    ReassignSpeakerCommand(service::CorrectionService& corrections, store::RowId statement, store::RowId previous,
                           store::RowId speaker, const QString& text, Report report);

    void redo() override;
    void undo() override;

private:
    void apply(store::RowId speaker);

    service::CorrectionService& m_corrections;
    store::RowId m_statement;
    store::RowId m_previous;
    store::RowId m_speaker;
    Report m_report;
};

} // namespace sayline::app
