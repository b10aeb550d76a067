// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"

namespace sayline::store {

class EntityCatalog;

/// Finds the library entity an article's entity stands for, or creates it. The same folded full name (or a
/// full-name alias) of the same type is the same entity; a Chinese person's name also matches its pinyin
/// ("汪文斌" = "Wang Wenbin", kept as an alias), so one speaker is one entity across languages; a bare surname
/// ("Wang") or an ambiguous alias stays a separate entity; the user's pins (merge, split) override everything.
class EntityResolver
{
public:
    explicit EntityResolver(EntityCatalog& catalog);

    /// newArticle: the article was just added, so no correction can name it yet (saves the pin look-up).
    RowId resolve(RowId articleId, const model::Entity& entity, bool newArticle = false);

    /// True for an alias worth keeping and matching: a proper-name form, not a description ("the company").
    static bool isProperAlias(const std::string& alias);

private:
    RowId lookup(const model::Entity& entity, const std::string& key);

    EntityCatalog& m_entities;
};

} // namespace sayline::store
