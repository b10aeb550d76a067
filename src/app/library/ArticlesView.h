// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>
#include <filesystem>
#include <memory>

#include "store/Records.h"

class QTreeView;

namespace Ui {
class ArticlesView;
}

namespace sayline::app {

class LibraryArticleModel;
class SpeakerCompleter;

/// The library's articles: a list of every article, sortable by title, date, publisher and statements, with a
/// filter box and facets (publisher, speaker, organization, date range). Choosing an article asks for it to be
/// read.
class ArticlesView : public QWidget
{
    Q_OBJECT

public:
    explicit ArticlesView(QWidget* parent = nullptr);
    ~ArticlesView() override;

    /// Shows this library's articles (call once, before use).
    void setLibrary(const std::filesystem::path& library);
    LibraryArticleModel* model() const { return m_model; }
    QTreeView* view() const;
    /// Selects the article's row if it is among the rows read (without asking to read it again).
    void select(store::RowId articleId);
    store::RowId currentArticle() const;
    /// Selects the next (delta 1) or previous article and asks for it to be read.
    void step(int delta);

public Q_SLOTS:
    /// Reads the library again (new articles, new counts), keeping the selection and the facet values.
    void refresh();

Q_SIGNALS:
    void articleChosen(qint64 articleId);
    void contextMenuRequested(qint64 articleId, const QPoint& globalPosition);
    void problem(const QString& message);

private:
    void applyFilter();
    void fillFacets();
    void updateCount();

    std::unique_ptr<Ui::ArticlesView> m_ui;
    std::filesystem::path m_library;
    LibraryArticleModel* m_model = nullptr;
    SpeakerCompleter* m_speakerCompleter = nullptr;
    QTimer m_typing;
    bool m_selecting = false;
};

} // namespace sayline::app
