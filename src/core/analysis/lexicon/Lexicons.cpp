// SPDX-License-Identifier: GPL-3.0-or-later
#include "Lexicons.h"

#include <algorithm>

#include "EmbeddedResources.h"
#include "model/Error.h"

namespace sayline::analysis {
namespace {

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\r'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

bool hasTag(std::string_view tags, std::string_view tag)
{
    while (!tags.empty()) {
        const std::size_t space = tags.find(' ');
        if (tags.substr(0, space) == tag)
            return true;
        if (space == std::string_view::npos)
            break;
        tags.remove_prefix(space + 1);
    }
    return false;
}

} // namespace

Lexicons::Lexicons()
{
    constexpr std::string_view prefix = "lexicons/";
    for (std::string_view name : embeddedResourceNames(prefix)) {
        std::string_view stem = name.substr(prefix.size());
        if (stem.size() > 4 && stem.substr(stem.size() - 4) == ".txt")
            stem.remove_suffix(4);
        m_lexicons.emplace(std::string(stem), Lexicon { embeddedResource(name), std::nullopt });
    }
}

const std::vector<LexiconEntry>& Lexicons::entries(std::string_view name) const
{
    auto it = m_lexicons.find(name); // the map's keys never change after construction
    if (it == m_lexicons.end())
        throw Error(ErrorCode::Internal, "no lexicon lexicons/" + std::string(name) + ".txt is compiled in");
    const std::lock_guard lock(m_mutex);
    Lexicon& lexicon = it->second;
    if (!lexicon.entries)
        lexicon.entries = parse(lexicon.text);
    return *lexicon.entries; // a map node and a vector that never move once parsed
}

std::vector<std::string> Lexicons::words(std::string_view name, std::string_view tag) const
{
    std::vector<std::string> words;
    for (const LexiconEntry& entry : entries(name)) {
        if (!entry.empty() && !entry[0].empty() && (tag.empty() || (entry.size() > 1 && hasTag(entry[1], tag))))
            words.push_back(entry[0]);
    }
    return words;
}

std::vector<std::string> Lexicons::names() const
{
    std::vector<std::string> names;
    for (const auto& [name, lexicon] : m_lexicons)
        names.push_back(name);
    return names;
}

std::vector<LexiconEntry> Lexicons::parse(std::string_view text)
{
    std::vector<LexiconEntry> entries;
    entries.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
    while (!text.empty()) {
        const std::size_t newline = text.find('\n');
        std::string_view line = trim(text.substr(0, newline));
        text = newline == std::string_view::npos ? std::string_view() : text.substr(newline + 1);
        if (line.empty() || line.front() == '#')
            continue;
        LexiconEntry entry;
        entry.reserve(static_cast<std::size_t>(std::count(line.begin(), line.end(), '\t')) + 1);
        while (true) {
            const std::size_t tab = line.find('\t');
            entry.emplace_back(trim(line.substr(0, tab)));
            if (tab == std::string_view::npos)
                break;
            line = line.substr(tab + 1);
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

} // namespace sayline::analysis
