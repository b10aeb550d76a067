// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QUndoStack>
#include <filesystem>
#include <functional>
#include <memory>

#include "service/CorrectionService.h"

namespace sayline::app {

/// Every correction of the library made from the window (reader, side panel, results, speakers view) goes
/// through here: each is a command on the undo stack, and every change, undo and redo is announced so the views
/// show the library as it now is.
class CorrectionController : public QObject
{
    Q_OBJECT

public:
    CorrectionController(const analysis::Analyzer& analyzer, std::filesystem::path library, QUndoStack* undoStack,
                         QObject* parent = nullptr);
    ~CorrectionController() override;

    QUndoStack* undoStack() const { return m_undoStack.data(); }

    /// Each returns whether the library took the correction (a failure is reported through failed()).
    bool reassign(store::RowId statement, store::RowId speaker, const QString& speakerName);
    bool merge(store::RowId keep, store::RowId other, const QString& otherName, const QString& keepName);
    bool rename(store::RowId entity, const QString& name);
    bool deleteStatement(store::RowId statement, const QString& content);
    /// The entity's occurrence in one article becomes an entity of its own.
    bool split(store::RowId entity, store::RowId article, const QString& name);

Q_SIGNALS:
    /// The library changed (a correction, its undo or redo): views read it again.
    void libraryChanged();
    void failed(const QString& message);

private:
    bool push(const QString& text, std::function<service::Result<service::CorrectionReceipt>()> make);
    void report(const QString& error);

    QPointer<QUndoStack> m_undoStack; ///< not owned; may go before this controller when their parent is deleted
    std::unique_ptr<service::CorrectionService> m_corrections;
    bool m_lastOk = false;
};

} // namespace sayline::app
