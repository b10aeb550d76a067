// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QStringList>
#include <memory>
#include <string>

#include "common/ArticleHandle.h"
#include "model/Span.h"

namespace sayline::test {

/// The code point span of the n-th occurrence of text in the UTF-8 body (as the analysis contract counts).
model::Span spanOf(const std::string& body, const std::string& text, int occurrence = 0);

/// A hand-built analysed article with an emoji before every highlight (so UTF-16 and code point offsets
/// differ), two speakers (one named, one unnamed source), organizations with acronyms, a place and a date.
app::ArticleHandle makeAnalysedArticle();

/// Runs QAbstractItemModelTester on a model for its lifetime and collects what it reports.
class ModelCheck
{
public:
    explicit ModelCheck(QAbstractItemModel* model);
    ~ModelCheck();
    ModelCheck(const ModelCheck&) = delete;
    ModelCheck& operator=(const ModelCheck&) = delete;

    /// The tester's warnings so far; empty when the model behaved.
    QStringList problems() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sayline::test
