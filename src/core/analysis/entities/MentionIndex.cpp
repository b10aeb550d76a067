// SPDX-License-Identifier: GPL-3.0-or-later
#include "MentionIndex.h"

#include <algorithm>

#include "analysis/text/Document.h"

namespace sayline::analysis {

MentionIndex::MentionIndex(const Document& document, const EntityList& entities)
    : m_document(document)
{
    for (std::size_t e = 0; e < entities.records.size(); ++e) {
        for (const MentionRecord& mention : entities.records[e].mentions) {
            if (mention.kind != MentionKind::Pronoun)
                m_entries.push_back(
                    { mention.start, mention.end, static_cast<int>(e), document.sentenceAt(mention.start) });
        }
    }
    std::sort(m_entries.begin(), m_entries.end(), [](const Entry& a, const Entry& b) { return a.start < b.start; });
}

int MentionIndex::antecedent(int position, int maxSentences, const std::function<bool(int)>& fits) const
{
    const int sentence = m_document.sentenceAt(position);
    int bestSentence = -1;
    int best = -1;
    for (const Entry& entry : m_entries) {
        if (entry.end > position)
            break;
        if (entry.sentence < sentence - maxSentences || !fits(entry.entity))
            continue;
        if (entry.sentence == sentence) {
            // The first fitting mention of the pronoun's own sentence wins over earlier sentences.
            if (bestSentence != sentence) {
                bestSentence = sentence;
                best = entry.entity;
            }
        } else if (entry.sentence > bestSentence) {
            bestSentence = entry.sentence;
            best = entry.entity;
        }
    }
    return best;
}

int MentionIndex::mostRecent(int position, int maxSentences, const std::function<bool(int)>& fits) const
{
    const int sentence = m_document.sentenceAt(position);
    int best = -1;
    for (const Entry& entry : m_entries) {
        if (entry.end > position)
            break;
        if (entry.sentence >= sentence - maxSentences && fits(entry.entity))
            best = entry.entity;
    }
    return best;
}

} // namespace sayline::analysis
