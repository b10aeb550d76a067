// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfFinisher.h"

#include <QRegularExpression>
#include <QString>

#include <optional>
#include <vector>

#include "model/Error.h"

namespace sayline::exporting {
namespace {

constexpr qsizetype kDictionaryPeek = 400; // bytes read to tell an annotation or a font from other objects
constexpr int kCharactersPerSection = 100; // the CMap limit for one bfchar section

[[noreturn]] void unexpected(const char* what)
{
    throw Error(ErrorCode::Internal, std::string("unexpected PDF from QPdfWriter: ") + what);
}

/// The objects of the PDF as its cross-reference table locates them.
class PdfObjects
{
public:
    explicit PdfObjects(const QByteArray& pdf)
        : m_pdf(pdf)
    {
        const qsizetype startxref = pdf.lastIndexOf("startxref");
        if (startxref < 0)
            unexpected("no startxref");
        m_xref = pdf.mid(startxref + 9, 32).trimmed().split('\n').value(0).trimmed().toLongLong();
        if (m_pdf.mid(m_xref, 4) != "xref")
            unexpected("no cross-reference table");
        const qsizetype trailer = pdf.indexOf("trailer", m_xref);
        if (trailer < 0)
            unexpected("no trailer");
        const QList<QByteArray> lines = pdf.mid(m_xref + 4, trailer - m_xref - 4).split('\n');
        qint64 number = 0;
        for (const QByteArray& raw : lines) {
            const QList<QByteArray> fields = raw.simplified().split(' ');
            if (fields.size() == 2) {
                number = fields[0].toLongLong();
            } else if (fields.size() == 3) {
                if (fields[2] == "n")
                    m_offsets[number] = fields[0].toLongLong();
                ++number;
            }
        }
        const QByteArray dictionary = pdf.mid(trailer, startxref - trailer);
        m_size = capture(dictionary, R"(/Size\s+(\d+))").toLongLong();
        m_root = capture(dictionary, R"(/Root\s+(\d+)\s+0\s+R)").toLongLong();
        m_info = capture(dictionary, R"(/Info\s+(\d+)\s+0\s+R)").toLongLong();
        if (m_size <= 0 || m_root <= 0)
            unexpected("no /Size or /Root in the trailer");
    }

    static QByteArray capture(const QByteArray& text, const char* pattern)
    {
        const QRegularExpressionMatch match = QRegularExpression(QLatin1String(pattern)).match(QLatin1String(text));
        return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
    }

    /// What stands between "N 0 obj" and "endobj"; the first limit bytes when limit is given.
    QByteArray body(qint64 number, qsizetype limit = -1) const
    {
        const auto it = m_offsets.find(number);
        if (it == m_offsets.end())
            unexpected("a reference to a missing object");
        const qsizetype start = m_pdf.indexOf("obj", it->second) + 3;
        if (limit >= 0)
            return m_pdf.mid(start, limit);
        const qsizetype end = m_pdf.indexOf("endobj", start);
        if (start < 3 || end < 0)
            unexpected("an unterminated object");
        return m_pdf.mid(start, end - start).trimmed();
    }

    const std::map<qint64, qint64>& offsets() const { return m_offsets; }
    qint64 size() const { return m_size; }
    qint64 root() const { return m_root; }
    qint64 info() const { return m_info; }
    qint64 xref() const { return m_xref; }

private:
    const QByteArray& m_pdf;
    std::map<qint64, qint64> m_offsets;
    qint64 m_xref = 0;
    qint64 m_size = 0;
    qint64 m_root = 0;
    qint64 m_info = 0;
};

QByteArray pdfString(const std::string& text)
{
    QByteArray out = "(";
    for (char c : text) {
        if (c == '(' || c == ')' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + ")";
}

std::vector<qint64> pageObjects(const PdfObjects& objects)
{
    const QByteArray catalog = objects.body(objects.root());
    const QByteArray pages = PdfObjects::capture(catalog, R"(/Pages\s+(\d+)\s+0\s+R)");
    if (pages.isEmpty())
        unexpected("no page tree");
    const QByteArray tree = objects.body(pages.toLongLong());
    const qsizetype kids = tree.indexOf("/Kids");
    const qsizetype open = tree.indexOf('[', kids);
    const qsizetype close = tree.indexOf(']', open);
    if (kids < 0 || open < 0 || close < 0)
        unexpected("no /Kids in the page tree");
    std::vector<qint64> out;
    static const QRegularExpression reference(QStringLiteral(R"((\d+)\s+0\s+R)"));
    auto matches = reference.globalMatch(QLatin1String(tree.mid(open, close - open)));
    while (matches.hasNext())
        out.push_back(matches.next().captured(1).toLongLong());
    return out;
}

/// A code point Qt picked for a glyph, as the text has it: the unified ideograph for a Kangxi or supplementary
/// radical, the letters of a ligature, a space for a control character.
QString readableTarget(const QString& target)
{
    if (target.size() != 1)
        return target;
    const char16_t unit = target.front().unicode();
    if (unit > 0 && unit < 0x20)
        return QStringLiteral(" ");
    const bool radical = unit >= 0x2E80 && unit <= 0x2FDF;
    const bool ligature = unit >= 0xFB00 && unit <= 0xFB4F;
    return radical || ligature ? target.normalized(QString::NormalizationForm_KC) : target;
}

QString utf16Hex(const QByteArray& hex)
{
    QString out;
    for (qsizetype i = 0; i + 4 <= hex.size(); i += 4)
        out += QChar(static_cast<char16_t>(hex.mid(i, 4).toUInt(nullptr, 16)));
    return out;
}

QByteArray hexOf(const QString& text)
{
    QByteArray out;
    for (QChar c : text)
        out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return out;
}

/// The glyph → text pairs of a ToUnicode CMap as Qt writes it (bfrange lines with a start or an array, bfchar).
std::map<uint, QString> readCMap(const QByteArray& cmap)
{
    std::map<uint, QString> out;
    static const QRegularExpression token(
        QStringLiteral(R"(<([0-9A-Fa-f]*)>|\[|\]|beginbfrange|endbfrange|beginbfchar|endbfchar)"));
    enum class Section
    {
        None,
        Range,
        Char
    } section
        = Section::None;
    std::vector<QByteArray> pending; // hex tokens of the current entry
    bool inArray = false;
    std::vector<QByteArray> array;
    auto matches = token.globalMatch(QLatin1String(cmap));
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const QString word = match.captured(0);
        if (word == QLatin1String("beginbfrange")) {
            section = Section::Range;
        } else if (word == QLatin1String("beginbfchar")) {
            section = Section::Char;
        } else if (word.startsWith(QLatin1String("end"))) {
            section = Section::None;
        } else if (section == Section::None) {
            continue;
        } else if (word == QLatin1String("[")) {
            inArray = true;
            array.clear();
        } else if (word == QLatin1String("]")) {
            inArray = false;
            if (pending.size() == 2) {
                const uint low = pending[0].toUInt(nullptr, 16);
                for (std::size_t i = 0; i < array.size(); ++i)
                    out[low + static_cast<uint>(i)] = utf16Hex(array[i]);
            }
            pending.clear();
        } else if (inArray) {
            array.push_back(match.captured(1).toLatin1());
        } else {
            pending.push_back(match.captured(1).toLatin1());
            if (section == Section::Char && pending.size() == 2) {
                out[pending[0].toUInt(nullptr, 16)] = utf16Hex(pending[1]);
                pending.clear();
            } else if (section == Section::Range && pending.size() == 3) {
                const uint low = pending[0].toUInt(nullptr, 16);
                const uint high = pending[1].toUInt(nullptr, 16);
                QString target = utf16Hex(pending[2]);
                for (uint glyph = low; glyph <= high && !target.isEmpty(); ++glyph) {
                    out[glyph] = target;
                    target.back() = QChar(static_cast<char16_t>(target.back().unicode() + 1));
                }
                pending.clear();
            }
        }
    }
    return out;
}

QByteArray writeCMap(const std::map<uint, QString>& map)
{
    QByteArray out = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                     "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    auto it = map.begin();
    while (it != map.end()) {
        QByteArray section;
        int count = 0;
        for (; it != map.end() && count < kCharactersPerSection; ++it, ++count)
            section += "<" + QByteArray::number(it->first, 16).rightJustified(4, '0').toUpper() + "> <"
                + hexOf(it->second) + ">\n";
        out += QByteArray::number(count) + " beginbfchar\n" + section + "endbfchar\n";
    }
    return out + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
}

/// The repaired ToUnicode stream object, or nothing when Qt's map reads right already.
std::optional<QByteArray> repairedToUnicode(const QByteArray& body)
{
    const qsizetype stream = body.indexOf("stream");
    const qsizetype end = body.lastIndexOf("endstream");
    if (stream < 0 || end < stream || body.left(stream).contains("/Filter"))
        return std::nullopt;
    std::map<uint, QString> map = readCMap(body.mid(stream + 6, end - stream - 6));
    bool changed = false;
    for (auto& [glyph, text] : map) {
        const QString readable = readableTarget(text);
        changed = changed || readable != text;
        text = readable;
    }
    if (!changed)
        return std::nullopt;
    const QByteArray cmap = writeCMap(map);
    return "<< /Length " + QByteArray::number(cmap.size()) + " >>\nstream\n" + cmap + "endstream";
}

} // namespace

QByteArray PdfFinisher::finish(const QByteArray& pdf, const std::map<std::string, PdfDestination>& destinations)
{
    const PdfObjects objects(pdf);
    const std::vector<qint64> pages = pageObjects(objects);
    std::map<qint64, QByteArray> changed; // object number → new body

    static const QRegularExpression internalLink(
        QStringLiteral(R"(/A\s*<<\s*/Type\s*/Action\s*/S\s*/URI\s*/URI\s*\(#([^)]*)\)\s*>>)"));
    static const QRegularExpression toUnicode(QStringLiteral(R"(/ToUnicode\s+(\d+)\s+0\s+R)"));
    for (const auto& [number, offset] : objects.offsets()) {
        const QByteArray peek = objects.body(number, kDictionaryPeek);
        if (peek.contains("/Subtype /Link") && peek.contains("/URI (#")) {
            QString body = QString::fromLatin1(objects.body(number));
            const QRegularExpressionMatch match = internalLink.match(body);
            if (match.hasMatch() && destinations.count(match.captured(1).toStdString())) {
                body.replace(match.capturedStart(), match.capturedLength(),
                             QStringLiteral("/A << /S /GoTo /D %1 >>")
                                 .arg(QLatin1String(pdfString(match.captured(1).toStdString()))));
                changed[number] = body.toLatin1();
            }
        } else if (peek.contains("/Type /Font")) {
            const QRegularExpressionMatch match = toUnicode.match(QLatin1String(objects.body(number)));
            if (match.hasMatch()) {
                const qint64 map = match.captured(1).toLongLong();
                if (auto repaired = repairedToUnicode(objects.body(map)))
                    changed[map] = *repaired;
            }
        }
    }

    qint64 next = objects.size();
    if (!destinations.empty()) {
        QByteArray names = "<< /Names [\n";
        for (const auto& [name, destination] : destinations) { // std::map: sorted, as a name tree must be
            if (destination.page < 0 || destination.page >= static_cast<int>(pages.size()))
                continue;
            names += pdfString(name) + " [" + QByteArray::number(pages[static_cast<std::size_t>(destination.page)])
                + " 0 R /XYZ " + QByteArray::number(destination.left, 'f', 2) + " "
                + QByteArray::number(destination.top, 'f', 2) + " null]\n";
        }
        names += "] >>";
        const qint64 tree = next++;
        changed[tree] = names;
        QByteArray catalog = objects.body(objects.root());
        if (catalog.contains("/Names"))
            unexpected("a catalog with /Names already");
        const qsizetype close = catalog.lastIndexOf(">>");
        catalog.insert(close, "/Names << /Dests " + QByteArray::number(tree) + " 0 R >>\n");
        changed[objects.root()] = catalog;
    }
    if (changed.empty())
        return pdf;

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    std::map<qint64, qint64> written;
    for (const auto& [number, body] : changed) {
        written[number] = out.size();
        out += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    }
    const qint64 xref = out.size();
    out += "xref\n";
    for (const auto& [number, offset] : written) {
        out += QByteArray::number(number) + " 1\n" + QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    out += "trailer\n<<\n/Size " + QByteArray::number(next) + "\n/Root " + QByteArray::number(objects.root())
        + " 0 R\n";
    if (objects.info() > 0)
        out += "/Info " + QByteArray::number(objects.info()) + " 0 R\n";
    out += "/Prev " + QByteArray::number(objects.xref()) + "\n>>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace sayline::exporting
