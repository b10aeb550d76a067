// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArchiveService.h"

#include <algorithm>
#include <limits>

#include "LibraryStore.h"
#include "store/postgresql/ArchiveRoles.h"
#include "store/postgresql/ArchiveUri.h"
#include "store/postgresql/PgConnection.h"

namespace sayline::service {
namespace {

void requireArchive(const std::filesystem::path& archive)
{
    if (!isTeamArchive(archive))
        throw Error(ErrorCode::Usage, "'" + archive.string()
                                          + "' is not a team archive address (postgresql://user@host:port/dbname)");
}

} // namespace

Result<ArchiveInit> ArchiveService::init(const std::filesystem::path& archive, const std::string& analystRole,
                                         const std::string& editorRole)
{
    return capture([&] {
        requireArchive(archive);
        store::postgresql::PgConnection connection(archive.string());
        const std::string database = connection.query("SELECT current_database()").text(0, 0);
        store::postgresql::ArchiveRoles roles = store::postgresql::defaultArchiveRoles(database);
        if (!analystRole.empty())
            roles.analyst = analystRole;
        if (!editorRole.empty())
            roles.editor = editorRole;
        store::postgresql::initArchive(connection, roles);
        return ArchiveInit { store::postgresql::redactedLocation(archive.string()), roles.analyst, roles.editor };
    });
}

Result<PushReport> ArchiveService::push(const std::filesystem::path& from, const std::filesystem::path& archive,
                                        const std::function<void(std::size_t, std::size_t)>& progress,
                                        int articlesPerTransaction)
{
    return capture([&] {
        requireArchive(archive);
        if (isTeamArchive(from))
            throw Error(ErrorCode::Usage, "--from names the library file to push, not an archive");
        const std::unique_ptr<store::Store> library = openStore(from, store::OpenMode::Read);
        const std::unique_ptr<store::Store> target = openStore(archive, store::OpenMode::Create);
        target->open();
        store::ArticleFilter all;
        all.sort = store::ArticleFilter::Sort::Date;
        all.descending = false;
        all.limit = std::numeric_limits<int>::max();
        const std::vector<store::ArticleSummary> articles = library->articles(all);
        PushReport report;
        for (std::size_t start = 0; start < articles.size(); start += static_cast<std::size_t>(articlesPerTransaction)) {
            const std::size_t end = std::min(articles.size(), start + static_cast<std::size_t>(articlesPerTransaction));
            std::unique_ptr<store::ImportBatch> batch = target->beginImport();
            PushReport pending;
            for (std::size_t i = start; i < end; ++i) {
                const std::optional<store::StoredAnalysis> stored = library->article(articles[i].id);
                if (!stored)
                    continue; // deleted meanwhile
                ++(batch->add(stored->analysis, stored->contentHash).added ? pending.added : pending.present);
            }
            batch->commit();
            report.added += pending.added;
            report.present += pending.present;
            if (progress)
                progress(end, articles.size());
        }
        return report;
    });
}

} // namespace sayline::service
