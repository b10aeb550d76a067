// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "common/ArticleHandle.h"
#include "model/Span.h"
#include "reader/Highlights.h"

class QAbstractItemModel;
class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QTabWidget;
class QTreeView;

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

    void setArticle(ArticleHandle article);
    QSize sizeHint() const override { return { 480, 480 }; }

    SpeakerModel* speakerModel() const { return m_speakers; }
    EntityModel* organizationModel() const { return m_organizations; }
    EntityModel* peopleModel() const { return m_people; }
    EventModel* eventModel() const { return m_events; }

Q_SIGNALS:
    /// The user selected a row: show what it is and where it stands in the article.
    void itemSelected(const sayline::app::HighlightTarget& target, sayline::model::Span span);

private:
    QTreeView* addView(const QString& name, const QString& title, QAbstractItemModel* model, bool tree);
    void onCurrentChanged(const QModelIndex& current);
    void updateTabTitles();

    SpeakerModel* m_speakers;
    EntityModel* m_organizations;
    EntityModel* m_people;
    EventModel* m_events;
    QLineEdit* m_filter;
    QTabWidget* m_tabs;
    QList<QSortFilterProxyModel*> m_proxies;
    QStringList m_titles;
};

} // namespace sayline::app
