// SPDX-License-Identifier: GPL-3.0-or-later
#include "SidePanel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTabBar>

#include "EntityModel.h"
#include "EventModel.h"
#include "SpeakerModel.h"
#include "common/CompactColumns.h"
#include "ui_SidePanel.h"

namespace sayline::app {

SidePanel::SidePanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SidePanel>())
    , m_speakers(new SpeakerModel(this))
    , m_organizations(new EntityModel({ model::EntityType::Organization }, this))
    , m_people(
          new EntityModel({ model::EntityType::Person, model::EntityType::Location, model::EntityType::Misc }, this))
    , m_events(new EventModel(this))
{
    m_ui->setupUi(this);
    m_ui->sidePanelTabs->tabBar()->setExpanding(true);
    for (int i = 0; i < m_ui->sidePanelTabs->count(); ++i) {
        m_titles.append(m_ui->sidePanelTabs->tabText(i));
        m_ui->sectionCombo->addItem(QString());
    }
    connect(m_ui->sectionCombo, &QComboBox::currentIndexChanged, m_ui->sidePanelTabs, &QTabWidget::setCurrentIndex);
    connect(m_ui->sidePanelTabs, &QTabWidget::currentChanged, m_ui->sectionCombo, &QComboBox::setCurrentIndex);

    setUpView(m_ui->speakerTreeView, m_speakers, true);
    QHeaderView* speakers = m_ui->speakerTreeView->header();
    speakers->setStretchLastSection(false);
    speakers->setSectionResizeMode(QHeaderView::ResizeToContents);
    speakers->setSectionResizeMode(SpeakerModel::TextColumn, QHeaderView::Stretch);
    new CompactColumns(m_ui->speakerTreeView, 440, { SpeakerModel::CueColumn, SpeakerModel::ClaimColumn });
    new CompactColumns(m_ui->speakerTreeView, 300, { SpeakerModel::KindColumn });
    setUpView(m_ui->organizationView, m_organizations, false);
    m_ui->organizationView->sortByColumn(EntityModel::MentionsColumn, Qt::DescendingOrder);
    setUpView(m_ui->peoplePlacesView, m_people, false);
    m_ui->peoplePlacesView->sortByColumn(EntityModel::MentionsColumn, Qt::DescendingOrder);
    setUpView(m_ui->eventView, m_events, false);
    m_ui->eventView->sortByColumn(EventModel::ValueColumn, Qt::AscendingOrder);

    connect(m_ui->sidePanelFilterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (QSortFilterProxyModel* proxy : std::as_const(m_proxies))
            proxy->setFilterFixedString(text);
        updateTabTitles();
    });
    updateTabTitles();
}

SidePanel::~SidePanel() = default;

void SidePanel::setUpView(QTreeView* view, QAbstractItemModel* model, bool tree)
{
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setObjectName(view->objectName() + QStringLiteral("Proxy"));
    proxy->setSourceModel(model);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    proxy->setRecursiveFilteringEnabled(tree);
    proxy->setAutoAcceptChildRows(tree); // a matching speaker keeps all its statements
    m_proxies.append(proxy);
    view->setModel(proxy);
    view->header()->setSectionResizeMode(QHeaderView::Interactive);
    view->header()->setStretchLastSection(true);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        if (const auto found = targetOf(current))
            Q_EMIT itemSelected(found->first, found->second);
    });
    connect(view, &QTreeView::customContextMenuRequested, this, [this, view](const QPoint& position) {
        const QModelIndex index = view->indexAt(position);
        if (!index.isValid())
            return;
        view->setCurrentIndex(index);
        if (const auto found = targetOf(index))
            Q_EMIT contextMenuRequested(found->first, view->viewport()->mapToGlobal(position));
    });
    connect(model, &QAbstractItemModel::modelReset, view, [view, tree] {
        if (tree)
            view->expandAll();
        view->resizeColumnToContents(0);
    });
}

void SidePanel::setArticle(ArticleHandle article)
{
    m_speakers->setArticle(article);
    m_organizations->setArticle(article);
    m_people->setArticle(article);
    m_events->setArticle(std::move(article));
    updateTabTitles();
}

std::optional<std::pair<HighlightTarget, model::Span>> SidePanel::targetOf(const QModelIndex& current) const
{
    if (!current.isValid())
        return std::nullopt;
    const QModelIndex first = current.siblingAtColumn(0);
    auto spanOf = [&first](int startRole, int endRole) {
        return model::Span { first.data(startRole).toInt(), first.data(endRole).toInt() };
    };
    const QAbstractItemModel* source = static_cast<const QSortFilterProxyModel*>(current.model())->sourceModel();
    if (source == m_speakers) {
        const auto type = static_cast<SpeakerModel::NodeType>(first.data(SpeakerModel::NodeTypeRole).toInt());
        const QString id = first.data(SpeakerModel::IdRole).toString();
        const model::Span span = spanOf(SpeakerModel::SpanStartRole, SpeakerModel::SpanEndRole);
        if (type == SpeakerModel::NodeType::Statement)
            return std::pair { HighlightTarget { HighlightTarget::Type::Statement, id }, span };
        if (!id.isEmpty())
            return std::pair { HighlightTarget { HighlightTarget::Type::Entity, id }, span };
        // An unnamed source: its first statement.
        return std::pair { HighlightTarget { HighlightTarget::Type::Statement,
                                             first.model()->index(0, 0, first).data(SpeakerModel::IdRole).toString() },
                           span };
    }
    if (source == m_events)
        return std::pair { HighlightTarget { HighlightTarget::Type::Date,
                                             first.data(EventModel::IndexRole).toString() },
                           spanOf(EventModel::SpanStartRole, EventModel::SpanEndRole) };
    return std::pair { HighlightTarget { HighlightTarget::Type::Entity, first.data(EntityModel::IdRole).toString() },
                       spanOf(EntityModel::SpanStartRole, EntityModel::SpanEndRole) };
}

void SidePanel::updateTabTitles()
{
    for (int i = 0; i < m_proxies.size(); ++i) {
        const QString title = QStringLiteral("%1 (%2)").arg(m_titles[i]).arg(m_proxies[i]->rowCount());
        m_ui->sidePanelTabs->setTabText(i, title);
        const QString plain = QString(title).replace(QStringLiteral("&&"), QStringLiteral("&"));
        m_ui->sidePanelTabs->setTabToolTip(i, plain);
        m_ui->sectionCombo->setItemText(i, plain);
    }
    chooseSectionControl();
}

bool SidePanel::showsSectionList() const
{
    return m_ui->sidePanelTabs->tabBar()->isHidden();
}

void SidePanel::chooseSectionControl()
{
    const QTabBar* bar = m_ui->sidePanelTabs->tabBar();
    int needed = 0;
    for (int i = 0; i < bar->count(); ++i)
        needed += bar->fontMetrics().horizontalAdvance(m_ui->sectionCombo->itemText(i))
            + 2 * style()->pixelMetric(QStyle::PM_TabBarTabHSpace);
    const bool fits = needed <= m_ui->sidePanelTabs->width();
    m_ui->sidePanelTabs->tabBar()->setVisible(fits);
    m_ui->sectionCombo->setVisible(!fits);
}

void SidePanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    chooseSectionControl();
}

} // namespace sayline::app
