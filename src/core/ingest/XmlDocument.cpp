// SPDX-License-Identifier: GPL-3.0-or-later
#include "XmlDocument.h"


#include <libxml/HTMLparser.h>
#include <libxml/entities.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <mutex>

#include "Encoding.h"
#include "model/Error.h"
#include "model/Utf8.h"

namespace sayline::ingest {
namespace {

/// Refuses every external entity, DTD and XInclude resource, whatever the parse options say.
xmlParserInputPtr refuseExternalEntity(const char*, const char*, xmlParserCtxtPtr)
{
    return nullptr;
}

void installEntityLoaderOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        xmlInitParser();
        xmlSetExternalEntityLoader(refuseExternalEntity);
    });
}

struct ContextDeleter
{
    void operator()(xmlParserCtxt* context) const noexcept { xmlFreeParserCtxt(context); }
};
using ContextPtr = std::unique_ptr<xmlParserCtxt, ContextDeleter>;

struct BufferDeleter
{
    void operator()(xmlBuffer* buffer) const noexcept { xmlBufferFree(buffer); }
};

// No XML_PARSE_NOENT (entities stay references), no DTDLOAD/DTDATTR/DTDVALID (nothing external is read),
// no XINCLUDE, no HUGE (libxml2's depth, size and entity amplification limits stay on).
constexpr int kSafeOptions = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;

/// libxml2 2.9 reports its depth limit (256 nested elements) as an internal error with this message; later
/// versions have a resource-limit code for it.
bool isDepthError(int code, const std::string& message)
{
    return code == XML_ERR_INTERNAL_ERROR && message.find("Excessive depth") != std::string::npos;
}

/// Errors after which the document is refused rather than recovered: entity loops and amplification, and
/// the depth limit (recovery would keep the part before it and drop the rest without a word).
bool isLimitError(int code, const std::string& message)
{
    return code == XML_ERR_ENTITY_LOOP || code == XML_ERR_ENTITY_BOUNDARY || code == XML_ERR_INTERNAL_ERROR
        || isDepthError(code, message);
}

/// NUL is not an XML character and libxml2 takes it for the end of the input; in a single-byte or UTF-8
/// document (no UTF-16/32 byte-order mark) it is a stray byte, which decodeToUtf8 replaces.
bool hasStrayNul(std::string_view bytes)
{
    const bool wide = bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF"
        || bytes.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4);
    return !wide && bytes.find('\0') != std::string_view::npos;
}

std::string trimMessage(const char* message)
{
    std::string text = message ? message : "parse error";
    while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
        text.pop_back();
    return text;
}

bool isEncodingError(int code)
{
    return code == XML_ERR_INVALID_CHAR || code == XML_ERR_INVALID_ENCODING || code == XML_ERR_UNKNOWN_ENCODING
        || code == XML_ERR_UNSUPPORTED_ENCODING;
}

xmlDoc* parseWith(std::string_view bytes, int options, std::string& error, int& errorCode,
                  const char* encoding = nullptr)
{
    ContextPtr context(xmlNewParserCtxt());
    if (!context)
        throw Error(ErrorCode::Internal, "cannot create an XML parser");
    xmlDoc* doc
        = xmlCtxtReadMemory(context.get(), bytes.data(), static_cast<int>(bytes.size()), nullptr, encoding, options);
    const xmlError* last = &context->lastError;
    errorCode = last->code;
    if (last->code != XML_ERR_OK)
        error = trimMessage(last->message) + " (line " + std::to_string(last->line) + ")";
    if (doc && !context->wellFormed && !(options & XML_PARSE_RECOVER)) {
        xmlFreeDoc(doc);
        doc = nullptr;
    }
    return doc;
}

bool nameEquals(const xmlChar* name, std::string_view expected)
{
    return name && std::string_view(reinterpret_cast<const char*>(name)) == expected;
}

/// An HTML entity used without a declaration (&nbsp; in an old RSS feed): its character, else nullptr. Declared
/// entities are never expanded, so no document can make the text grow.
const htmlEntityDesc* undeclaredHtmlEntity(const xmlNode* reference)
{
    if (!reference->name || (reference->doc && xmlGetDocEntity(reference->doc, reference->name)))
        return nullptr;
    return htmlEntityLookup(reference->name);
}

void collectText(const xmlNode* node, std::string& out)
{
    for (const xmlNode* child = node->children; child; child = child->next) {
        switch (child->type) {
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
            if (child->content)
                out += reinterpret_cast<const char*>(child->content);
            break;
        case XML_ELEMENT_NODE:
            collectText(child, out);
            break;
        case XML_ENTITY_REF_NODE:
            if (const htmlEntityDesc* entity = undeclaredHtmlEntity(child))
                model::appendUtf8(out, entity->value);
            break;
        default: // declared entity references, comments, processing instructions: left out
            break;
        }
    }
}

} // namespace

void XmlDocument::Deleter::operator()(_xmlDoc* doc) const noexcept
{
    xmlFreeDoc(doc);
}

XmlDocument XmlDocument::parse(std::string_view bytes)
{
    installEntityLoaderOnce();
    if (bytes.size() > static_cast<std::size_t>(INT32_MAX))
        throw Error(ErrorCode::TooLarge, "file is larger than 50 MB");
    std::string error;
    int code = 0;
    XmlDocument document;
    std::string transcoded;
    std::string_view input = bytes;
    int extraOptions = 0;
    const char* encoding = nullptr;
    auto parseTranscoded = [&] {
        // Decoded as a page would be (the declared charset, else detection; NUL and undecodable bytes become
        // U+FFFD), then parsed as UTF-8.
        transcoded = decodeToUtf8(bytes, sniffHtmlCharset(bytes));
        input = transcoded;
        extraOptions = XML_PARSE_IGNORE_ENC;
        encoding = "UTF-8";
        document.m_doc.reset(parseWith(input, kSafeOptions | extraOptions, error, code, encoding));
    };
    if (hasStrayNul(bytes)) {
        parseTranscoded();
    } else {
        document.m_doc.reset(parseWith(bytes, kSafeOptions, error, code));
        // Mislabelled or undeclared charsets are common in feeds.
        if (!document.m_doc && isEncodingError(code))
            parseTranscoded();
    }
    if (!document.m_doc && !isLimitError(code, error)) {
        // Feeds in the wild are often slightly broken (a stray '&', an HTML entity): recover what parses.
        std::string recoverError;
        int recoverCode = 0;
        document.m_doc.reset(
            parseWith(input, kSafeOptions | extraOptions | XML_PARSE_RECOVER, recoverError, recoverCode, encoding));
        if (isLimitError(recoverCode, recoverError)) {
            document.m_doc.reset();
            code = recoverCode;
            error = recoverError;
        }
    }
    if (!document.m_doc && isDepthError(code, error))
        throw Error(ErrorCode::Malformed,
                    "refused XML nested deeper than 256 elements"
                        + error.substr(std::min(error.find(" (line"), error.size())));
    if (!document.m_doc && isLimitError(code, error))
        throw Error(ErrorCode::Malformed, "refused XML entity expansion: " + error);
    if (!document.m_doc || !xmlDocGetRootElement(document.m_doc.get()))
        throw Error(ErrorCode::Malformed, "malformed XML: " + (error.empty() ? std::string("no root element") : error));
    return document;
}

XmlNode* XmlDocument::root() const
{
    return xmlDocGetRootElement(m_doc.get());
}

namespace xml {

std::string_view localName(const XmlNode* node)
{
    if (!node || !node->name)
        return {};
    return reinterpret_cast<const char*>(node->name);
}

std::string_view namespaceUri(const XmlNode* node)
{
    if (!node || node->type != XML_ELEMENT_NODE || !node->ns || !node->ns->href)
        return {};
    return reinterpret_cast<const char*>(node->ns->href);
}

bool isElement(const XmlNode* node, std::string_view name)
{
    return node && node->type == XML_ELEMENT_NODE && nameEquals(node->name, name);
}

std::vector<XmlNode*> children(const XmlNode* node, std::string_view name)
{
    std::vector<XmlNode*> out;
    if (!node)
        return out;
    for (XmlNode* child = node->children; child; child = child->next) {
        if (child->type == XML_ELEMENT_NODE && (name.empty() || nameEquals(child->name, name)))
            out.push_back(child);
    }
    return out;
}

XmlNode* firstChild(const XmlNode* node, std::string_view name)
{
    if (!node)
        return nullptr;
    for (XmlNode* child = node->children; child; child = child->next) {
        if (isElement(child, name))
            return child;
    }
    return nullptr;
}

XmlNode* firstDescendant(const XmlNode* node, std::string_view name)
{
    if (!node)
        return nullptr;
    for (XmlNode* child = node->children; child; child = child->next) {
        if (child->type != XML_ELEMENT_NODE)
            continue;
        if (nameEquals(child->name, name))
            return child;
        if (XmlNode* found = firstDescendant(child, name))
            return found;
    }
    return nullptr;
}

XmlNode* path(const XmlNode* node, std::string_view slashSeparated)
{
    auto* current = const_cast<XmlNode*>(node);
    while (current && !slashSeparated.empty()) {
        const std::size_t slash = slashSeparated.find('/');
        current = firstChild(current, slashSeparated.substr(0, slash));
        slashSeparated = slash == std::string_view::npos ? std::string_view() : slashSeparated.substr(slash + 1);
    }
    return current;
}

std::string text(const XmlNode* node)
{
    std::string out;
    if (node)
        collectText(node, out);
    return out;
}

std::string attribute(const XmlNode* node, std::string_view name)
{
    if (!node || node->type != XML_ELEMENT_NODE)
        return {};
    for (const xmlAttr* attr = node->properties; attr; attr = attr->next) {
        if (nameEquals(attr->name, name)) {
            std::string out;
            for (const xmlNode* child = attr->children; child; child = child->next) {
                if (child->type == XML_TEXT_NODE && child->content)
                    out += reinterpret_cast<const char*>(child->content);
            }
            return out;
        }
    }
    return {};
}

std::optional<std::string> language(const XmlNode* node)
{
    if (!node)
        return std::nullopt;
    xmlChar* lang = xmlNodeGetLang(node);
    if (!lang)
        return std::nullopt;
    std::string out = reinterpret_cast<const char*>(lang);
    xmlFree(lang);
    if (out.empty())
        return std::nullopt;
    return out;
}

std::string innerMarkup(const XmlNode* node)
{
    std::string out;
    if (!node)
        return out;
    std::unique_ptr<xmlBuffer, BufferDeleter> buffer(xmlBufferCreate());
    if (!buffer)
        return out;
    for (XmlNode* child = node->children; child; child = child->next) {
        if (child->type == XML_ENTITY_REF_NODE) {
            if (const htmlEntityDesc* entity = undeclaredHtmlEntity(child))
                model::appendUtf8(out, entity->value);
            continue;
        }
        xmlBufferEmpty(buffer.get());
        if (xmlNodeDump(buffer.get(), node->doc, child, 0, 0) >= 0)
            out.append(reinterpret_cast<const char*>(xmlBufferContent(buffer.get())),
                       static_cast<std::size_t>(xmlBufferLength(buffer.get())));
    }
    return out;
}

} // namespace xml
} // namespace sayline::ingest
