// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "model/Article.h"

namespace sayline::service {

/// SHA-256 (hex) of an article's title and body: the same article imported twice, from any file, is one row.
std::string contentHash(const model::Article& article);

} // namespace sayline::service
