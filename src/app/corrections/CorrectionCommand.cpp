// SPDX-License-Identifier: GPL-3.0-or-later
#include "CorrectionCommand.h"

namespace sayline::app {

CorrectionCommand::CorrectionCommand(service::CorrectionService& corrections, const QString& text, Make make,
                                     Report report)
    : QUndoCommand(text)
    , m_corrections(corrections)
    , m_make(std::move(make))
    , m_report(std::move(report))
{
}

void CorrectionCommand::redo()
{
    if (!m_receipt) {
        auto made = m_make();
        if (made)
            m_receipt = std::move(made.value());
        finish(made.ok(), made.error());
        return;
    }
    const auto done = m_corrections.redo(*m_receipt);
    finish(done.ok(), done.error());
}

void CorrectionCommand::undo()
{
    const auto done = m_corrections.undo(*m_receipt);
    finish(done.ok(), done.error());
}

void CorrectionCommand::finish(bool ok, const std::string& error)
{
    if (!ok)
        setObsolete(true); // the library did not change (or no longer can): nothing left to undo or redo
    m_report(ok ? QString() : QString::fromStdString(error));
}

} // namespace sayline::app
