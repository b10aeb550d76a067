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

/// The corrections of a stored article as another store can take them: entities by name.
std::vector<store::CopiedCorrection> copiedCorrections(store::Store& from, store::RowId article)
{
    std::vector<store::CopiedCorrection> out;
    for (store::Correction& correction : from.articleCorrections(article)) {
        std::string name;
        if (correction.entityId) {
            const std::optional<store::EntityInfo> entity = from.entity(*correction.entityId);
            if (!entity)
                continue;
            name = entity->name;
        }
        out.push_back({ std::move(correction), std::move(name) });
    }
    return out;
}

/// Copies every article of `from` into `to` with its stored analysis and its corrections, batch by batch.
PushReport copyArticles(store::Store& from, store::Store& to,
                        const std::function<void(std::size_t, std::size_t)>& progress, int articlesPerTransaction)
{
    to.open();
    store::ArticleFilter all;
    all.sort = store::ArticleFilter::Sort::Date;
    all.descending = false;
    all.limit = std::numeric_limits<int>::max();
    const std::vector<store::ArticleSummary> articles = from.articles(all);
    const std::size_t perBatch = static_cast<std::size_t>(std::max(1, articlesPerTransaction));
    PushReport report;
    for (std::size_t start = 0; start < articles.size(); start += perBatch) {
        const std::size_t end = std::min(articles.size(), start + perBatch);
        std::unique_ptr<store::ImportBatch> batch = to.beginImport();
        PushReport pending;
        for (std::size_t i = start; i < end; ++i) {
            const std::optional<store::StoredAnalysis> stored = from.article(articles[i].id);
            if (!stored)
                continue; // deleted meanwhile
            const store::WriteResult written = batch->add(stored->analysis, stored->contentHash);
            if (!written.added) {
                ++pending.present;
                continue;
            }
            ++pending.added;
            // The analysis arrived with the corrections applied; recorded as corrections too, a re-analysis in
            // `to` applies them again instead of losing them to the machine's answer.
            const std::vector<store::CopiedCorrection> corrections = copiedCorrections(from, articles[i].id);
            if (!corrections.empty())
                pending.corrections += to.adoptCorrections(written.articleId, corrections);
        }
        batch->commit();
        report.added += pending.added;
        report.present += pending.present;
        report.corrections += pending.corrections;
        if (progress)
            progress(end, articles.size());
    }
    return report;
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
        return copyArticles(*library, *target, progress, articlesPerTransaction);
    });
}

Result<PushReport> ArchiveService::pull(const std::filesystem::path& archive, const std::filesystem::path& to,
                                        const std::function<void(std::size_t, std::size_t)>& progress,
                                        int articlesPerTransaction)
{
    return capture([&] {
        requireArchive(archive);
        if (isTeamArchive(to))
            throw Error(ErrorCode::Usage, "--to names the library file to pull into, not an archive");
        const std::unique_ptr<store::Store> source = openStore(archive, store::OpenMode::Read);
        const std::unique_ptr<store::Store> library = openStore(to, store::OpenMode::Create);
        return copyArticles(*source, *library, progress, articlesPerTransaction);
    });
}

} // namespace sayline::service
