// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analysis/lexicon/WordHash.h"
#include "model/Statement.h"

namespace sayline::analysis {

class Lexicons;
class TokenView;

/// How a cue links its source and its content (the third field of lexicons/en-reporting-cues.txt).
enum class CueFrame
{
    Clause, ///< X said (that) ... / "...," X said / CONTENT, X said
    Object, ///< X told reporters (that) ...
    Joint, ///< X urged Y to ... / X described Y as Z / X accused Y of ...: content "Y <joint> ..."
    According, ///< according to X
    Document, ///< only with a document or institution as source: a statement read ...
    Naming, ///< X called Y a Z / X called Y "...": content "Y a Z"
};

struct Cue
{
    std::vector<std::string> words; ///< lower case
    model::ClaimType claim = model::ClaimType::Assertion;
    CueFrame frame = CueFrame::Clause;
    bool participle = false; ///< "saying", "adding": the speaker is the subject of the main clause
    std::string joint; ///< the word that joins object and predicate in a Joint frame: "to", "as", "of"
    bool infinitive = false;
    bool bareClause = false; ///< content without "that" needs no verb signal: say-type cues ///< takes a to-infinitive
                             ///< as content: "claims to own the trademark"
};

struct CueMatch
{
    int first = -1; ///< tokens [first, end)
    int end = -1;
    const Cue* cue = nullptr;
    explicit operator bool() const { return cue != nullptr; }
};

/// The reporting cues of lexicons/en-reporting-cues.txt, matched over lower-cased tokens (longest first).
class CueMatcher
{
public:
    explicit CueMatcher(const Lexicons& lexicons);

    CueMatch matchAt(const TokenView& view, int token) const;
    /// True when a cue of any frame starts at token.
    bool isCue(const TokenView& view, int token) const { return static_cast<bool>(matchAt(view, token)); }

private:
    std::vector<Cue> m_cues;
    /// Cues by first word, longest first (hashed: matchAt asks at every token).
    std::unordered_map<std::string, std::vector<std::size_t>, BasicWordHash<char>, std::equal_to<>> m_byFirstWord;
};

} // namespace sayline::analysis
