// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReassignSpeakerCommand.h"

#include "service/CorrectionService.h"

namespace sayline::app {

ReassignSpeakerCommand::ReassignSpeakerCommand(service::CorrectionService& corrections, store::RowId statement,
                                               store::RowId previous, store::RowId speaker, const QString& text,
                                               Report report)
    : QUndoCommand(text)
    , m_corrections(corrections)
    , m_statement(statement)
    , m_previous(previous)
    , m_speaker(speaker)
    , m_report(std::move(report))
{
}

void ReassignSpeakerCommand::redo()
{
    apply(m_speaker);
}

void ReassignSpeakerCommand::undo()
{
    apply(m_previous);
}

void ReassignSpeakerCommand::apply(store::RowId speaker)
{
    const auto result = m_corrections.reassign(m_statement, speaker);
    if (!result) {
        setObsolete(true); // the library did not change: nothing to undo or redo
        m_report(QString::fromStdString(result.error()));
        return;
    }
    m_report({});
}

} // namespace sayline::app
