// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "Article.h"
#include "DateMention.h"
#include "Entity.h"
#include "Statement.h"

namespace sayline::model {

/// An article with everything the analysis found in its body: one object of the analysis contract.
struct AnalysedArticle
{
    Article article;
    std::vector<Entity> entities;
    std::vector<Statement> statements;
    std::vector<DateMention> dates;

    const Entity* entityById(const std::string& id) const;
};

} // namespace sayline::model
