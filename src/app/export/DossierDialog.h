// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace Ui {
class DossierDialog;
}

namespace sayline::app {

class SpeakerCompleter;

/// Asks whose dossier to export: a speaker picked with completion from the library, and an optional date range.
class DossierDialog : public QDialog
{
    Q_OBJECT

public:
    DossierDialog(const std::filesystem::path& library, const QString& speaker, QWidget* parent = nullptr);
    ~DossierDialog() override;

    QString speaker() const;
    std::optional<std::string> from() const;
    std::optional<std::string> to() const;

private:
    std::unique_ptr<Ui::DossierDialog> m_ui;
    SpeakerCompleter* m_completer;
};

} // namespace sayline::app
