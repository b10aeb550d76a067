// SPDX-License-Identifier: GPL-3.0-or-later
// The compiled-in lexicons, loaded once for all the analysis tests.
#pragma once

#include "analysis/lexicon/Lexicons.h"

namespace sayline::analysis::test {

inline const Lexicons& lexicons()
{
    static const Lexicons instance;
    return instance;
}

} // namespace sayline::analysis::test
