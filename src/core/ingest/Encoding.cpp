// SPDX-License-Identifier: GPL-3.0-or-later
#include "Encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <memory>

#include "model/Error.h"
#include "model/Utf8.h"

namespace sayline::ingest {
namespace {

struct ConverterDeleter
{
    void operator()(UConverter* converter) const noexcept { ucnv_close(converter); }
};
struct DetectorDeleter
{
    void operator()(UCharsetDetector* detector) const noexcept { ucsdet_close(detector); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterDeleter>;
using DetectorPtr = std::unique_ptr<UCharsetDetector, DetectorDeleter>;

std::string lowerTrimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '"' || text.front() == '\''))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '"' || text.back() == '\''))
        text.remove_suffix(1);
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

bool isUtf8Label(const std::string& label)
{
    return label == "utf-8" || label == "utf8" || label == "unicode-1-1-utf-8" || label == "x-unicode20utf8";
}

// Labels as browsers interpret them (WHATWG Encoding): the common Chinese labels mean GB18030's superset,
// Latin-1 and ASCII mean windows-1252, a UTF-16 label inside an ASCII-compatible document means UTF-8.
std::string converterName(const std::string& label)
{
    if (isUtf8Label(label) || label.rfind("utf-16", 0) == 0 || label == "unicode")
        return "UTF-8";
    if (label == "gb2312" || label == "gbk" || label == "x-gbk" || label == "gb_2312-80" || label == "chinese"
        || label == "csgb2312" || label == "gb18030" || label == "cp936" || label == "windows-936" || label == "euc-cn")
        return "GB18030";
    if (label == "big5" || label == "big5-hkscs" || label == "x-x-big5" || label == "cn-big5" || label == "csbig5")
        return "windows-950";
    if (label == "iso-8859-1" || label == "latin1" || label == "l1" || label == "us-ascii" || label == "ascii"
        || label == "iso8859-1" || label == "iso_8859-1" || label == "cp1252" || label == "x-cp1252")
        return "windows-1252";
    if (label == "shift_jis" || label == "shift-jis" || label == "sjis" || label == "x-sjis" || label == "ms_kanji"
        || label == "windows-31j" || label == "csshiftjis")
        return "windows-31j";
    if (label == "euc-kr" || label == "ks_c_5601-1987" || label == "korean" || label == "windows-949")
        return "windows-949";
    return label;
}

/// Every byte sequence the converter cannot decode becomes one U+FFFD (ICU's default writes U+001A for an
/// unassigned byte of some single-byte charsets, which would then pass for a control character).
void substituteReplacementCharacter(const void*, UConverterToUnicodeArgs* args, const char*, int32_t,
                                    UConverterCallbackReason reason, UErrorCode* status)
{
    if (reason != UCNV_UNASSIGNED && reason != UCNV_ILLEGAL && reason != UCNV_IRREGULAR)
        return; // reset, close and clone calls
    *status = U_ZERO_ERROR;
    static const UChar replacement = 0xFFFD;
    ucnv_cbToUWriteUChars(args, &replacement, 1, 0, status);
}

/// Appends UTF-16 code units as UTF-8; a lead surrogate at the end of a chunk waits in pendingLead for the
/// next one, and an unpaired surrogate becomes U+FFFD.
void appendUtf16(std::string& out, const UChar* begin, const UChar* end, UChar& pendingLead)
{
    for (const UChar* unit = begin; unit != end; ++unit) {
        const UChar u = *unit;
        if (pendingLead != 0) {
            const UChar lead = pendingLead;
            pendingLead = 0;
            if (U16_IS_TRAIL(u)) {
                model::appendUtf8(out, U16_GET_SUPPLEMENTARY(lead, u));
                continue;
            }
            model::appendUtf8(out, 0xFFFD);
        }
        if (U16_IS_LEAD(u))
            pendingLead = u;
        else
            model::appendUtf8(out, u); // a lone trail surrogate becomes U+FFFD there
    }
}

/// Decodes bytes in a fixed-size buffer, chunk by chunk (memory stays at the size of the UTF-8 result).
std::string convertWith(const std::string& name, std::string_view bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr converter(ucnv_open(name.c_str(), &status));
    if (U_FAILURE(status) || !converter)
        throw Error(ErrorCode::Encoding, "no converter for charset '" + name + "'");
    ucnv_setToUCallBack(converter.get(), substituteReplacementCharacter, nullptr, nullptr, nullptr, &status);
    if (U_FAILURE(status))
        throw Error(ErrorCode::Encoding, std::string("cannot set up the ") + name + " decoder: " + u_errorName(status));
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 2);
    std::array<UChar, 16 * 1024> buffer {};
    const char* source = bytes.data();
    const char* const sourceEnd = bytes.data() + bytes.size();
    UChar pendingLead = 0;
    do {
        status = U_ZERO_ERROR;
        UChar* target = buffer.data();
        ucnv_toUnicode(converter.get(), &target, buffer.data() + buffer.size(), &source, sourceEnd, nullptr, true,
                       &status);
        appendUtf16(out, buffer.data(), target, pendingLead);
    } while (status == U_BUFFER_OVERFLOW_ERROR);
    if (U_FAILURE(status))
        throw Error(ErrorCode::Encoding, "cannot decode bytes as " + name + ": " + u_errorName(status));
    if (pendingLead != 0)
        model::appendUtf8(out, 0xFFFD);
    return out;
}

/// The end of the run of ASCII bytes starting at i, eight bytes at a time.
std::size_t asciiRunEnd(std::string_view bytes, std::size_t i)
{
    constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
    for (std::uint64_t word; i + 8 <= bytes.size(); i += 8) {
        std::memcpy(&word, bytes.data() + i, 8);
        if (word & kHighBits)
            break;
    }
    while (i < bytes.size() && static_cast<unsigned char>(bytes[i]) < 0x80)
        ++i;
    return i;
}

bool hasNonAscii(std::string_view bytes)
{
    return asciiRunEnd(bytes, 0) < bytes.size();
}

/// How the non-ASCII bytes read as UTF-8: well-formed multi-byte sequences, and bytes that start none.
struct Utf8Census
{
    std::size_t sequences = 0;
    std::size_t malformed = 0;
};

Utf8Census utf8Census(std::string_view bytes)
{
    Utf8Census census;
    for (std::size_t i = 0; i < bytes.size();) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        if (lead < 0x80) {
            i = asciiRunEnd(bytes, i);
            continue;
        }
        const std::size_t length = lead >= 0xC2 && lead <= 0xDF ? 2
            : lead >= 0xE0 && lead <= 0xEF                      ? 3
            : lead >= 0xF0 && lead <= 0xF4                      ? 4
                                                                : 0;
        if (length != 0 && i + length <= bytes.size() && model::isValidUtf8(bytes.substr(i, length))) {
            ++census.sequences;
            i += length;
        } else {
            ++census.malformed;
            ++i;
        }
    }
    return census;
}

/// UTF-8 with a few broken sequences (a truncated download, one stray Latin-1 byte pasted in) is still UTF-8:
/// legacy charsets almost never form more well-formed multi-byte UTF-8 sequences than malformed bytes
/// (windows-1252 text forms none; GBK, Big5 and Shift_JIS text forms a few for many malformed ones).
bool isMostlyUtf8(const Utf8Census& census)
{
    return census.sequences > census.malformed;
}

/// NUL is no text in any article format (libxml2 and the analysis would end the text there); U+FFFD marks
/// where it was.
std::string replaceNul(std::string text)
{
    if (text.find('\0') == std::string::npos)
        return text;
    std::string out;
    out.reserve(text.size() + 16);
    for (const char c : text) {
        if (c == '\0')
            out += "\xEF\xBF\xBD";
        else
            out += c;
    }
    return out;
}

/// ICU's guess for bytes that are not UTF-8 (they were checked first) and carry no byte-order mark: the most
/// confident legacy charset; a Unicode answer is ignored (on short Latin-1 text ICU offers UTF-16 first, and
/// UTF-16 without a mark has been recognised before this). windows-1252 when nothing fits.
std::string detectCharset(std::string_view bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    DetectorPtr detector(ucsdet_open(&status));
    if (U_FAILURE(status))
        return "windows-1252";
    const std::size_t sample = std::min<std::size_t>(bytes.size(), 64 * 1024);
    ucsdet_enableInputFilter(detector.get(), true); // ignore markup
    ucsdet_setText(detector.get(), bytes.data(), static_cast<int32_t>(sample), &status);
    int32_t count = 0;
    const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &count, &status);
    for (int32_t i = 0; U_SUCCESS(status) && matches && i < count; ++i) {
        const int32_t confidence = ucsdet_getConfidence(matches[i], &status);
        const char* name = ucsdet_getName(matches[i], &status);
        if (U_FAILURE(status) || !name || confidence < 10)
            break;
        const std::string label = lowerTrimmed(name);
        if (label.rfind("utf-", 0) != 0)
            return converterName(label);
    }
    return "windows-1252";
}

// The value of one attribute in a tag's text (already lower-cased), attributes parsed left to right so that
// text inside another attribute's quoted value never matches.
std::string attributeValue(std::string_view tag, std::string_view wanted)
{
    auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/'; };
    std::size_t pos = tag.find_first_of(" \t\n\r\f/"); // skip the tag name
    while (pos != std::string_view::npos && pos < tag.size()) {
        while (pos < tag.size() && isSpace(tag[pos]))
            ++pos;
        const std::size_t nameStart = pos;
        while (pos < tag.size() && !isSpace(tag[pos]) && tag[pos] != '=' && tag[pos] != '>')
            ++pos;
        const std::string_view name = tag.substr(nameStart, pos - nameStart);
        if (name.empty())
            return {};
        while (pos < tag.size() && isSpace(tag[pos]) && tag[pos] != '/')
            ++pos;
        std::string_view value;
        if (pos < tag.size() && tag[pos] == '=') {
            ++pos;
            while (pos < tag.size() && (tag[pos] == ' ' || tag[pos] == '\t' || tag[pos] == '\n'))
                ++pos;
            if (pos < tag.size() && (tag[pos] == '"' || tag[pos] == '\'')) {
                const char quote = tag[pos];
                const std::size_t end = tag.find(quote, pos + 1);
                value = tag.substr(pos + 1, end == std::string_view::npos ? std::string_view::npos : end - pos - 1);
                pos = end == std::string_view::npos ? tag.size() : end + 1;
            } else {
                const std::size_t start = pos;
                while (pos < tag.size() && !isSpace(tag[pos]) && tag[pos] != '>')
                    ++pos;
                value = tag.substr(start, pos - start);
            }
        }
        if (name == wanted)
            return std::string(value);
    }
    return {};
}

std::string charsetFromContentType(std::string_view content)
{
    std::size_t pos = content.find("charset");
    if (pos == std::string_view::npos)
        return {};
    pos = content.find('=', pos);
    if (pos == std::string_view::npos)
        return {};
    std::size_t end = content.find_first_of(";, ", pos + 1);
    return lowerTrimmed(content.substr(pos + 1, end == std::string_view::npos ? end : end - pos - 1));
}

/// decodeToUtf8 before NUL characters are replaced.
std::string decodeCharset(std::string_view bytes, std::string_view declaredCharset)
{
    if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF")
        return model::sanitizeUtf8(bytes.substr(3));
    if (bytes.size() >= 2 && bytes.substr(0, 2) == "\xFF\xFE")
        return convertWith("UTF-16LE", bytes.substr(2));
    if (bytes.size() >= 2 && bytes.substr(0, 2) == "\xFE\xFF")
        return convertWith("UTF-16BE", bytes.substr(2));
    if (!hasNonAscii(bytes))
        return std::string(bytes);
    // Valid UTF-8 with multi-byte sequences almost never arises from a legacy charset, while pages re-saved as
    // UTF-8 often keep their old declaration; so (mostly) valid UTF-8 wins over the label, and a few broken
    // sequences are replaced one by one instead of re-reading the whole text in another charset.
    const Utf8Census census = utf8Census(bytes);
    if (census.malformed == 0)
        return std::string(bytes);
    if (isMostlyUtf8(census))
        return model::sanitizeUtf8(bytes);
    const std::string label = lowerTrimmed(declaredCharset);
    if (!label.empty()) {
        const std::string name = converterName(label);
        // Declared UTF-8 with a few broken sequences is UTF-8; without a single well-formed multi-byte
        // sequence it is a legacy page with a wrong label.
        if (name == "UTF-8") {
            if (census.sequences > 0)
                return model::sanitizeUtf8(bytes);
            return convertWith(detectCharset(bytes), bytes);
        }
        UErrorCode status = U_ZERO_ERROR;
        ConverterPtr probe(ucnv_open(name.c_str(), &status));
        if (U_SUCCESS(status) && probe)
            return convertWith(name, bytes);
    }
    return convertWith(detectCharset(bytes), bytes);
}

} // namespace

std::string sniffHtmlCharset(std::string_view bytes)
{
    // Browsers prescan 1024 bytes; saved pages often carry long heads before the meta, so look further.
    std::string head = lowerTrimmed(bytes.substr(0, std::min<std::size_t>(bytes.size(), 16 * 1024)));
    if (head.rfind("<?xml", 0) == 0) {
        std::size_t end = head.find("?>");
        std::string encoding = attributeValue(std::string_view(head).substr(0, end), "encoding");
        if (!encoding.empty())
            return lowerTrimmed(encoding);
    }
    std::size_t pos = 0;
    while ((pos = head.find("<meta", pos)) != std::string::npos) {
        std::size_t end = head.find('>', pos);
        std::string_view tag = std::string_view(head).substr(pos, end == std::string::npos ? end : end - pos);
        pos += 5;
        std::string charset = attributeValue(tag, "charset");
        if (!charset.empty())
            return lowerTrimmed(charset);
        std::string content = attributeValue(tag, "content");
        if (!content.empty() && attributeValue(tag, "http-equiv") == "content-type") {
            std::string fromContent = charsetFromContentType(content);
            if (!fromContent.empty())
                return fromContent;
        }
    }
    return {};
}

std::string decodeToUtf8(std::string_view bytes, std::string_view declaredCharset)
{
    return replaceNul(decodeCharset(bytes, declaredCharset));
}

std::optional<std::string> withUtf16ByteOrderMark(std::string_view bytes)
{
    if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF" || bytes.substr(0, 3) == "\xEF\xBB\xBF")
        return std::nullopt;
    const std::string_view head = bytes.substr(0, std::min<std::size_t>(bytes.size(), 8 * 1024) & ~std::size_t { 1 });
    const std::size_t pairs = head.size() / 2;
    if (pairs < 8)
        return std::nullopt;
    // Without a single zero byte (nearly every file) no order has the zero high bytes asked for below.
    if (std::memchr(head.data(), 0, head.size()) == nullptr)
        return std::nullopt;
    // In UTF-16LE ASCII text the second byte of a pair is zero and the first a printable character (BE: the
    // other way round). Binary data with zero bytes has control characters where text has letters.
    std::size_t zeroHigh[2] = { 0, 0 }; // [0]: LE (second byte zero), [1]: BE (first byte zero)
    std::size_t zeroLow[2] = { 0, 0 };
    std::size_t printable[2] = { 0, 0 };
    auto isTextByte = [](unsigned char c) { return c >= 0x20 || c == '\t' || c == '\n' || c == '\r'; };
    for (std::size_t i = 0; i < pairs; ++i) {
        const auto first = static_cast<unsigned char>(head[2 * i]);
        const auto second = static_cast<unsigned char>(head[2 * i + 1]);
        for (int order = 0; order < 2; ++order) {
            const unsigned char high = order == 0 ? second : first;
            const unsigned char low = order == 0 ? first : second;
            if (high == 0) {
                ++zeroHigh[order];
                if (isTextByte(low))
                    ++printable[order];
            }
            if (low == 0)
                ++zeroLow[order];
        }
    }
    for (int order = 0; order < 2; ++order) {
        const bool asciiHeavy = zeroHigh[order] * 10 >= pairs * 3; // 30% of the characters at least
        const bool textLike = printable[order] * 100 >= zeroHigh[order] * 98;
        const bool lowNeverZero = zeroLow[order] * 100 <= pairs;
        if (asciiHeavy && textLike && lowNeverZero)
            return std::string(order == 0 ? "\xFF\xFE" : "\xFE\xFF") + std::string(bytes);
    }
    return std::nullopt;
}

} // namespace sayline::ingest
