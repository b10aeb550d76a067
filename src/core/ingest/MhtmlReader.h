// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

#include "model/Article.h"

namespace sayline::ingest {

/// Reads MHTML web archives (MIME multipart/related, RFC 2557): picks the root HTML part, decodes its
/// quoted-printable or base64 transfer encoding and charset, and hands it to HtmlReader.
class MhtmlReader
{
public:
    /// Throws Error(Malformed) when no HTML part is found.
    static model::Article read(std::string_view bytes, const std::string& file);
};

} // namespace sayline::ingest
