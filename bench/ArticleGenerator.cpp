// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArticleGenerator.h"

#include <array>
#include <cstdio>

namespace sayline::bench {
namespace {

constexpr std::array kFirst { "James",  "Maria", "Wei",    "Olga",   "Ahmed",   "Laura",  "Kenji",    "Fatima",
                              "Pierre", "Anna",  "Carlos", "Ingrid", "Rajesh",  "Sofia",  "Tomasz",   "Mei",
                              "David",  "Amara", "Lukas",  "Elena",  "Hiroshi", "Grace",  "Mohammed", "Chloe",
                              "Ivan",   "Nadia", "Samuel", "Leila",  "Jorge",   "Hannah", "Zhang",    "Li",
                              "Chen",   "Yuki",  "Omar",   "Clara",  "Pablo",   "Ruth",   "Viktor",   "Aisha" };
constexpr std::array kLast { "Smith",   "Wang",     "Ivanova", "Haddad",  "Garcia",  "Tanaka",  "Okafor",
                             "Dubois",  "Kowalski", "Rossi",   "Schmidt", "Patel",   "Nguyen",  "Johansson",
                             "Silva",   "Kim",      "Moreau",  "Novak",   "Fischer", "Romero",  "Yamamoto",
                             "Mensah",  "Larsen",   "Costa",   "Petrov",  "Hassan",  "Brennan", "Lindqvist",
                             "Alvarez", "Sato",     "Weber",   "Mwangi",  "Jensen",  "Morales", "Kaplan",
                             "Horvat",  "Bianchi",  "Ortiz",   "Lam",     "Fontaine" };
constexpr std::array kRoles { "spokesperson", "minister",   "chief executive", "director", "senator",
                              "analyst",      "ambassador", "governor",        "chairman", "professor" };
constexpr std::array kOrgs { "the Ministry of Trade", "the Energy Agency",     "Northwind Airlines",
                             "the Central Bank",      "the Health Council",    "Orion Motors",
                             "the Port Authority",    "the Water Board",       "Helix Pharmaceuticals",
                             "the Defence Ministry",  "the Statistics Office", "Aurora Telecom",
                             "the Farmers Union",     "the Court of Audit",    "Summit Steel" };
constexpr std::array kSubjects {
    "the government",    "the company",  "the new policy", "the agreement", "the budget",
    "the investigation", "the plant",    "the reform",     "the tariff",    "the merger",
    "the project",       "the ministry", "the union",      "the report",    "the network"
};
constexpr std::array kVerbs { "will reduce", "threatens",   "has improved",  "must protect", "cannot ignore",
                              "will expand", "has damaged", "should review", "will fund",    "undermines",
                              "has delayed", "will create", "strengthens",   "has exposed",  "could replace" };
constexpr std::array kObjects { "exports",        "security",       "prices",      "jobs",         "emissions",
                                "pensions",       "investment",     "competition", "transparency", "supply chains",
                                "wages",          "infrastructure", "tourism",     "innovation",   "farmland",
                                "hospitals",      "railways",       "broadband",   "fisheries",    "vaccines",
                                "semiconductors", "shipping",       "housing",     "tariffs",      "subsidies",
                                "cyberattacks",   "drought",        "refugees",    "inflation",    "batteries" };
constexpr std::array kPlaces { "in the north",    "across the region",    "this year",      "by 2030",
                               "in rural areas",  "over the next decade", "in the capital", "for small firms",
                               "along the coast", "without delay",        "at the border",  "for families" };
constexpr std::array kIndirectCues { "said", "stated", "noted", "warned", "argued", "claimed", "added", "stressed" };
constexpr std::array kDirectCues { "said", "told reporters", "added", "warned" };

std::uint64_t mix(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

/// A small deterministic generator per article.
class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_state(mix(seed))
    {
    }
    std::size_t below(std::size_t n)
    {
        m_state = mix(m_state);
        return static_cast<std::size_t>(m_state % n);
    }
    template <typename Array> const char* pick(const Array& items) { return items[below(items.size())]; }

private:
    std::uint64_t m_state;
};

std::string capitalised(std::string text)
{
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
        text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

std::string claim(Random& random)
{
    return std::string(random.pick(kSubjects)) + " " + random.pick(kVerbs) + " " + random.pick(kObjects) + " "
        + random.pick(kPlaces);
}

} // namespace

ArticleGenerator::ArticleGenerator(std::uint64_t seed)
    : m_seed(seed)
{
    for (const char* last : kLast) {
        for (const char* first : kFirst)
            m_speakers.push_back(std::string(first) + " " + last);
    }
    for (std::size_t i = 0; i < m_speakers.size(); ++i)
        m_roles.push_back(kRoles[mix(i) % kRoles.size()]);
}

std::size_t ArticleGenerator::speakerCount() const
{
    return m_speakers.size();
}

std::string ArticleGenerator::speaker(std::size_t index) const
{
    return m_speakers[index % m_speakers.size()];
}

std::string ArticleGenerator::word(std::size_t index) const
{
    return kObjects[index % kObjects.size()];
}

std::string ArticleGenerator::topic(std::size_t index) const
{
    const std::string subject = kSubjects[index % kSubjects.size()];
    return subject.substr(subject.rfind(' ') + 1);
}

std::string ArticleGenerator::date(std::size_t index) const
{
    Random random(m_seed * 7919 + index);
    char text[16];
    std::snprintf(text, sizeof text, "%04zu-%02zu-%02zu", 2000 + random.below(25), 1 + random.below(12),
                  1 + random.below(28));
    return text;
}

std::vector<ArticleGenerator::Paragraph> ArticleGenerator::paragraphs(std::size_t index, std::string& title,
                                                                      std::string& published) const
{
    Random random(m_seed * 1000003 + index);
    published = date(index);
    // Two to four speakers per article, ten statements.
    std::vector<std::size_t> speakers;
    const std::size_t count = 2 + random.below(3);
    for (std::size_t i = 0; i < count; ++i)
        speakers.push_back(random.below(m_speakers.size()));
    const std::string org = random.pick(kOrgs);
    title = capitalised(claim(random)) + ", " + m_speakers[speakers[0]] + " says";
    std::vector<Paragraph> out;
    for (std::size_t s = 0; s < 10; ++s) {
        const std::size_t who = speakers[s % speakers.size()];
        const std::string& name = m_speakers[who];
        const std::string content = claim(random);
        Paragraph paragraph;
        paragraph.speaker = who;
        paragraph.direct = random.below(2) == 0;
        if (paragraph.direct) {
            paragraph.cue = random.pick(kDirectCues);
            const std::string sentence = capitalised(content);
            paragraph.text
                = "\"" + sentence + ",\" " + name + ", " + m_roles[who] + " of " + org + ", " + paragraph.cue + ".";
            paragraph.contentStart = 1;
            paragraph.contentEnd = 1 + sentence.size();
            paragraph.nameStart = paragraph.contentEnd + 3;
            paragraph.cueStart = paragraph.text.size() - 1 - paragraph.cue.size();
        } else {
            paragraph.cue = random.pick(kIndirectCues);
            paragraph.text = name + ", " + m_roles[who] + " of " + org + ", " + paragraph.cue + " on Tuesday that "
                + content + ".";
            paragraph.nameStart = 0;
            paragraph.cueStart = name.size() + 2 + std::string(m_roles[who]).size() + 4 + org.size() + 2;
            paragraph.contentStart = paragraph.text.size() - 1 - content.size();
            paragraph.contentEnd = paragraph.text.size() - 1;
        }
        out.push_back(std::move(paragraph));
    }
    return out;
}

model::Article ArticleGenerator::article(std::size_t index) const
{
    model::Article article;
    std::string published;
    for (auto& paragraph : paragraphs(index, article.title, published))
        article.paragraphs.push_back(std::move(paragraph.text));
    article.file = "generated/" + std::to_string(index) + ".txt";
    article.published = published;
    article.publisher = index % 3 == 0 ? "Daily Ledger" : index % 3 == 1 ? "Evening Courier" : "Harbour Times";
    article.language = "en";
    return article;
}

model::AnalysedArticle ArticleGenerator::annotated(std::size_t index) const
{
    model::AnalysedArticle analysed;
    std::string published;
    const std::vector<Paragraph> parts = paragraphs(index, analysed.article.title, published);
    analysed.article = article(index);
    int offset = 0;
    for (const Paragraph& paragraph : parts) {
        const std::string& name = m_speakers[paragraph.speaker];
        std::string entityId;
        for (auto& entity : analysed.entities) {
            if (entity.name == name)
                entityId = entity.id;
        }
        if (entityId.empty()) {
            model::Entity entity;
            entity.id = "E" + std::to_string(analysed.entities.size() + 1);
            entity.type = model::EntityType::Person;
            entity.name = name;
            entity.roles = { m_roles[paragraph.speaker] };
            analysed.entities.push_back(entity);
            entityId = entity.id;
        }
        const int nameStart = offset + static_cast<int>(paragraph.nameStart);
        for (auto& entity : analysed.entities) {
            if (entity.id == entityId)
                entity.mentions.push_back({ nameStart, nameStart + static_cast<int>(name.size()) });
        }
        model::Statement statement;
        statement.id = "S" + std::to_string(analysed.statements.size() + 1);
        statement.speaker = entityId;
        statement.speakerText = name;
        statement.speakerSpan = model::Span { nameStart, nameStart + static_cast<int>(name.size()) };
        statement.cue = paragraph.cue;
        const int cueStart = offset + static_cast<int>(paragraph.cueStart);
        statement.cueSpan = model::Span { cueStart, cueStart + static_cast<int>(paragraph.cue.size()) };
        statement.kind = paragraph.direct ? model::StatementKind::Direct : model::StatementKind::Indirect;
        statement.span = model::Span { offset + static_cast<int>(paragraph.contentStart),
                                       offset + static_cast<int>(paragraph.contentEnd) };
        statement.content
            = paragraph.text.substr(paragraph.contentStart, paragraph.contentEnd - paragraph.contentStart);
        analysed.statements.push_back(statement);
        offset += static_cast<int>(paragraph.text.size()) + 2;
    }
    return analysed;
}

} // namespace sayline::bench
