// SPDX-License-Identifier: GPL-3.0-or-later
#include "CueMatcher.h"

#include <algorithm>

#include "analysis/lexicon/Lexicons.h"
#include "analysis/text/TokenView.h"

namespace sayline::analysis {
namespace {

CueFrame frameFromString(std::string_view text)
{
    if (text == "object")
        return CueFrame::Object;
    if (text == "to" || text == "as" || text == "of" || text == "for")
        return CueFrame::Joint;
    if (text == "according")
        return CueFrame::According;
    if (text == "document")
        return CueFrame::Document;
    if (text == "naming")
        return CueFrame::Naming;
    return CueFrame::Clause;
}

std::vector<std::string> splitWords(std::string_view text)
{
    std::vector<std::string> words;
    while (!text.empty()) {
        const std::size_t space = text.find(' ');
        if (space != 0)
            words.emplace_back(text.substr(0, space));
        if (space == std::string_view::npos)
            break;
        text.remove_prefix(space + 1);
    }
    return words;
}

} // namespace

CueMatcher::CueMatcher(const Lexicons& lexicons)
{
    for (const LexiconEntry& entry : lexicons.entries("en-reporting-cues")) {
        if (entry.empty() || entry[0].empty())
            continue;
        Cue cue;
        cue.words = splitWords(entry[0]);
        if (cue.words.empty())
            continue;
        if (entry.size() > 1)
            cue.claim = model::claimTypeFromString(entry[1]).value_or(model::ClaimType::Assertion);
        if (entry.size() > 2)
            cue.frame = frameFromString(entry[2]);
        cue.bareClause = entry.size() > 2 && entry[2] == "clause";
        if (cue.frame == CueFrame::Joint)
            cue.joint = entry[2];
        cue.infinitive = entry.size() > 3 && entry[3] == "infinitive";
        const std::string& head = cue.words.front();
        cue.participle = head.size() > 4 && head.compare(head.size() - 3, 3, "ing") == 0;
        m_cues.push_back(std::move(cue));
    }
    for (std::size_t i = 0; i < m_cues.size(); ++i)
        m_byFirstWord[m_cues[i].words.front()].push_back(i);
    for (auto& [word, indices] : m_byFirstWord) {
        std::stable_sort(indices.begin(), indices.end(), [this](std::size_t a, std::size_t b) {
            return m_cues[a].words.size() > m_cues[b].words.size();
        });
    }
}

CueMatch CueMatcher::matchAt(const TokenView& view, int token) const
{
    auto it = m_byFirstWord.find(view.lower(token));
    if (it == m_byFirstWord.end())
        return {};
    for (std::size_t index : it->second) {
        const Cue& cue = m_cues[index];
        bool matches = true;
        for (std::size_t w = 1; w < cue.words.size() && matches; ++w)
            matches = view.lower(token + static_cast<int>(w)) == cue.words[w];
        // A capitalised cue word is a name ("United States"), except a sentence-opening "According to".
        if (matches && (!view.isCapitalized(token) || cue.frame == CueFrame::According))
            return { token, token + static_cast<int>(cue.words.size()), &cue };
    }
    return {};
}

} // namespace sayline::analysis
