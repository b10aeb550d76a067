// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCompleter>
#include <QTimer>
#include <filesystem>
#include <memory>

#include "store/Records.h"

class QLineEdit;
class QStandardItemModel;

namespace sayline::service {
class SearchService;
}

namespace sayline::app {

/// Completes a line edit with the library's speakers: a typed word prefix of a name, alias or role ("spokes")
/// offers the matching speakers, most statements first. Choosing one reports its library id; typing again
/// forgets it.
class SpeakerCompleter : public QCompleter
{
    Q_OBJECT

public:
    enum Role : int
    {
        EntityIdRole = Qt::UserRole,
    };

    SpeakerCompleter(std::filesystem::path library, QLineEdit* edit);
    ~SpeakerCompleter() override;

    /// The speaker chosen from the list, unless the text was edited since.
    std::optional<store::RowId> chosenSpeaker() const { return m_chosen; }
    /// Shows a speaker as chosen (from elsewhere: the speakers view).
    void setChosenSpeaker(store::RowId id, const QString& name);
    /// The speakers matching a prefix, as the popup lists them (for tests and dialogs that list them too).
    std::vector<store::SpeakerSummary> matches(const QString& prefix);

Q_SIGNALS:
    void speakerChosen(qint64 id, const QString& name);

private:
    void refill();

    std::filesystem::path m_library;
    QLineEdit* m_edit;
    QStandardItemModel* m_model;
    QTimer m_typing;
    std::unique_ptr<service::SearchService> m_search;
    std::optional<store::RowId> m_chosen;
};

} // namespace sayline::app
