// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpeakerResolver.h"

#include <algorithm>
#include <cctype>

#include "PhraseScanner.h"
#include "analysis/lexicon/Lexicons.h"
#include "analysis/text/Document.h"
#include "analysis/text/TokenView.h"
#include "analysis/text/WordClasses.h"
#include "analysis/text/WorkCounter.h"

namespace sayline::analysis {
namespace {

using model::EntityType;

bool isPossessive(const TokenView& view, int token)
{
    const std::string_view word = view.lower(token);
    return (word.size() > 2 && word.substr(word.size() - 2) == "'s") || view.lower(token + 1) == "'";
}

bool isAcronym(const TokenView& view, int token)
{
    const std::u16string_view text = view.document().slice(view.start(token), view.end(token));
    return text.size() >= 2 && std::all_of(text.begin(), text.end(), [](char16_t c) {
               return (c >= u'A' && c <= u'Z') || c == u'.' || c == u'&';
           });
}

/// Whether `name` holds `lowerWord` as a word, ignoring ASCII case ("National Union of Mineworkers", "union").
bool containsWordIgnoringCase(std::string_view name, std::string_view lowerWord)
{
    std::size_t i = 0;
    while (i < name.size()) {
        while (i < name.size() && !std::isalpha(static_cast<unsigned char>(name[i])))
            ++i;
        std::size_t j = i;
        while (j < name.size() && std::isalpha(static_cast<unsigned char>(name[j])))
            ++j;
        if (j - i == lowerWord.size()
            && std::equal(lowerWord.begin(), lowerWord.end(), name.begin() + static_cast<std::ptrdiff_t>(i),
                          [](char a, char b) { return a == std::tolower(static_cast<unsigned char>(b)); }))
            return true;
        i = j;
    }
    return false;
}

} // namespace

SpeakerResolver::SpeakerResolver(const Lexicons& lexicons)
{
    for (const LexiconEntry& entry : lexicons.entries("en-source-nouns")) {
        if (entry.size() < 2)
            continue;
        NounKind kind = NounKind::Group;
        if (entry[1] == "document")
            kind = NounKind::Document;
        else if (entry[1] == "organization")
            kind = NounKind::Organization;
        else if (entry[1] == "person")
            kind = NounKind::Person;
        m_nouns.emplace(entry[0], kind);
    }
    for (const LexiconEntry& entry : lexicons.entries("en-organization-nouns")) {
        if (!entry.empty() && (entry.size() < 2 || entry[1] != "any"))
            m_nameMatchNouns.insert(entry[0]);
        else if (!entry.empty())
            m_companyNouns.insert(entry[0]);
    }
    auto addDemonyms = [this](const std::string& list) {
        std::size_t from = 0;
        while (from < list.size()) {
            std::size_t comma = list.find(',', from);
            if (comma == std::string::npos)
                comma = list.size();
            if (comma > from)
                m_demonyms.insert(list.substr(from, comma - from));
            from = comma + 1;
        }
    };
    for (const LexiconEntry& entry : lexicons.entries("en-countries"))
        if (entry.size() >= 2)
            addDemonyms(entry[1]);
    for (const LexiconEntry& entry : lexicons.entries("en-places"))
        if (entry.size() >= 3)
            addDemonyms(entry[2]);
    for (const LexiconEntry& entry : lexicons.entries("en-member-suffixes"))
        if (!entry.empty())
            m_memberSuffixes.push_back(entry[0]);
    for (const LexiconEntry& entry : lexicons.entries("en-speaker-words")) {
        if (entry.size() < 2)
            continue;
        if (entry[1] == "title")
            m_titles.insert(entry[0]);
        else if (entry[1] == "org")
            m_organizationWords.insert(entry[0]);
    }
}

const SpeakerResolver::NounKind* SpeakerResolver::nounKind(std::string_view word) const
{
    auto it = m_nouns.find(std::string(word));
    return it == m_nouns.end() ? nullptr : &it->second;
}

ResolvedSpeaker SpeakerResolver::resolve(const TokenView& view, int first, int end, const EntityList& entities,
                                         const std::vector<StatementRecord>& previous) const
{
    SpeakerIndex index(view, entities, previous);
    return resolve(view, first, end, index);
}

ResolvedSpeaker SpeakerResolver::resolve(const TokenView& view, int first, int end, SpeakerIndex& index) const
{
    ResolvedSpeaker result;
    result.text = view.text(first, end);
    result.start = view.start(first);
    result.end = view.end(end - 1);
    if (end - first == 1 && view.words().isPronoun(view.lower(first)) && !view.isAllCaps(first)) {
        ResolvedSpeaker pronoun = resolvePronoun(view, first, index);
        // Resolved, or standing for an earlier unnamed source ("they" for "people familiar with ...").
        const bool referent = pronoun.entity >= 0 || pronoun.start != result.start;
        pronoun.sieve = referent ? SpeakerSieve::Pronoun : SpeakerSieve::UnnamedSource;
        return pronoun;
    }

    // "General Motors Corporation (GM)": the name before the parenthesis (the acronym is the recognizer's).
    if (view.lower(end - 1) == ")") {
        for (int t = end - 2; t > first; --t) {
            if (view.lower(t) == "(") {
                end = t;
                break;
            }
        }
    }
    // The head is the part before an appositive comma; the name may stand in the appositive instead.
    int segmentEnd = first;
    while (segmentEnd < end && view.lower(segmentEnd) != ",")
        ++segmentEnd;
    const int comma = segmentEnd; // where an appositive starts (end when none)
    auto lastWord = [&view](int from, int to) {
        int t = to - 1;
        while (t >= from && !(view.isWord(t) || view.isNumber(t)))
            --t;
        return t;
    };
    // "A source close to Mr. Trump", "officials familiar with the talks": the name after the modifier is not
    // the source; the words before it are.
    for (int t = first + 1; t + 1 < segmentEnd; ++t) {
        if (view.words().isSourceModifier(view.lower(t)) && view.isWord(t + 1) && !view.isCapitalized(t + 1)) {
            segmentEnd = t;
            break;
        }
    }
    // A trailing time adjunct is not the source: "a paper published in Nature on Monday".
    for (int t = lastWord(first, segmentEnd); t > first && t - first > 1; --t) {
        const std::string_view word = view.lower(t);
        if (!(view.words().isTimeWord(word) || view.isNumber(t)))
            break;
        if (view.lower(t - 1) == "on" || view.lower(t - 1) == "in" || view.lower(t - 1) == "last") {
            segmentEnd = t - 1;
            break;
        }
    }
    // "Critics in Kyiv", "The Joint Coordination Centre in Istanbul": a place after "in" says where the source is.
    for (int t = first + 1; t + 1 < segmentEnd; ++t) {
        if (view.lower(t) != "in" || !view.isCapitalized(t + 1))
            continue;
        const int last = lastWord(t + 1, segmentEnd);
        const int place = last > t ? index.spans().entityAt(view.start(t + 1), view.end(last)) : -1;
        if (place >= 0 && index.entities().records[static_cast<std::size_t>(place)].type == EntityType::Location)
            segmentEnd = t;
        break;
    }
    const int head = lastWord(first, segmentEnd);
    const int headNoun = head >= first ? PhraseScanner(view).headOf(first, segmentEnd) : -1;
    const NounKind* headKind = headNoun >= 0 ? nounKind(view.lower(headNoun)) : nullptr;
    // ", Fritz Meyer" names the source; ", led by X" and ", who ..." describe it.
    const std::string_view appositionOpener = comma + 1 < end ? view.lower(comma + 1) : std::string_view();
    const bool describing = !view.isCapitalized(comma + 1)
        && (appositionOpener.ends_with("ed") || appositionOpener.ends_with("ing")
            || view.words().isPastForm(appositionOpener) || view.words().isRelative(appositionOpener));
    const bool appositiveName = comma < end && !describing && lastWord(comma + 1, end) > comma
        && view.isCapitalized(lastWord(comma + 1, end));
    const int sentenceFirst = view.sentenceFirst(view.sentenceOf(first));
    const bool openingNoun = headKind && headNoun == head
        && (head == sentenceFirst || (head == sentenceFirst + 1 && view.words().isDeterminer(view.lower(first))));
    if (head >= first && view.isCapitalized(head) && headNoun != head && !view.isCapitalized(headNoun) && headKind) {
        // A description with a name after its preposition: "the chief strategist of Acme Capital, Ann Lee",
        // "A statement from Apple Computer", "a professor from the University of Michigan".
        // "the chairman of Chrysler LLC Jim Press": a personal name right after the organisation.
        int nameStart = head;
        while (nameStart - 1 > headNoun && view.isCapitalized(nameStart - 1)
               && !m_organizationWords.contains(view.text(nameStart - 1, nameStart)))
            --nameStart;
        const bool nameAfterOrganization = head - nameStart >= 1 && head - nameStart <= 2
            && m_organizationWords.contains(view.text(nameStart - 1, nameStart));
        result.sieve = SpeakerSieve::SpeakerInSentence;
        if (appositiveName) {
            result.entity = resolveName(view, comma + 1, lastWord(comma + 1, end), index, result.sieve);
        } else if (nameAfterOrganization) {
            result.entity = resolveName(view, nameStart, head, index, result.sieve);
        } else if (*headKind == NounKind::Document) {
            result.entity = resolveName(view, headNoun + 2, head, index, result.sieve);
            result.sieve = SpeakerSieve::Institution; // "A statement from Apple Computer"
        } else {
            result.entity = resolveNominal(view, first, headNoun, index, true);
            result.sieve = SpeakerSieve::Nominal;
        }
    } else if (const int named = headKind && *headKind == NounKind::Organization && headNoun == head
                   ? organizationBeforeNoun(view, first, head, index)
                   : -1;
               named >= 0) {
        // "The SNCTA union", "the Likud party": the organisation named before its noun.
        result.sieve = SpeakerSieve::SpeakerInSentence;
        result.entity = named;
    } else if (appositiveName && head >= first
               && m_titles.contains(view.document().utf8(view.start(head), view.end(head)))) {
        // "Chile's Environment Minister, Maisa Rojas": the title's holder is named in the apposition.
        result.sieve = SpeakerSieve::SpeakerInSentence;
        result.entity = resolveName(view, comma + 1, lastWord(comma + 1, end), index, result.sieve);
    } else if (head > first && view.isCapitalized(head) && isMemberPlural(view.lower(head))) {
        // "Senate Democrats", "House Republicans": members of a party, a group no entity stands for.
        result.sieve = SpeakerSieve::UnnamedSource;
    } else if (head >= first && view.isCapitalized(head) && !openingNoun) {
        // "Robin Biesbroek of the CDF": the person before the preposition.
        const bool personBefore = headNoun != head && headNoun > first && view.isCapitalized(headNoun)
            && view.isCapitalized(headNoun - 1) && !m_organizationWords.contains(view.text(headNoun, headNoun + 1));
        result.sieve = SpeakerSieve::SpeakerInSentence;
        result.entity = resolveName(view, first, personBefore ? headNoun : head, index, result.sieve);
    } else if (openingNoun) {
        result.entity = resolveNominal(view, first, head, index, true); // "Analysts said"
        result.sieve = SpeakerSieve::Nominal;
        const std::string_view determiner = view.lower(first);
        ResolvedSpeaker group;
        if (*headKind == NounKind::Group && (determiner == "the" || determiner == "these")
            && recentGroup(view, first, -1, group)) {
            group.sieve = SpeakerSieve::Nominal;
            return group; // "The sources claimed" after "Citing people familiar with the situation"
        }
    } else if (appositiveName) {
        result.sieve = SpeakerSieve::SpeakerInSentence;
        result.entity = resolveName(view, comma + 1, lastWord(comma + 1, end), index, result.sieve);
    } else if (head >= first) {
        result.entity = resolveNominal(view, first, head, index, true);
        result.sieve = SpeakerSieve::Nominal;
    }
    if (headKind && *headKind == NounKind::Document && result.sieve == SpeakerSieve::Nominal)
        result.sieve = SpeakerSieve::Institution; // "the report said", "the ministry's statement"
    if (result.sieve == SpeakerSieve::Nominal && result.entity >= 0
        && (view.lower(first) == "a" || view.lower(first) == "an"))
        result.sieve = SpeakerSieve::NewsLead; // the entity stage named "a senior official" by the lead convention
    if (result.entity < 0 && result.sieve == SpeakerSieve::Nominal)
        result.sieve = SpeakerSieve::UnnamedSource; // a description nothing resolves: "a Romanian official"
    return result;
}

bool SpeakerResolver::isMemberPlural(std::string_view lowerWord) const
{
    if (lowerWord.size() < 5 || lowerWord.back() != 's')
        return false;
    const std::string_view singular = lowerWord.substr(0, lowerWord.size() - 1);
    return std::any_of(m_memberSuffixes.begin(), m_memberSuffixes.end(),
                       [singular](const std::string& suffix) { return singular.ends_with(suffix); });
}

int SpeakerResolver::organizationBeforeNoun(const TokenView& view, int first, int head, SpeakerIndex& index) const
{
    // The name right before the noun: never across a modifier ("The Talvoran environment department" is no
    // department of an organisation called Talvoran).
    const int runEnd = head;
    int runStart = runEnd;
    while (runStart > first && (view.isCapitalized(runStart - 1) || view.lower(runStart - 1) == "."))
        --runStart;
    while (runStart < runEnd && view.words().isFunctionWord(view.lower(runStart)))
        ++runStart; // "The" opening the sentence
    if (runStart >= runEnd || !view.isCapitalized(runStart))
        return -1;
    const int entity = index.spans().entityAt(view.start(runStart), view.end(runEnd - 1));
    if (entity < 0 || index.entities().records[static_cast<std::size_t>(entity)].type != EntityType::Organization)
        return -1;
    return entity;
}

int SpeakerResolver::resolveName(const TokenView& view, int first, int last, SpeakerIndex& index,
                                 SpeakerSieve& sieve) const
{
    // The capitalised run that ends the phrase: "China's Foreign Ministry spokesperson [Wang Wenbin]".
    int runStart = last;
    while (runStart - 1 >= first) {
        const int t = runStart - 1;
        if (view.isCapitalized(t)
            || (view.words().isSpeakerNameJoiner(view.lower(t)) && view.isCapitalized(t - 1) && t - 1 >= first))
            --runStart;
        else
            break;
    }
    for (int t = last - 1; t >= runStart; --t) {
        if (isPossessive(view, t)) {
            runStart = t + 1;
            break;
        }
    }
    while (runStart < last && (view.words().isFunctionWord(view.lower(runStart)) || !view.isWord(runStart)))
        ++runStart;

    const Document& document = view.document();
    auto original = [&](int t) { return document.utf8(view.start(t), view.end(t)); };
    // "Keith Springer of Capital Financial Advisory Services": the person before the preposition, but
    // "Institute for Supply Management" and "Bank of America" stay whole.
    for (int t = runStart + 2; t < last; ++t) {
        const std::string_view word = view.lower(t);
        if (word != "of" && word != "for" && word != "at" && word != "from")
            continue;
        bool organizationPart = false;
        for (int u = runStart; u < t; ++u)
            organizationPart = organizationPart || m_organizationWords.contains(original(u));
        if (!organizationPart)
            last = t - 1;
        break;
    }
    auto hasOrganizationWord = [&](int from) {
        for (int t = from; t <= last; ++t)
            if (m_organizationWords.contains(original(t)))
                return true;
        return false;
    };
    // A title inside the run ends the organisation part: "Apple Inc. CEO Steve Jobs", "Finance Minister
    // Alexei Kudrin"; but "General Motors" stays whole.
    bool person = false;
    bool allTitles = true;
    for (int t = runStart; t <= last; ++t)
        allTitles = allTitles && (m_titles.contains(original(t)) || !view.isWord(t));
    if (allTitles) { // "the Prime Minister": a description, not a name
        sieve = SpeakerSieve::Nominal;
        return resolveNominal(view, first, last, index, false, NounKind::Person);
    }
    for (int t = last - 1; t >= runStart; --t) {
        if (m_titles.contains(original(t)) && !hasOrganizationWord(t + 1)) {
            runStart = t + 1;
            person = true;
            break;
        }
    }
    while (runStart < last && !view.isWord(runStart)) // the "." of "Mr."
        ++runStart;
    bool organization = !person && (hasOrganizationWord(runStart) || (runStart == last && isAcronym(view, last)));
    if (!organization) {
        const NounKind* before = nounKind(view.lower(runStart - 1));
        person = person || (runStart > first && before && *before == NounKind::Person)
            || (last - runStart >= 1 && last - runStart <= 3);
    }
    std::string name = view.text(runStart, last + 1);
    const int nameStart = view.start(runStart);
    const int nameEnd = view.end(last);
    const int known = index.spans().entityAt(nameStart, nameEnd);
    if (known >= 0)
        return known;
    EntityType type = organization ? EntityType::Organization : person ? EntityType::Person : EntityType::Organization;
    int found = index.findByName(name, type);
    if (found < 0 && runStart == last) {
        // A surname alone: look for the full name earlier in the same sentence of an earlier mention
        // ("President Dmitry Medvedev"); a title before it makes it a person ("President Trump"). The tokens of
        // that word after a capitalised one, nearest first, are indexed: no walk back over the whole text.
        const std::vector<int>& same = index.capitalisedPredecessorTokens(view.lower(last));
        for (auto it = std::lower_bound(same.begin(), same.end(), runStart); it != same.begin() && found < 0;) {
            const int t = *--it;
            work::add(work::Stage::Speakers);
            int s = t - 1;
            while (s - 1 >= 0 && view.isCapitalized(s - 1) && !m_titles.contains(original(s - 1))
                   && view.sentenceOf(s - 1) == view.sentenceOf(t) && !view.words().isFunctionWord(view.lower(s - 1)))
                --s;
            if (m_titles.contains(original(s)) || view.words().isFunctionWord(view.lower(s))) {
                if (m_titles.contains(original(s)) && !organization)
                    type = EntityType::Person;
                ++s;
            }
            bool personLike = s < t && t - s <= 3 && view.sentenceOf(s) == view.sentenceOf(t);
            for (int u = s; u <= t && personLike; ++u)
                personLike = view.isWord(u) && !isAcronym(view, u) && !m_organizationWords.contains(original(u));
            if (personLike) {
                name = view.text(s, t + 1);
                type = EntityType::Person;
                found = index.spans().entityAt(view.start(s), view.end(t));
                if (found < 0)
                    found = index.findByName(name, type);
            }
        }
    }
    return found; // -1: a name the entity stage did not find stays the source as written
}

namespace {

} // namespace

bool SpeakerResolver::recentGroup(const TokenView& view, int token, int after, ResolvedSpeaker& group) const
{
    // A plural source phrase in this or the previous sentence: "people familiar with the situation",
    // "Industry analysts".
    const int sentence = view.sentenceOf(token);
    const int from = sentence > 0 ? view.sentenceFirst(sentence - 1) : 0;
    const PhraseScanner phrases(view);
    for (int t = token - 1; t >= from && t >= 0; --t) {
        const NounKind* kind = nounKind(view.lower(t));
        if (!kind || *kind != NounKind::Group || view.start(t) <= after)
            continue;
        int first = phrases.phraseStartingBefore(t, from);
        const int end = phrases.phraseEndingAfter(t, view.sentenceEnd(view.sentenceOf(t)));
        if (first < 0 || end <= t || view.words().isDeterminer(view.lower(first)))
            continue; // "the sources" itself refers back
        while (first < t && (view.lower(first).ends_with("ing") || view.words().isFunctionWord(view.lower(first))))
            ++first; // "Citing people familiar with ..."
        group.entity = -1;
        group.text = view.text(first, end);
        group.start = view.start(first);
        group.end = view.end(end - 1);
        return true;
    }
    return false;
}

ResolvedSpeaker SpeakerResolver::resolvePronoun(const TokenView& view, int token, SpeakerIndex& index) const
{
    const EntityList& entities = index.entities();
    const std::vector<StatementRecord>& previous = index.statements();
    ResolvedSpeaker result;
    result.text = view.text(token, token + 1);
    result.start = view.start(token);
    result.end = view.end(token);
    const std::string_view word = view.lower(token);
    const bool personal = word == "he" || word == "she" || word == "i";
    // "They" right after a statement of an unnamed plural source continues that source ("The sources claimed
    // ... They said ...").
    if (word == "they" && !previous.empty() && previous.back().speaker < 0 && previous.back().speakerStart >= 0) {
        const StatementRecord& last = previous.back();
        const int lastSentence = view.sentenceOf(view.document().tokenAtOrAfter(last.start));
        const int sentence = view.sentenceOf(token);
        if (lastSentence >= 0 && sentence - lastSentence <= 1 && !last.speakerText.empty()) {
            result.text = last.speakerText;
            result.start = last.speakerStart;
            result.end = last.speakerEnd;
            return result;
        }
    }
    // "A spokeswoman for the department said ... "...," she said": "he"/"she" after a statement of an unnamed
    // person, with no person named since, continues that source when the noun does not say otherwise.
    if ((word == "he" || word == "she") && !previous.empty() && previous.back().speaker < 0
        && previous.back().speakerStart >= 0 && !previous.back().speakerText.empty()) {
        const StatementRecord& last = previous.back();
        const int lastSentence = view.sentenceOf(view.document().tokenAtOrAfter(last.start));
        int personNoun = -1;
        for (int t = view.document().tokenAtOrAfter(last.speakerStart);
             t >= 0 && t < view.size() && view.start(t) < last.speakerEnd && personNoun < 0; ++t) {
            const NounKind* kind = nounKind(view.lower(t));
            if (kind && *kind == NounKind::Person)
                personNoun = t;
        }
        int named = -1;
        index.mostRecent(result.start, EntityType::Person, false, &named);
        if (personNoun >= 0 && lastSentence >= 0 && view.sentenceOf(token) - lastSentence <= 2
            && named < last.speakerStart) {
            const std::string_view noun = view.lower(personNoun);
            const bool feminine = noun.ends_with("woman") || noun.ends_with("women");
            const bool masculine = noun.ends_with("man") && !feminine;
            if (word == "she" ? !masculine : !feminine) {
                result.text = last.speakerText;
                result.start = last.speakerStart;
                result.end = last.speakerEnd;
                return result;
            }
        }
    }
    // The recognizer's pronoun mention, unless its type contradicts the pronoun ("he" for an organisation).
    const int known = index.spans().entityAt(result.start, result.end);
    if (known >= 0) {
        const EntityType type = entities.records[static_cast<std::size_t>(known)].type;
        const bool fits = personal ? type == EntityType::Person : (word != "it" || type != EntityType::Person);
        if (fits) {
            result.entity = known;
            return result;
        }
    }
    int at = -1;
    result.entity = index.mostRecent(result.start, personal ? EntityType::Person : EntityType::Organization, true, &at);
    if (result.entity < 0 && personal) {
        // No person known: the last named speaker, whose name may have been typed as an organisation
        // ("Trump said ... he said").
        result.entity = index.lastNamedSpeakerBefore(result.start);
    }
    if (!personal && word == "they") {
        // "they" may continue an unnamed group source ("Barclays Capital economists ... they predicted").
        if (const StatementRecord* group = index.lastUnnamedBetween(at, result.start)) {
            result.entity = -1;
            result.text = group->speakerText;
            result.start = group->speakerStart;
            result.end = group->speakerEnd;
            return result;
        }
    }
    if (word == "they") {
        // "they point out" after "Industry analysts have pointed to ...": the plural source phrase.
        ResolvedSpeaker group;
        if (recentGroup(view, token, std::max(at, -1), group))
            return group;
    }
    return result;
}

int SpeakerResolver::resolveNominal(const TokenView& view, int first, int last, SpeakerIndex& index,
                                    bool withStatements, std::optional<NounKind> forced) const
{
    // The head noun's mention, not a possessor's ("New York's chief medical examiner").
    const int known = index.spans().entityAt(view.start(last), view.end(last));
    if (known >= 0)
        return known;
    const NounKind* kind = forced ? &*forced : nounKind(view.lower(last));
    if (!kind || *kind == NounKind::Document || *kind == NounKind::Group)
        return -1;
    const std::string_view determiner = view.lower(first);
    if (determiner != "the" && determiner != "this" && determiner != "that")
        return -1; // "a senior official": unnamed
    const int entity = index.mostRecent(
        view.start(first), *kind == NounKind::Person ? EntityType::Person : EntityType::Organization, withStatements);
    // "the Queensland environment department": a capitalised modifier names which one; a recent organization
    // whose name lacks it is another.
    if (entity >= 0 && *kind == NounKind::Organization) {
        const std::string& name = index.entities().records[static_cast<std::size_t>(entity)].name;
        // But "the Japanese carmaker" may be Toyota: a company's nationality; "the Belgian government" is no
        // company's.
        const bool company = m_companyNouns.contains(std::string(view.lower(last)));
        for (int t = first + 1; t < last; ++t) {
            const std::string word(view.text(t, t + 1));
            if (view.isCapitalized(t) && name.find(word) == std::string::npos
                && !(company && m_demonyms.contains(word)))
                return -1;
        }
        // "the union" is a union: an organization whose name holds the noun ("Unite the Union"), not the most
        // recent organization of any kind.
        const std::string noun(view.lower(last));
        if (m_nameMatchNouns.contains(noun) && !containsWordIgnoringCase(name, noun))
            return -1;
    }
    return entity;
}

} // namespace sayline::analysis
