// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <filesystem>
#include <memory>

#include "store/Records.h"

class QTreeView;

namespace Ui {
class SpeakersView;
}

namespace sayline::app {

class LibrarySpeakerFilter;
class LibrarySpeakerModel;

/// Every speaker in the library with statement count, roles, aliases and first and last date; choosing one
/// asks for their statements and timeline.
class SpeakersView : public QWidget
{
    Q_OBJECT

public:
    explicit SpeakersView(QWidget* parent = nullptr);
    ~SpeakersView() override;

    void setLibrary(const std::filesystem::path& library);
    LibrarySpeakerModel* model() const { return m_model; }
    QTreeView* view() const;
    /// Selects the speaker if listed (without asking for their statements again).
    void select(store::RowId entity);

public Q_SLOTS:
    /// Reads the speakers again, keeping the selection.
    void refresh();

Q_SIGNALS:
    void speakerChosen(qint64 entity, const QString& name);
    void contextMenuRequested(qint64 entity, const QString& name, const QPoint& globalPosition);
    void problem(const QString& message);

private:
    void updateCount();

    std::unique_ptr<Ui::SpeakersView> m_ui;
    LibrarySpeakerModel* m_model = nullptr;
    LibrarySpeakerFilter* m_filter = nullptr;
    store::RowId m_selected = 0;
    bool m_selecting = false;
};

} // namespace sayline::app
