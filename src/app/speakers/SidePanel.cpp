// SPDX-License-Identifier: GPL-3.0-or-later
#include "SidePanel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include "EntityModel.h"
#include "EventModel.h"
#include "SpeakerModel.h"

namespace sayline::app {

SidePanel::SidePanel(QWidget* parent)
    : QWidget(parent)
    , m_speakers(new SpeakerModel(this))
    , m_organizations(new EntityModel({ model::EntityType::Organization }, this))
    , m_people(
          new EntityModel({ model::EntityType::Person, model::EntityType::Location, model::EntityType::Misc }, this))
    , m_events(new EventModel(this))
    , m_filter(new QLineEdit(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("sidePanel"));
    m_filter->setObjectName(QStringLiteral("sidePanelFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter speakers, statements, names, dates…"));
    m_filter->setClearButtonEnabled(true);
    m_tabs->setObjectName(QStringLiteral("sidePanelTabs"));
    m_tabs->setDocumentMode(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_tabs, 1);

    QTreeView* speakers = addView(QStringLiteral("speakerTreeView"), tr("Speakers"), m_speakers, true);
    speakers->header()->setStretchLastSection(false);
    speakers->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    speakers->header()->setSectionResizeMode(SpeakerModel::TextColumn, QHeaderView::Stretch);
    QTreeView* organizations = addView(QStringLiteral("organizationView"), tr("Organizations"), m_organizations, false);
    organizations->sortByColumn(EntityModel::MentionsColumn, Qt::DescendingOrder);
    QTreeView* people = addView(QStringLiteral("peoplePlacesView"), tr("People && places"), m_people, false);
    people->sortByColumn(EntityModel::MentionsColumn, Qt::DescendingOrder);
    QTreeView* events = addView(QStringLiteral("eventView"), tr("Dates"), m_events, false);
    events->sortByColumn(EventModel::ValueColumn, Qt::AscendingOrder);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (QSortFilterProxyModel* proxy : std::as_const(m_proxies))
            proxy->setFilterFixedString(text);
        updateTabTitles();
    });
    updateTabTitles();
}

QTreeView* SidePanel::addView(const QString& name, const QString& title, QAbstractItemModel* model, bool tree)
{
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setObjectName(name + QStringLiteral("Proxy"));
    proxy->setSourceModel(model);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    proxy->setRecursiveFilteringEnabled(tree);
    proxy->setAutoAcceptChildRows(tree); // a matching speaker keeps all its statements
    m_proxies.append(proxy);

    auto* view = new QTreeView(this);
    view->setObjectName(name);
    view->setModel(proxy);
    view->setRootIsDecorated(tree);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSortingEnabled(!tree);
    view->setWordWrap(false);
    view->header()->setSectionResizeMode(QHeaderView::Interactive);
    view->header()->setStretchLastSection(true);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });
    connect(model, &QAbstractItemModel::modelReset, view, [view, tree] {
        if (tree)
            view->expandAll();
        view->resizeColumnToContents(0);
    });
    m_tabs->addTab(view, title);
    m_titles.append(title);
    return view;
}

void SidePanel::setArticle(ArticleHandle article)
{
    m_speakers->setArticle(article);
    m_organizations->setArticle(article);
    m_people->setArticle(article);
    m_events->setArticle(std::move(article));
    updateTabTitles();
}

void SidePanel::onCurrentChanged(const QModelIndex& current)
{
    if (!current.isValid())
        return;
    const QModelIndex first = current.siblingAtColumn(0);
    auto spanOf = [&first](int startRole, int endRole) {
        return model::Span { first.data(startRole).toInt(), first.data(endRole).toInt() };
    };
    HighlightTarget target;
    model::Span span;
    const QAbstractItemModel* source = static_cast<const QSortFilterProxyModel*>(current.model())->sourceModel();
    if (source == m_speakers) {
        const auto type = static_cast<SpeakerModel::NodeType>(first.data(SpeakerModel::NodeTypeRole).toInt());
        const QString id = first.data(SpeakerModel::IdRole).toString();
        span = spanOf(SpeakerModel::SpanStartRole, SpeakerModel::SpanEndRole);
        if (type == SpeakerModel::NodeType::Statement) {
            target = { HighlightTarget::Type::Statement, id };
        } else if (!id.isEmpty()) {
            target = { HighlightTarget::Type::Entity, id };
        } else { // an unnamed source: show its first statement
            target = { HighlightTarget::Type::Statement,
                       first.model()->index(0, 0, first).data(SpeakerModel::IdRole).toString() };
        }
    } else if (source == m_events) {
        target = { HighlightTarget::Type::Date, first.data(EventModel::IndexRole).toString() };
        span = spanOf(EventModel::SpanStartRole, EventModel::SpanEndRole);
    } else {
        target = { HighlightTarget::Type::Entity, first.data(EntityModel::IdRole).toString() };
        span = spanOf(EntityModel::SpanStartRole, EntityModel::SpanEndRole);
    }
    Q_EMIT itemSelected(target, span);
}

void SidePanel::updateTabTitles()
{
    for (int i = 0; i < m_proxies.size(); ++i)
        m_tabs->setTabText(i, QStringLiteral("%1 (%2)").arg(m_titles[i]).arg(m_proxies[i]->rowCount()));
}

} // namespace sayline::app
