// SPDX-License-Identifier: GPL-3.0-or-later
#include "Encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <climits>
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

std::string convertWith(const std::string& name, std::string_view bytes)
{
    if (bytes.size() > static_cast<std::size_t>(INT_MAX / 2))
        throw Error(ErrorCode::TooLarge, "input too large to decode");
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr converter(ucnv_open(name.c_str(), &status));
    if (U_FAILURE(status) || !converter)
        throw Error(ErrorCode::Encoding, "no converter for charset '" + name + "'");
    // Each input byte yields at most two UTF-16 units (surrogate pairs come from 4-byte sequences).
    std::u16string utf16(bytes.size() * 2 + 2, u'\0');
    int32_t length = ucnv_toUChars(converter.get(), utf16.data(), static_cast<int32_t>(utf16.size()), bytes.data(),
                                   static_cast<int32_t>(bytes.size()), &status);
    if (U_FAILURE(status))
        throw Error(ErrorCode::Encoding, "cannot decode bytes as " + name + ": " + u_errorName(status));
    std::string out(static_cast<std::size_t>(length) * 3 + 1, '\0');
    int32_t outLength = 0;
    status = U_ZERO_ERROR;
    u_strToUTF8WithSub(out.data(), static_cast<int32_t>(out.size()), &outLength, utf16.data(), length, 0xFFFD, nullptr,
                       &status);
    if (U_FAILURE(status))
        throw Error(ErrorCode::Encoding, std::string("cannot encode UTF-8: ") + u_errorName(status));
    out.resize(static_cast<std::size_t>(outLength));
    return out;
}

bool hasNonAscii(std::string_view bytes)
{
    return std::any_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// True when the bytes hold at least one well-formed multi-byte UTF-8 sequence.
bool hasUtf8Sequence(std::string_view bytes)
{
    for (std::size_t i = 0; i + 1 < bytes.size(); ++i) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        const std::size_t length = lead >= 0xC2 && lead <= 0xDF ? 2
            : lead >= 0xE0 && lead <= 0xEF                      ? 3
            : lead >= 0xF0 && lead <= 0xF4                      ? 4
                                                                : 0;
        if (length == 0 || i + length > bytes.size())
            continue;
        if (model::isValidUtf8(bytes.substr(i, length)))
            return true;
    }
    return false;
}

std::string detectCharset(std::string_view bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    DetectorPtr detector(ucsdet_open(&status));
    if (U_FAILURE(status))
        return "windows-1252";
    const std::size_t sample = std::min<std::size_t>(bytes.size(), 64 * 1024);
    ucsdet_enableInputFilter(detector.get(), true); // ignore markup
    ucsdet_setText(detector.get(), bytes.data(), static_cast<int32_t>(sample), &status);
    const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
    if (U_FAILURE(status) || !match)
        return "windows-1252";
    const int32_t confidence = ucsdet_getConfidence(match, &status);
    const char* name = ucsdet_getName(match, &status);
    if (U_FAILURE(status) || !name || confidence < 10)
        return "windows-1252";
    return converterName(lowerTrimmed(name));
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
    if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF")
        return model::sanitizeUtf8(bytes.substr(3));
    if (bytes.size() >= 2 && bytes.substr(0, 2) == "\xFF\xFE")
        return convertWith("UTF-16LE", bytes.substr(2));
    if (bytes.size() >= 2 && bytes.substr(0, 2) == "\xFE\xFF")
        return convertWith("UTF-16BE", bytes.substr(2));
    const bool validUtf8 = model::isValidUtf8(bytes);
    if (!hasNonAscii(bytes))
        return std::string(bytes);
    // Valid UTF-8 with multi-byte sequences almost never arises from a legacy charset, while pages re-saved as
    // UTF-8 often keep their old declaration; so valid UTF-8 wins over the label.
    if (validUtf8)
        return std::string(bytes);
    const std::string label = lowerTrimmed(declaredCharset);
    if (!label.empty()) {
        const std::string name = converterName(label);
        // Declared UTF-8 with a few broken sequences is UTF-8; without a single well-formed multi-byte
        // sequence it is a legacy page with a wrong label.
        if (name == "UTF-8") {
            if (hasUtf8Sequence(bytes))
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

} // namespace sayline::ingest
