// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

#include "SpeakerChoice.h"

namespace Ui {
class ReassignDialog;
}

namespace sayline::app {

class SpeakerCompleter;

/// Asks who said a statement: one of the article's people and organizations, or anyone in the library (typed,
/// with completion).
class ReassignDialog : public QDialog
{
    Q_OBJECT

public:
    ReassignDialog(const QString& statement, const std::vector<SpeakerChoice>& candidates,
                   const std::filesystem::path& library, QWidget* parent = nullptr);
    ~ReassignDialog() override;

    std::optional<SpeakerChoice> choice() const;

private:
    void updateOk();

    std::unique_ptr<Ui::ReassignDialog> m_ui;
    std::vector<SpeakerChoice> m_candidates;
    SpeakerCompleter* m_completer;
};

} // namespace sayline::app
