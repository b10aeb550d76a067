// SPDX-License-Identifier: GPL-3.0-or-later
#include "CorrectionController.h"

#include <QUndoStack>

#include "CorrectionCommand.h"
#include "service/CorrectionService.h"

namespace sayline::app {
namespace {

QString shortened(const QString& text)
{
    const QString simple = text.simplified();
    return simple.size() > 40 ? simple.left(39) + QStringLiteral("…") : simple;
}

} // namespace

CorrectionController::CorrectionController(const analysis::Analyzer& analyzer, std::filesystem::path library,
                                           QUndoStack* undoStack, QObject* parent)
    : QObject(parent)
    , m_undoStack(undoStack)
    , m_corrections(std::make_unique<service::CorrectionService>(analyzer, std::move(library)))
{
}

CorrectionController::~CorrectionController()
{
    if (m_undoStack)
        m_undoStack->clear(); // its commands refer to the service
}

void CorrectionController::report(const QString& error)
{
    m_lastOk = error.isEmpty();
    if (m_lastOk)
        Q_EMIT libraryChanged();
    else
        Q_EMIT failed(error);
}

bool CorrectionController::push(const QString& text, std::function<service::Result<service::CorrectionReceipt>()> make)
{
    m_lastOk = false;
    m_undoStack->push(
        new CorrectionCommand(*m_corrections, text, std::move(make), [this](const QString& error) { report(error); }));
    return m_lastOk; // push() ran the first redo; a failed command was obsolete and is gone
}

bool CorrectionController::reassign(store::RowId statement, store::RowId speaker, const QString& speakerName)
{
    return push(tr("Reassign Statement to %1").arg(shortened(speakerName)),
                [this, statement, speaker] { return m_corrections->reassign(statement, speaker); });
}

bool CorrectionController::merge(store::RowId keep, store::RowId other, const QString& otherName,
                                 const QString& keepName)
{
    return push(tr("Merge %1 into %2").arg(shortened(otherName), shortened(keepName)),
                [this, keep, other] { return m_corrections->merge(keep, other); });
}

bool CorrectionController::rename(store::RowId entity, const QString& name)
{
    return push(tr("Rename to %1").arg(shortened(name)),
                [this, entity, name] { return m_corrections->rename(entity, name.toStdString()); });
}

bool CorrectionController::split(store::RowId entity, store::RowId article, const QString& name)
{
    return push(tr("Separate %1 in This Article").arg(shortened(name)),
                [this, entity, article] { return m_corrections->split(entity, { article }); });
}

bool CorrectionController::deleteStatement(store::RowId statement, const QString& content)
{
    return push(tr("Delete “%1”").arg(shortened(content)),
                [this, statement] { return m_corrections->deleteStatement(statement); });
}

} // namespace sayline::app
