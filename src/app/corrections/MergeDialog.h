// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QTimer>
#include <filesystem>
#include <memory>
#include <optional>

#include "SpeakerChoice.h"

namespace Ui {
class MergeDialog;
}
namespace sayline::service {
class SearchService;
}

namespace sayline::app {

/// Asks which library entity another one is the same as. It starts empty: typing a name, alias or role lists
/// the entities with a word starting so (speakers first); the entity being merged is never offered.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(const QString& name, store::RowId entity, const std::filesystem::path& library,
                QWidget* parent = nullptr);
    ~MergeDialog() override;

    std::optional<SpeakerChoice> choice() const;

private:
    void refill();
    void updateOk();

    std::unique_ptr<Ui::MergeDialog> m_ui;
    store::RowId m_entity;
    std::unique_ptr<service::SearchService> m_search;
    QTimer m_typing;
};

} // namespace sayline::app
