// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaggerFeatures.h"

#include <algorithm>
#include <string>
#include <string_view>

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include "Gazetteer.h"
#include "NameText.h"
#include "NameTokens.h"
#include "analysis/text/Document.h"

namespace sayline::analysis {
namespace {

using model::EntityType;

constexpr std::uint64_t kFnvOffset = 14695981039346656037ULL;
constexpr std::uint64_t kFnvPrime = 1099511628211ULL;
constexpr int kLongestKnownName = 6; ///< tokens
constexpr int kLongestTitle = 3;
constexpr int kLongestRole = 3;

const std::u16string kBefore = u"<s>";
const std::u16string kAfter = u"</s>";

std::u16string_view typeCode(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return u"PER";
    case EntityType::Organization:
        return u"ORG";
    case EntityType::Location:
        return u"LOC";
    default:
        return u"MISC";
    }
}

/// A feature template's name, hashed at compile time: the FNV-1a state after its bytes.
class FeatureName
{
public:
    consteval FeatureName(const char* name) // NOLINT(google-explicit-constructor): written as a string literal
    {
        for (; *name != '\0'; ++name) {
            m_state ^= static_cast<unsigned char>(*name);
            m_state *= kFnvPrime;
        }
    }
    std::uint64_t state() const { return m_state; }

private:
    std::uint64_t m_state = kFnvOffset;
};

/// Hashes "template\x1fvalue[\x1fvalue2]" into the token's key list.
class KeyWriter
{
public:
    explicit KeyWriter(std::vector<FeatureKey>& keys)
        : m_keys(keys)
    {
    }

    void add(FeatureName name, std::u16string_view value = {}, std::u16string_view second = {})
    {
        std::uint64_t hash = name.state();
        auto byte = [&hash](unsigned value) {
            hash ^= value & 0xFFU;
            hash *= kFnvPrime;
        };
        for (std::u16string_view part : { value, second }) {
            byte(0x1F);
            for (char16_t c : part) {
                byte(c);
                byte(static_cast<unsigned>(c) >> 8U);
            }
        }
        m_keys.push_back(hash);
    }

private:
    std::vector<FeatureKey>& m_keys;
};

/// The word as the features see it: lower case, every digit as 0 ("1990" and "2013" share their features).
std::u16string wordForm(std::u16string_view text)
{
    std::u16string out = lowerCase(text);
    for (char16_t& c : out) {
        if (c >= u'0' && c <= u'9')
            c = u'0';
    }
    return out;
}

/// X for an upper-case letter, x for another letter, d for a digit, else the character itself (- outside the BMP).
char16_t shapeKind(UChar32 c)
{
    if (c < 0x80) { // ICU's answers for ASCII, without its tables
        if (c >= 'A' && c <= 'Z')
            return u'X';
        if (c >= 'a' && c <= 'z')
            return u'x';
        if (c >= '0' && c <= '9')
            return u'd';
        return static_cast<char16_t>(c);
    }
    if (u_isupper(c) || u_istitle(c))
        return u'X';
    if (u_isalpha(c))
        return u'x';
    if (u_isdigit(c))
        return u'd';
    if (U_IS_BMP(c))
        return static_cast<char16_t>(c);
    return u'-';
}

/// Letters as X/x, digits as d, other characters as themselves; runs collapsed in words over four characters
/// ("Xx", "X.X", "XXXX", "xX", "Xd").
std::u16string shapeOf(std::u16string_view text)
{
    std::u16string out;
    const auto length = static_cast<int32_t>(text.size());
    int32_t characters = 0;
    for (int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U16_NEXT(text.data(), i, length, c);
        const char16_t kind = shapeKind(c);
        out.push_back(kind);
        ++characters;
    }
    if (characters <= 4)
        return out;
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

/// A maximal sequence of name-like tokens, with the connectors and particles between them ("Bank of the
/// West", "Charles de Gaulle", "AT&T", "Coca-Cola", "U.S.").
struct Run
{
    int first = 0;
    int end = 0;
};

/// Builds the features of one document.
class Extractor
{
public:
    /// `wanted`: the tokens whose features are asked for (empty: every token). Every feature of a token depends
    /// only on its own sentence and on document facts, so only the sentences holding a wanted token are read.
    Extractor(const NameTokens& tokens, const std::vector<bool>& wanted)
        : m_document(tokens.document())
        , m_gazetteer(tokens.gazetteer())
        , m_tokens(tokens)
        , m_count(m_tokens.count())
        , m_wanted(wanted)
        , m_words(static_cast<std::size_t>(m_count))
        , m_shapes(static_cast<std::size_t>(m_count))
        , m_known(static_cast<std::size_t>(m_count))
        , m_title(static_cast<std::size_t>(m_count), false)
        , m_afterTitle(static_cast<std::size_t>(m_count), false)
        , m_runOf(static_cast<std::size_t>(m_count), -1)
        , m_roleBefore(static_cast<std::size_t>(m_count), -1)
    {
        for (const Sentence& sentence : m_document.sentences()) {
            if (!holdsWanted(sentence))
                continue;
            for (int i = sentence.firstToken; i < sentence.endToken && i < m_count; ++i) {
                m_words[static_cast<std::size_t>(i)] = wordForm(m_tokens.tok(i));
                m_shapes[static_cast<std::size_t>(i)] = shapeOf(m_tokens.tok(i));
            }
            markKnownNames(sentence);
            markTitles(sentence);
            markRuns(sentence);
        }
    }

    TokenFeatures run()
    {
        TokenFeatures out;
        out.offsets.assign(static_cast<std::size_t>(m_count) + 1, 0);
        // About 48 keys per scored token: room for the wanted tokens only (a few per sentence with a guessed
        // name), not for every token of the document.
        out.keys.reserve(static_cast<std::size_t>(wantedCount()) * 48);
        KeyWriter keys(out.keys);
        int position = 0;
        for (const Sentence& sentence : m_document.sentences()) {
            for (; position < sentence.firstToken && position < m_count; ++position) // tokens outside sentences
                out.offsets[static_cast<std::size_t>(position) + 1] = static_cast<int>(out.keys.size());
            for (int i = sentence.firstToken; i < sentence.endToken && i < m_count; ++i) {
                if (isWanted(i))
                    tokenFeatures(i, sentence, keys);
                out.offsets[static_cast<std::size_t>(i) + 1] = static_cast<int>(out.keys.size());
                position = i + 1;
            }
        }
        for (; position < m_count; ++position)
            out.offsets[static_cast<std::size_t>(position) + 1] = static_cast<int>(out.keys.size());
        return out;
    }

private:
    struct Known
    {
        bool begin = false;
        bool inside = false;
        EntityType type = EntityType::Misc;
    };

    bool isWord(int i) const { return m_tokens.token(i).kind != TokenKind::Punctuation; }

    bool isWanted(int i) const { return m_wanted.empty() || m_wanted[static_cast<std::size_t>(i)]; }

    int wantedCount() const
    {
        if (m_wanted.empty())
            return m_count;
        return static_cast<int>(std::count(m_wanted.begin(), m_wanted.end(), true));
    }

    bool holdsWanted(const Sentence& sentence) const
    {
        if (m_wanted.empty())
            return true;
        for (int i = sentence.firstToken; i < sentence.endToken && i < m_count; ++i) {
            if (m_wanted[static_cast<std::size_t>(i)])
                return true;
        }
        return false;
    }

    /// Gazetteer names, longest first from the left.
    void markKnownNames(const Sentence& sentence)
    {
        for (int i = sentence.firstToken; i < sentence.endToken;) {
            int matched = 0;
            if (m_tokens.canStart(i)) {
                for (int j = std::min(sentence.endToken, i + kLongestKnownName); j > i; --j) {
                    if (const KnownName* known = m_tokens.known(i, j)) {
                        for (int k = i; k < j; ++k)
                            m_known[static_cast<std::size_t>(k)] = { k == i, k > i, known->type };
                        matched = j - i;
                        break;
                    }
                }
            }
            i += std::max(1, matched);
        }
    }

    /// Titles written before a name ("President", "Prime Minister", "Dr."): the title's tokens and the one after.
    void markTitles(const Sentence& sentence)
    {
        for (int i = sentence.firstToken; i < sentence.endToken; ++i) {
            if (!startsUpper(m_tokens.tok(i)))
                continue;
            for (int length = std::min(kLongestTitle, sentence.endToken - i); length >= 1; --length) {
                if (!isWord(i + length - 1) || !m_tokens.honorific(i, i + length))
                    continue;
                for (int k = i; k < i + length; ++k)
                    m_title[static_cast<std::size_t>(k)] = true;
                int after = i + length;
                if (after < sentence.endToken && m_tokens.tok(after) == u".")
                    ++after;
                if (after < sentence.endToken)
                    m_afterTitle[static_cast<std::size_t>(after)] = true;
                break;
            }
        }
    }

    bool joins(int i, const Sentence& sentence) const
    {
        if (i + 1 >= sentence.endToken)
            return false;
        const std::u16string_view word = m_tokens.tok(i);
        if (isWord(i))
            return m_gazetteer.isNameConnector(word) || (word == u"the" && i > 0 && m_tokens.tok(i - 1) == u"of");
        const bool tight = i > sentence.firstToken && m_tokens.adjacent(i - 1, i);
        return tight && (word == u"&" || word == u"-" || word == u"." || word == u"'");
    }

    void markRuns(const Sentence& sentence)
    {
        int i = sentence.firstToken;
        while (i < sentence.endToken) {
            if (!m_tokens.canStart(i)) {
                ++i;
                continue;
            }
            int end = i + 1;
            for (;;) {
                int next = end;
                while (next < sentence.endToken && next - end < 2 && joins(next, sentence) && !m_tokens.canStart(next))
                    ++next;
                if (next < sentence.endToken && m_tokens.canStart(next)) {
                    end = next + 1;
                    continue;
                }
                if (end < sentence.endToken && m_tokens.tok(end) == u"." && m_tokens.adjacent(end - 1, end)
                    && end + 1 < sentence.endToken && !m_tokens.canStart(end + 1) && m_tokens.tok(end - 1).size() <= 3)
                    ++end; // the period of "U.S." or "Inc." before a lower-case word
                break;
            }
            m_runs.push_back({ i, end });
            for (int k = i; k < end; ++k)
                m_runOf[static_cast<std::size_t>(k)] = static_cast<int>(m_runs.size()) - 1;
            i = end;
        }
    }

    /// values[i], or the sentence-boundary markers outside the sentence.
    static std::u16string_view within(const std::vector<std::u16string>& values, int i, const Sentence& sentence)
    {
        if (i < sentence.firstToken)
            return kBefore;
        if (i >= sentence.endToken)
            return kAfter;
        return values[static_cast<std::size_t>(i)];
    }

    std::u16string_view word(int i, const Sentence& sentence) const { return within(m_words, i, sentence); }
    std::u16string_view shape(int i, const Sentence& sentence) const { return within(m_shapes, i, sentence); }

    /// A role of 1-3 lower-case words ends just before token i ("spokesperson", "chief executive"); kept per token
    /// (asked for the token and again for the run it starts).
    bool roleBefore(int i, const Sentence& sentence) const
    {
        signed char& known = m_roleBefore[static_cast<std::size_t>(i)];
        if (known < 0)
            known = computeRoleBefore(i, sentence) ? 1 : 0;
        return known != 0;
    }

    bool computeRoleBefore(int i, const Sentence& sentence) const
    {
        for (int length = kLongestRole; length >= 1; --length) {
            const int from = i - length;
            if (from < sentence.firstToken)
                continue;
            bool words = true;
            for (int k = from; k < i; ++k)
                words = words && isWord(k);
            if (!words)
                continue;
            // lowerCase(NameTokens::text(from, i)), in buffers reused from token to token
            normalizeNameInto(m_document.slice(m_tokens.token(from).start, m_tokens.token(i - 1).end), m_name);
            lowerCaseInto(m_name, m_lower);
            if (m_gazetteer.role(m_lower))
                return true;
        }
        return false;
    }

    /// The token's text lower-cased, in a buffer valid until the next call.
    std::u16string_view lowered(int i) const
    {
        lowerCaseInto(m_tokens.tok(i), m_lower);
        return m_lower;
    }

    void lexiconFeatures(int i, const Sentence& sentence, KeyWriter& keys) const
    {
        const std::u16string_view text = m_tokens.tok(i);
        const std::u16string_view bare = NameTokens::withoutPossessive(text);
        const Known& known = m_known[static_cast<std::size_t>(i)];
        if (known.begin || known.inside)
            keys.add(known.begin ? FeatureName("gz-b") : FeatureName("gz-i"), typeCode(known.type));
        if (const char gender = m_gazetteer.givenNameGender(bare)) {
            const auto code = static_cast<char16_t>(gender);
            keys.add("given", std::u16string_view(&code, 1));
        }
        if (m_gazetteer.isSurname(bare))
            keys.add("surname");
        if (m_title[static_cast<std::size_t>(i)])
            keys.add("title");
        if (m_afterTitle[static_cast<std::size_t>(i)])
            keys.add("after-title");
        if (roleBefore(i, sentence))
            keys.add("role-before");
        if (const NameHead* head = m_gazetteer.head(bare)) {
            keys.add("head", typeCode(head->type),
                     head->final ? u"final"
                                 : (head->first && head->last ? u"both" : (head->first ? u"first" : u"last")));
        }
        if (m_gazetteer.isOrganizationWord(bare))
            keys.add("org-word");
        if (m_gazetteer.isNeverName(bare))
            keys.add("never-name");
        else if (m_gazetteer.isCommonWord(bare))
            keys.add("common-word");
        if (m_gazetteer.demonymCountry(bare))
            keys.add("demonym");
        else if (bare.size() > 3 && bare.back() == u's' && m_gazetteer.demonymCountry(bare.substr(0, bare.size() - 1)))
            keys.add("demonym-plural");
        if (i + 1 < sentence.endToken && m_gazetteer.isCueVerb(lowered(i + 1)))
            keys.add("cue-next");
        if (i - 2 >= sentence.firstToken && m_gazetteer.isHoldingNoun(lowered(i - 2)))
            keys.add("holding-before", word(i - 1, sentence));
        if (NameTokens::isCodeLike(text))
            keys.add("code");
        if (possessiveLength(text) > 0)
            keys.add("possessive");
    }

    void documentFeatures(int i, KeyWriter& keys) const
    {
        const std::u16string_view text = m_tokens.tok(i);
        if (!startsUpper(text))
            return;
        const bool initial = m_tokens.startsSentenceInText(i);
        const bool inside = m_tokens.seenInside(NameTokens::withoutPossessive(text));
        const bool lower = m_tokens.seenLowerCase(text);
        keys.add("doc", initial ? u"initial" : u"inside",
                 inside ? (lower ? u"both" : u"cap") : (lower ? u"low" : u"-"));
    }

    void runFeatures(int i, const Sentence& sentence, KeyWriter& keys) const
    {
        const int index = m_runOf[static_cast<std::size_t>(i)];
        if (index < 0) {
            keys.add("no-run");
            return;
        }
        const Run& run = m_runs[static_cast<std::size_t>(index)];
        const int length = run.end - run.first;
        const std::u16string_view position
            = length == 1 ? u"S" : (i == run.first ? u"B" : (i == run.end - 1 ? u"E" : u"I"));
        const auto lengthCode = static_cast<char16_t>(u'0' + std::min(length, 5));
        keys.add("run", position, std::u16string_view(&lengthCode, 1));
        keys.add("run-first", word(run.first, sentence));
        keys.add("run-last", word(run.end - 1, sentence));
        keys.add("run-prev", word(run.first - 1, sentence));
        keys.add("run-next", word(run.end, sentence));
        keys.add("run-prev-next", word(run.first - 1, sentence), word(run.end, sentence));
        if (run.first > sentence.firstToken && roleBefore(run.first, sentence))
            keys.add("run-role-before");
        if (run.end < sentence.endToken && m_gazetteer.isCueVerb(lowered(run.end)))
            keys.add("run-cue-next");
        if (const KnownName* known = m_tokens.known(run.first, run.end))
            keys.add("run-known", typeCode(known->type));
        int last = run.end - 1;
        if (last > run.first && m_tokens.tok(last) == u".")
            --last;
        if (const NameHead* head = m_gazetteer.head(NameTokens::withoutPossessive(m_tokens.tok(last))))
            keys.add("run-last-head", typeCode(head->type));
        if (const NameHead* head = m_gazetteer.head(m_tokens.tok(run.first)); head && head->first && length > 1)
            keys.add("run-first-head", typeCode(head->type));
        if (m_gazetteer.isGivenName(m_tokens.tok(run.first)) && length > 1)
            keys.add("run-given-first");
        if (m_title[static_cast<std::size_t>(run.first)])
            keys.add("run-title-first");
        if (m_gazetteer.demonymCountry(m_tokens.tok(run.first)) && length > 1)
            keys.add("run-demonym-first");
    }

    void tokenFeatures(int i, const Sentence& sentence, KeyWriter& keys) const
    {
        keys.add("bias");
        const std::u16string_view w = word(i, sentence);
        keys.add("w", w);
        keys.add("w-1", word(i - 1, sentence));
        keys.add("w+1", word(i + 1, sentence));
        keys.add("w-2", word(i - 2, sentence));
        keys.add("w+2", word(i + 2, sentence));
        keys.add("w-1w", word(i - 1, sentence), w);
        keys.add("ww+1", w, word(i + 1, sentence));
        const std::u16string_view s = shape(i, sentence);
        keys.add("s", s);
        keys.add("s-1", shape(i - 1, sentence));
        keys.add("s+1", shape(i + 1, sentence));
        keys.add("s-1s", shape(i - 1, sentence), s);
        keys.add("ss+1", s, shape(i + 1, sentence));
        const std::size_t n = w.size();
        for (std::size_t k = 1; k <= 4 && k < n; ++k) {
            keys.add("suffix", w.substr(n - k));
            if (k <= 3)
                keys.add("prefix", w.substr(0, k));
        }
        if (m_tokens.startsSentenceInText(i))
            keys.add("initial", s);
        lexiconFeatures(i, sentence, keys);
        documentFeatures(i, keys);
        runFeatures(i, sentence, keys);
    }

    const Document& m_document;
    const Gazetteer& m_gazetteer;
    const NameTokens& m_tokens;
    int m_count = 0;
    std::vector<bool> m_wanted;
    std::vector<std::u16string> m_words;
    std::vector<std::u16string> m_shapes;
    std::vector<Known> m_known;
    std::vector<bool> m_title;
    std::vector<bool> m_afterTitle;
    std::vector<Run> m_runs;
    std::vector<int> m_runOf;
    mutable std::vector<signed char> m_roleBefore; ///< roleBefore per token: -1 not yet asked, else 0 or 1
    mutable std::u16string m_name; ///< scratch buffers for look-ups
    mutable std::u16string m_lower;
};

} // namespace

TaggerFeatures::TaggerFeatures(const Gazetteer& gazetteer)
    : m_gazetteer(gazetteer)
{
}

TokenFeatures TaggerFeatures::extract(const Document& document) const
{
    const NameTokens tokens(document, m_gazetteer);
    return Extractor(tokens, {}).run();
}

TokenFeatures TaggerFeatures::extract(const Document& document, const std::vector<bool>& wanted) const
{
    const NameTokens tokens(document, m_gazetteer);
    return Extractor(tokens, wanted).run();
}

TokenFeatures TaggerFeatures::extract(const NameTokens& tokens, const std::vector<bool>& wanted) const
{
    return Extractor(tokens, wanted).run();
}

} // namespace sayline::analysis
