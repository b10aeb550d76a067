// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>

#include "Result.h"

namespace sayline::service {

/// What `archive init` made.
struct ArchiveInit
{
    std::string location; ///< the archive, as messages show it
    std::string analystRole;
    std::string editorRole;
};

/// What a push or a pull copied.
struct PushReport
{
    std::size_t added = 0; ///< articles new to the archive
    std::size_t present = 0; ///< articles the archive held already (same content)
    std::size_t corrections = 0; ///< corrections recorded with the added articles (re-applied by a re-analysis)
};

/// The team archive's own use cases: creating one with its roles, and copying a personal library into it and back.
class ArchiveService
{
public:
    /// Creates the archive in the database at `archive` (a postgresql:// address) with an analyst and an editor
    /// role (defaults: <database>_analyst, <database>_editor); running it again changes nothing.
    static Result<ArchiveInit> init(const std::filesystem::path& archive, const std::string& analystRole = {},
                                    const std::string& editorRole = {});

    /// Copies every article of the library file `from` into the archive with its analysis as the library holds it
    /// (the user's corrections applied: a reassigned speaker arrives as the speaker) and the corrections of it
    /// (pins, reassignments, deletions: recorded so that a re-analysis in the archive applies them again), without
    /// duplicates (content hash); batches of articlesPerTransaction. progress(done, total) after each batch. An
    /// article the archive held already keeps the archive's analysis and corrections.
    static Result<PushReport> push(const std::filesystem::path& from, const std::filesystem::path& archive,
                                   const std::function<void(std::size_t, std::size_t)>& progress = {},
                                   int articlesPerTransaction = 200);

    /// The reverse, for offline work: copies every article of the archive into the library file `to` (created
    /// when missing) with its analysis as the archive holds it (reassigned speakers applied) and its corrections,
    /// without duplicates.
    static Result<PushReport> pull(const std::filesystem::path& archive, const std::filesystem::path& to,
                                   const std::function<void(std::size_t, std::size_t)>& progress = {},
                                   int articlesPerTransaction = 200);
};

} // namespace sayline::service
