// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <memory>

#include "common/ArticleHandle.h"
#include "model/Span.h"
#include "reader/Highlights.h"

class QAbstractItemModel;
class QModelIndex;
class QSortFilterProxyModel;
class QTreeView;

namespace Ui {
class SidePanel;
}

namespace sayline::app {

class EntityModel;
class EventModel;
class SpeakerModel;

/// The side panel beside the reader: the article's speakers with their statements, its organizations, its
/// people and places, and its dated events, with one filter box over all of them.
class SidePanel : public QWidget
{
    Q_OBJECT

public:
    explicit SidePanel(QWidget* parent = nullptr);
    ~SidePanel() override;

    void setArticle(ArticleHandle article);
    QSize sizeHint() const override { return { 360, 480 }; }
    /// True when the tabs did not fit and a list (combo box) stands in for them.
    bool showsSectionList() const;

    SpeakerModel* speakerModel() const { return m_speakers; }
    EntityModel* organizationModel() const { return m_organizations; }
    EntityModel* peopleModel() const { return m_people; }
    EventModel* eventModel() const { return m_events; }

Q_SIGNALS:
    /// The user selected a row: show what it is and where it stands in the article.
    void itemSelected(const sayline::app::HighlightTarget& target, sayline::model::Span span);
    /// The user right-clicked a row (after it was selected).
    void contextMenuRequested(const sayline::app::HighlightTarget& target, const QPoint& globalPosition);

private:
    void setUpView(QTreeView* view, QAbstractItemModel* model, bool tree);
    std::optional<std::pair<HighlightTarget, model::Span>> targetOf(const QModelIndex& current) const;
    void updateTabTitles();
    /// Tabs when their full titles fit the width, else the list.
    void chooseSectionControl();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    std::unique_ptr<Ui::SidePanel> m_ui;
    SpeakerModel* m_speakers;
    EntityModel* m_organizations;
    EntityModel* m_people;
    EventModel* m_events;
    QList<QSortFilterProxyModel*> m_proxies;
    QStringList m_titles;
};

} // namespace sayline::app
