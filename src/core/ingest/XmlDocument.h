// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct _xmlDoc;
struct _xmlNode;

namespace sayline::ingest {

using XmlNode = _xmlNode;

/// A parsed XML document, owned. Parsing never touches the network or the file system: no DTD loading, no
/// entity substitution, an external entity loader that refuses everything, libxml2's size limits kept.
class XmlDocument
{
public:
    /// Parses bytes (any encoding libxml2 knows from the declaration); throws Error(Malformed) on failure.
    static XmlDocument parse(std::string_view bytes);

    XmlNode* root() const;

private:
    struct Deleter
    {
        void operator()(_xmlDoc* doc) const noexcept;
    };
    std::unique_ptr<_xmlDoc, Deleter> m_doc;
};

/// Small read-only helpers over libxml2 nodes that never expand entity references.
namespace xml {

std::string_view localName(const XmlNode* node);
std::string_view namespaceUri(const XmlNode* node);
bool isElement(const XmlNode* node, std::string_view localName);

/// Element children, optionally only those with the given local name.
std::vector<XmlNode*> children(const XmlNode* node, std::string_view localName = {});
XmlNode* firstChild(const XmlNode* node, std::string_view localName);
/// The first descendant element (depth first) with the local name, or nullptr.
XmlNode* firstDescendant(const XmlNode* node, std::string_view localName);
/// Follows a path of local names from node ("head/docdata/date.issue"); nullptr when a step is missing.
XmlNode* path(const XmlNode* node, std::string_view slashSeparated);

/// The concatenated text below node; entity references are left out, never expanded.
std::string text(const XmlNode* node);
/// Attribute value by local name ("" when missing).
std::string attribute(const XmlNode* node, std::string_view localName);
/// The xml:lang in scope at node (inherited from ancestors), or nullopt.
std::optional<std::string> language(const XmlNode* node);
/// The markup of node's children, serialised as XML (for XHTML content handed to the HTML reader).
std::string innerMarkup(const XmlNode* node);

} // namespace xml
} // namespace sayline::ingest
