// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhraseScanner.h"

#include "analysis/text/Document.h"
#include "analysis/text/TokenView.h"
#include "analysis/text/WordClasses.h"

namespace sayline::analysis {

PhraseScanner::PhraseScanner(const TokenView& view)
    : m_view(view)
    , m_words(view.words())
{
}

int PhraseScanner::skipAdjunctsLeft(int last, int limit) const
{
    // ", however," between subject and cue.
    if (m_view.lower(last) == "," && last - 2 >= limit && m_view.lower(last - 2) == ","
        && (m_words.isParenthetical(m_view.lower(last - 1)) || m_words.isAdverb(m_view.lower(last - 1))))
        return last - 3;
    // ", in a statement," / ", in an interview with CNN," between subject and cue.
    if (m_view.lower(last) == ",") {
        for (int t = last - 1; t > limit && last - t <= 8; --t) {
            const std::string_view word = m_view.lower(t);
            if (word == ",") {
                const std::string_view opener = m_view.lower(t + 1);
                if (opener == "in" || opener == "at" || opener == "during" || opener == "on" || opener == "speaking")
                    return t - 1;
                break;
            }
            if (!(m_view.isWord(t) || m_view.isNumber(t)))
                break;
        }
    }
    // "on June 18", "on Wednesday", "last week", "in 2008": only time words after the preposition.
    for (int t = last; t >= limit && last - t < 4; --t) {
        const std::string_view word = m_view.lower(t);
        const bool timeWord = m_words.isTimeWord(word) || m_view.isNumber(t) || m_words.isTimeNoun(word);
        if (timeWord)
            continue;
        if (t < last && t > limit
            && (word == "on" || word == "in" || word == "last" || word == "this" || word == "earlier"))
            return t - 1;
        break;
    }
    return last;
}

int PhraseScanner::afterDateline(int first, int limit) const
{
    if (!m_view.isAllCaps(first))
        return first;
    const std::u16string& text = m_view.document().text();
    for (int t = first + 1; t < limit && t - first < 10; ++t) {
        const std::string_view word = m_view.lower(t);
        const int at = m_view.start(t);
        const bool spaced = at > 0 && at + 1 < static_cast<int>(text.size())
            && text[static_cast<std::size_t>(at) - 1] == u' ' && text[static_cast<std::size_t>(at) + 1] == u' ';
        if (word == "\u2014" || word == "\u2013" || (word == "-" && spaced))
            return t + 1;
        if (!(m_view.isCapitalized(t) || word == "," || word == "." || word == "(" || word == ")"))
            break;
    }
    return first;
}

int PhraseScanner::skipParentheticalRight(int first, int limit) const
{
    if (m_view.lower(first) == "," && first + 2 < limit && m_view.lower(first + 2) == ","
        && (m_words.isParenthetical(m_view.lower(first + 1)) || m_words.isAdverb(m_view.lower(first + 1))))
        return first + 3;
    return first;
}

bool PhraseScanner::isPhraseWord(int token) const
{
    if (m_view.isWord(token) || m_view.isNumber(token)) {
        const std::string_view word = m_view.lower(token);
        const std::size_t apostrophe = word.find('\'');
        if (apostrophe != std::string_view::npos) {
            const std::string_view base = word.substr(0, apostrophe);
            const std::string_view suffix = word.substr(apostrophe);
            if (m_words.isPronoun(base) || base == "let" || base == "that" || base == "what" || base == "there"
                || base == "here" || suffix == "'re" || suffix == "'ve" || suffix == "'ll" || suffix == "'m"
                || suffix == "'d")
                return false; // "we've", "he's", "let's": a pronoun with its verb
        }
        if (m_view.isAllCaps(token))
            return true; // "WHO", "US"
        return !m_words.isPhraseBreaker(word) && !m_words.isAuxiliary(word) && !m_words.isNegation(word)
            && (m_view.isCapitalized(token) || !m_words.isPronoun(word));
    }
    // Punctuation inside names: "Procter & Gamble", "Inc.", "US'", "Jean-Claude".
    const std::string_view text = m_view.lower(token);
    if (text == "&" || text == "-" || text == "'")
        return m_view.isWord(token - 1) && (m_view.isWord(token + 1) || text == "'");
    if (text == ".") // "Inc.", but not the full stop that ends the sentence
        return m_view.isCapitalized(token - 1) && m_view.end(token - 1) == m_view.start(token)
            && m_view.sentenceOf(token + 1) == m_view.sentenceOf(token);
    return false;
}

int PhraseScanner::phraseStartingBefore(int last, int limit) const
{
    if (last < limit || !m_view.valid(last))
        return -1;
    if (m_words.isPronoun(m_view.lower(last)) && !m_view.isAllCaps(last)) {
        // "a source close to him": the phrase the modifier follows.
        if (last - 3 >= limit && m_words.isSourceModifier(m_view.lower(last - 2)) && m_view.isWord(last - 1)
            && !m_view.isCapitalized(last - 1) && isPhraseWord(last - 3)) {
            const int head = phraseStartingBefore(last - 3, limit);
            if (head >= 0)
                return head;
        }
        return last;
    }
    int first = -1;
    int t = last;
    constexpr int kMaxLength = 16;
    while (t >= limit && last - t < kMaxLength) {
        const std::string_view word = m_view.lower(t);
        if (m_words.isDeterminer(word)) {
            first = t;
            // "the chief of the company": go on through an inner preposition.
            if (m_words.isInnerPreposition(m_view.lower(t - 1)) && t - 2 >= limit && isPhraseWord(t - 2)
                && !m_words.isDeterminer(m_view.lower(t - 2))) {
                t -= 2;
                continue;
            }
            break;
        }
        if (m_words.isInnerPreposition(word)) {
            if (first < 0 || t - 1 < limit || !isPhraseWord(t - 1))
                break;
            --t;
            continue;
        }
        if (word == "and") {
            if (first >= 0 && t - 1 >= limit && !m_view.isCapitalized(t - 1) && isPhraseWord(t + 1)) {
                // Two roles of one person: "lead researcher and NASA planetary scientist Lucas Paganini". The
                // words before "and" must fill the clause up to its start, so a verb phrase is never taken.
                int s = t - 1;
                while (s - 1 >= limit && isPhraseWord(s - 1) && !m_view.isCapitalized(s - 1))
                    --s;
                if (s - 1 < limit || m_view.lower(s - 1) == "," || m_view.isQuoteMark(s - 1))
                    first = s;
                break;
            }
            // Joint sources: "The New York Times and the Associated Press".
            if (first < 0 || t - 1 < limit || !m_view.isCapitalized(t - 1) || !isPhraseWord(t + 1))
                break;
            --t;
            continue;
        }
        // "Rio Grande do Sul", "Ursula von der Leyen": a lower-case particle between capitalised words of a name.
        if (first >= 0 && m_view.isCapitalized(first) && !m_view.isCapitalized(t) && m_words.isSpeakerNameJoiner(word)
            && m_view.isWord(t) && t - 1 >= limit
            && (m_view.isCapitalized(t - 1) || m_words.isSpeakerNameJoiner(m_view.lower(t - 1)))) {
            --t;
            continue;
        }
        if (!isPhraseWord(t))
            break;
        first = t;
        --t;
    }
    // Never start on inner punctuation or a preposition.
    while (first >= 0 && first <= last && !(m_view.isWord(first) || m_view.isNumber(first)))
        ++first;
    if (first > last)
        return -1;
    // "two people close to the campaign", "officials familiar with the talks": the phrase the modifier follows.
    if (first - 3 >= limit && m_words.isSourceModifier(m_view.lower(first - 2)) && m_view.isWord(first - 1)
        && !m_view.isCapitalized(first - 1) && isPhraseWord(first - 3)) {
        const int head = phraseStartingBefore(first - 3, limit);
        if (head >= 0)
            return head;
    }
    return first;
}

int PhraseScanner::phraseEndingAfter(int first, int limit) const
{
    int t = first;
    if (t < limit && m_words.isPronoun(m_view.lower(t)) && !m_view.isCapitalized(t + 1))
        return t + 1;
    int end = first;
    constexpr int kMaxLength = 16;
    while (t < limit && t - first < kMaxLength) {
        const std::string_view word = m_view.lower(t);
        if (m_words.isInnerPreposition(word) || word == "and") {
            if (end == first || !(isPhraseWord(t + 1) || m_words.isDeterminer(m_view.lower(t + 1))) || t + 1 >= limit)
                break;
            ++t;
            continue;
        }
        // "two people familiar with her plans", "a spokesman for his campaign": a possessive after a preposition.
        if (!isPhraseWord(t)
            && !(m_words.isDeterminer(word)
                 && (t == first || (t > first && m_words.isInnerPreposition(m_view.lower(t - 1))))))
            break;
        if (t > first && !m_view.isCapitalized(t) && m_words.isDeterminer(m_view.lower(t + 1))
            && !m_words.isDeterminer(word))
            break; // "A group of politicians released a statement": a verb before its object
        if (t > first && !m_view.isCapitalized(t) && m_view.isCapitalized(t - 1)
            && ((word.size() > 4 && word.ends_with("ed")) || m_words.isPastForm(word)))
            break; // "the Prime Minister applauded Singapore Airlines", "Justice Neil Gorsuch went further"

        if (m_words.isDeterminer(word) && t != first && !m_words.isInnerPreposition(m_view.lower(t - 1))
            && m_view.lower(t - 1) != "and")
            break;
        ++t;
        end = t;
    }
    return end;
}

int PhraseScanner::headOf(int first, int end) const
{
    // "a survey released last month by the foundation": the noun the participle modifies.
    end = reducedRelativeStart(first, end);
    for (int t = first + 1; t < end; ++t)
        if (m_words.isInnerPreposition(m_view.lower(t)))
            return t - 1;
    int t = end - 1;
    while (t > first && !m_view.isWord(t))
        --t;
    return t;
}

int PhraseScanner::reducedRelativeStart(int first, int end) const
{
    for (int t = first + 1; t < end; ++t) {
        const std::string_view word = m_view.lower(t);
        if (m_view.isCapitalized(t) || !(m_words.isPastForm(word) || (word.size() > 4 && word.ends_with("ed"))))
            continue;
        const std::string_view before = m_view.lower(t - 1);
        if (!m_view.isWord(t - 1) || m_view.isCapitalized(t - 1) || m_words.isFunctionWord(before)
            || m_words.isAdverb(before))
            return end; // "the company reported", "has released", "was based": a verb, not a modifier
        if (t + 1 == end && m_words.isDeterminer(m_view.lower(first)))
            return t; // "a survey released" (on Monday): the participle closes the phrase
        // The link may follow a time adjunct: "released last month by".
        int link = t + 1;
        if (m_words.isAdjunctStart(m_view.lower(link)) && m_words.isTimeNoun(m_view.lower(link + 1)))
            link += 2;
        return link < end && m_words.isParticipleLink(m_view.lower(link)) ? t : end;
    }
    return end;
}

bool PhraseScanner::hasVerbSignal(int first, int end) const
{
    for (int t = first; t < end; ++t) {
        const std::string_view word = m_view.lower(t);
        if (t > first && m_words.isSubordinator(word))
            return false; // only the main clause counts: "more than 2% after the brand took a stake"
        if (t > first && word == "and" && t + 1 < end
            && (m_words.isPastForm(m_view.lower(t + 1)) || m_view.lower(t + 1).ends_with("ed")))
            return false; // "hundreds of songs and sent 12 of them": a second verb, none in the first part
        if (m_words.isAuxiliary(word) || m_words.isPastForm(word) || m_words.isNegation(word))
            return true;
        if (t > first && word.size() > 4 && word.substr(word.size() - 2) == "ed" && !m_view.isCapitalized(t))
            return true;
        if (word == "to" && t - first <= 3 && t + 1 < end && m_view.isWord(t + 1) && !m_view.isCapitalized(t + 1)
            && !m_words.isDeterminer(m_view.lower(t + 1)))
            return true; // to-infinitive near the start: "plans to shift production"
        if (word == "as" && t > first && m_view.lower(t - 1) != "such"
            && (m_words.isDeterminer(m_view.lower(t + 1)) || m_view.isCapitalized(t + 1)))
            return true; // small clause: "X as its new president"
        if (t == first && word.size() > 5 && word.ends_with("ing") && !word.ends_with("thing")
            && !m_view.isCapitalized(t))
            return true; // gerund: "denied creating jobs"
        // A present-tense verb: "Tiger includes over 200 new features".
        const std::string_view next = m_view.lower(t + 1);
        if (t > first && t + 1 < end && word.size() > 3 && word.back() == 's' && !m_view.isCapitalized(t)
            && !word.ends_with("ss") && !word.ends_with("us") && !word.ends_with("is")
            && (m_view.isCapitalized(t - 1) || m_view.lower(t - 1) == "," || m_words.isPronoun(m_view.lower(t - 1)))
            && (m_words.isDeterminer(next) || m_view.isNumber(t + 1) || next == "over" || next == "that"
                || next == "more" || next == "to" || next == "up"))
            return true;
    }
    return false;
}

} // namespace sayline::analysis
