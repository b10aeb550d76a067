// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "Records.h"

namespace sayline::store {

class Database;

/// Reads a stored article back with all its annotations (entities with mentions, statements, dates).
class AnnotationReader
{
public:
    explicit AnnotationReader(Database& db);

    std::optional<ArticleAnnotations> read(RowId articleId);

private:
    Database& m_db;
};

} // namespace sayline::store
