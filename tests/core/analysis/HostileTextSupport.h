// SPDX-License-Identifier: GPL-3.0-or-later
// Generated text for checking that the analysis grows linearly with its input (issue 11 item 7); the twin of
// scripts/hostile-text, which writes the same kind of text for whole-process measurements.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace sayline::analysis::test {

enum class HostileKind
{
    NoFullStop, ///< name-dense words, quotes and commas, no full stop anywhere: one endless sentence
    News,       ///< the same vocabulary in ordinary sentences and paragraphs
};

/// Deterministic text of at least `bytes` bytes.
inline std::string hostileText(HostileKind kind, std::size_t bytes, std::uint32_t seed = 7)
{
    static const std::vector<std::string> first { "Wang", "Anna", "Peter", "Maria", "John", "Li",
                                                  "Sarah", "David", "Elena", "Ahmed", "Yuki", "Carlos" };
    static const std::vector<std::string> last { "Smith", "Chen", "Garcia", "Novak", "Okafor", "Kim",
                                                 "Rossi", "Dubois", "Silva", "Jensen", "Ivanova" };
    static const std::vector<std::string> title { "President", "Minister", "Senator", "Governor",
                                                  "Mr", "Ms", "Dr", "spokesman" };
    static const std::vector<std::string> organization {
        "Acme Corp", "Ministry of Finance", "Bank of Norland", "United Nations", "General Motors",
        "National Security Agency (NSA)", "World Health Organization", "Reuters"
    };
    static const std::vector<std::string> syllable { "ka", "ro", "mi", "ten", "sa", "lo", "vic", "dan",
                                                     "bu", "re", "jo", "nel", "ta", "gor", "wi", "pe" };
    static const std::vector<std::string> place { "Paris", "Beijing", "Nairobi", "Lima", "Oslo", "Texas" };
    static const std::vector<std::string> cue { "said", "told reporters", "announced", "warned",
                                                "claimed", "added", "according to" };
    static const std::vector<std::string> nominal { "the company", "the official", "the minister",
                                                    "a senior official", "the ministry", "the bank",
                                                    "the agency", "analysts", "the sources", "the spokesman" };
    static const std::vector<std::string> pronoun { "he", "she", "they", "it" };
    static const std::vector<std::string> filler { "on Monday", "in March", "last year", "the plan", "prices",
                                                   "will rise", "was wrong", "in the region", "of the deal",
                                                   "would", "not", "and", "that", "the new rules", "costs",
                                                   "for the second time" };
    std::uint32_t state = seed;
    auto below = [&state](std::size_t n) {
        state = state * 1664525u + 1013904223u;
        return static_cast<std::size_t>((state >> 8) % n);
    };
    auto pick = [&below](const std::vector<std::string>& items) -> const std::string& {
        return items[below(items.size())];
    };
    auto surname = [&]() {
        if (below(2) == 0)
            return pick(last);
        std::string name;
        for (int i = 0; i < 3; ++i)
            name += pick(syllable);
        name[0] = static_cast<char>(name[0] - 'a' + 'A');
        return name;
    };
    auto phrase = [&]() -> std::string {
        const std::size_t kind = below(10);
        if (kind <= 2) {
            std::string out = pick(title) + " ";
            out += pick(first) + " ";
            return out + surname();
        }
        if (kind == 3) {
            std::string out = surname();
            return out + " of " + pick(organization);
        }
        if (kind == 4)
            return pick(organization);
        if (kind == 5)
            return pick(nominal);
        if (kind == 6)
            return pick(pronoun);
        if (kind == 7)
            return "in " + pick(place);
        return pick(filler);
    };
    std::string text;
    int sentence = 0;
    while (text.size() < bytes) {
        std::vector<std::string> words { phrase() };
        words.push_back(pick(cue));
        const std::size_t more = 1 + below(4);
        for (std::size_t i = 0; i < more; ++i)
            words.push_back(phrase());
        std::string clause;
        if (below(4) == 0) {
            std::string quoted;
            for (std::size_t i = 2; i < words.size(); ++i)
                quoted += (i > 2 ? " " : "") + words[i];
            clause = "\u201c" + quoted + "\u201d, " + words[0] + " " + words[1];
        } else {
            for (std::size_t i = 0; i < words.size(); ++i)
                clause += (i > 0 ? " " : "") + words[i];
        }
        if (kind == HostileKind::News) {
            if (clause[0] >= 'a' && clause[0] <= 'z')
                clause[0] = static_cast<char>(clause[0] - 'a' + 'A');
            clause += ".";
            ++sentence;
            clause += sentence % 5 == 0 ? "\n\n" : " ";
        } else {
            clause += below(3) == 0 ? ", " : " ";
        }
        text += clause;
    }
    return text;
}

} // namespace sayline::analysis::test
