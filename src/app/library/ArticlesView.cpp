// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArticlesView.h"

#include <QHeaderView>

#include "LibraryArticleModel.h"
#include "common/CompactColumns.h"
#include "common/SpeakerCompleter.h"
#include "service/SearchService.h"
#include "ui_ArticlesView.h"

namespace sayline::app {
namespace {

constexpr int kTypingDelayMs = 250;
constexpr int kFacetValues = 300;
const QDate kAnyDate(1900, 1, 1);
constexpr int kWideWidth = 440;

std::optional<std::string> dateOf(const QDateEdit* edit)
{
    if (edit->date() == edit->minimumDate())
        return std::nullopt;
    return edit->date().toString(Qt::ISODate).toStdString();
}

} // namespace

ArticlesView::ArticlesView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ArticlesView>())
{
    m_ui->setupUi(this);
    for (QDateEdit* edit : { m_ui->fromDateEdit, m_ui->toDateEdit }) {
        edit->setMinimumDate(kAnyDate);
        edit->setSpecialValueText(tr("any"));
        edit->setDate(kAnyDate);
    }
    m_typing.setSingleShot(true);
    m_typing.setInterval(kTypingDelayMs);
    connect(&m_typing, &QTimer::timeout, this, &ArticlesView::applyFilter);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, &m_typing, qOverload<>(&QTimer::start));
    connect(m_ui->facetsButton, &QToolButton::toggled, this, [this](bool on) {
        m_ui->facetsPanel->setVisible(on);
        m_ui->facetsButton->setArrowType(on ? Qt::UpArrow : Qt::DownArrow);
        if (on)
            fillFacets();
    });
    connect(m_ui->publisherCombo, &QComboBox::currentIndexChanged, this, &ArticlesView::applyFilter);
    connect(m_ui->organizationCombo, &QComboBox::currentIndexChanged, this, &ArticlesView::applyFilter);
    connect(m_ui->fromDateEdit, &QDateEdit::dateChanged, this, &ArticlesView::applyFilter);
    connect(m_ui->toDateEdit, &QDateEdit::dateChanged, this, &ArticlesView::applyFilter);
    connect(m_ui->clearFiltersButton, &QPushButton::clicked, this, [this] {
        const QSignalBlocker publisher(m_ui->publisherCombo);
        const QSignalBlocker organization(m_ui->organizationCombo);
        const QSignalBlocker from(m_ui->fromDateEdit);
        const QSignalBlocker to(m_ui->toDateEdit);
        m_ui->publisherCombo->setCurrentIndex(0);
        m_ui->organizationCombo->setCurrentIndex(0);
        m_ui->fromDateEdit->setDate(kAnyDate);
        m_ui->toDateEdit->setDate(kAnyDate);
        m_ui->speakerFacetEdit->clear();
        m_ui->filterEdit->clear();
        applyFilter();
    });
    connect(m_ui->articleTree, &QTreeView::customContextMenuRequested, this, [this](const QPoint& position) {
        const QModelIndex index = m_ui->articleTree->indexAt(position);
        if (index.isValid())
            Q_EMIT contextMenuRequested(m_model->articleId(index.row()),
                                        m_ui->articleTree->viewport()->mapToGlobal(position));
    });
}

ArticlesView::~ArticlesView() = default;

QTreeView* ArticlesView::view() const
{
    return m_ui->articleTree;
}

void ArticlesView::setLibrary(const std::filesystem::path& library)
{
    m_library = library;
    m_model = new LibraryArticleModel(library, this);
    connect(m_model, &LibraryArticleModel::problem, this, &ArticlesView::problem);
    connect(m_model, &LibraryArticleModel::totalChanged, this, &ArticlesView::updateCount);
    m_ui->articleTree->setModel(m_model);
    QHeaderView* header = m_ui->articleTree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(LibraryArticleModel::TitleColumn, QHeaderView::Stretch);
    for (int column : { LibraryArticleModel::DateColumn, LibraryArticleModel::PublisherColumn,
                        LibraryArticleModel::StatementsColumn })
        header->setSectionResizeMode(column, QHeaderView::Interactive);
    header->resizeSection(LibraryArticleModel::DateColumn,
                          fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 16);
    header->resizeSection(LibraryArticleModel::PublisherColumn, fontMetrics().averageCharWidth() * 14);
    header->resizeSection(LibraryArticleModel::StatementsColumn,
                          fontMetrics().horizontalAdvance(QStringLiteral("0000")) + 12);
    header->setSortIndicator(LibraryArticleModel::DateColumn, Qt::DescendingOrder);
    // In a narrow dock: one column, date, publisher and statements on a second line.
    new CompactColumns(m_ui->articleTree, kWideWidth,
                       { LibraryArticleModel::DateColumn, LibraryArticleModel::PublisherColumn,
                         LibraryArticleModel::StatementsColumn },
                       LibraryArticleModel::SummaryRole);
    connect(m_ui->sortCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        static constexpr std::pair<int, Qt::SortOrder> kOrders[] = {
            { LibraryArticleModel::DateColumn, Qt::DescendingOrder },
            { LibraryArticleModel::DateColumn, Qt::AscendingOrder },
            { LibraryArticleModel::TitleColumn, Qt::AscendingOrder },
            { LibraryArticleModel::PublisherColumn, Qt::AscendingOrder },
            { LibraryArticleModel::StatementsColumn, Qt::DescendingOrder },
        };
        if (index >= 0 && index < static_cast<int>(std::size(kOrders)))
            m_ui->articleTree->sortByColumn(kOrders[index].first, kOrders[index].second);
    });
    connect(m_ui->articleTree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!m_selecting && current.isValid())
                    Q_EMIT articleChosen(m_model->articleId(current.row()));
            });
    m_speakerCompleter = new SpeakerCompleter(library, m_ui->speakerFacetEdit);
    connect(m_speakerCompleter, &SpeakerCompleter::speakerChosen, this, &ArticlesView::applyFilter);
    connect(m_ui->speakerFacetEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            applyFilter();
    });
    fillFacets();
    m_ui->articleTree->sortByColumn(LibraryArticleModel::DateColumn, Qt::DescendingOrder);
}

void ArticlesView::fillFacets()
{
    if (!m_model)
        return;
    service::SearchService search(m_library);
    auto fill = [](QComboBox* combo, const QString& any, const std::vector<store::FacetValue>& values) {
        const QSignalBlocker blocker(combo);
        const QVariant chosen = combo->currentData();
        combo->clear();
        combo->addItem(any);
        for (const store::FacetValue& value : values) {
            const QString name = QString::fromStdString(value.name);
            combo->addItem(QStringLiteral("%1 (%2)").arg(name).arg(value.articles),
                           value.id ? QVariant(static_cast<qint64>(*value.id)) : QVariant(name));
        }
        const int index = chosen.isValid() ? combo->findData(chosen) : 0;
        combo->setCurrentIndex(std::max(index, 0));
    };
    if (auto publishers = search.publishers(kFacetValues))
        fill(m_ui->publisherCombo, tr("any publisher"), publishers.value());
    if (auto organizations = search.entityFacet(model::EntityType::Organization, std::nullopt, kFacetValues))
        fill(m_ui->organizationCombo, tr("any organization"), organizations.value());
}

void ArticlesView::applyFilter()
{
    if (!m_model)
        return;
    store::ArticleFilter filter;
    filter.limit = LibraryArticleModel::kPageSize;
    const QString contains = m_ui->filterEdit->text().trimmed();
    if (!contains.isEmpty())
        filter.contains = contains.toStdString();
    if (m_ui->publisherCombo->currentIndex() > 0)
        filter.publisher = m_ui->publisherCombo->currentData().toString().toStdString();
    if (m_ui->organizationCombo->currentIndex() > 0
        && m_ui->organizationCombo->currentText()
            == m_ui->organizationCombo->itemText(m_ui->organizationCombo->currentIndex()))
        filter.mentioning = m_ui->organizationCombo->currentData().toLongLong();
    if (m_speakerCompleter && !m_ui->speakerFacetEdit->text().isEmpty())
        filter.speaker = m_speakerCompleter->chosenSpeaker();
    filter.from = dateOf(m_ui->fromDateEdit);
    filter.to = dateOf(m_ui->toDateEdit);
    const store::RowId current = currentArticle();
    m_model->setFilter(filter);
    select(current);
}

void ArticlesView::refresh()
{
    if (!m_model)
        return;
    const store::RowId current = currentArticle();
    m_model->refresh();
    if (m_ui->facetsPanel->isVisible())
        fillFacets();
    select(current);
}

void ArticlesView::updateCount()
{
    const int total = m_model->totalCount();
    m_ui->countLabel->setText(total == 1 ? tr("1 article") : tr("%1 articles").arg(total));
}

void ArticlesView::select(store::RowId articleId)
{
    const int row = m_model ? m_model->rowOf(articleId) : -1;
    m_selecting = true;
    if (row >= 0)
        m_ui->articleTree->setCurrentIndex(m_model->index(row, 0));
    else
        m_ui->articleTree->selectionModel()->clearCurrentIndex();
    m_selecting = false;
}

store::RowId ArticlesView::currentArticle() const
{
    const QModelIndex current = m_ui->articleTree->currentIndex();
    return m_model && current.isValid() ? m_model->articleId(current.row()) : 0;
}

void ArticlesView::step(int delta)
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    const int current = m_ui->articleTree->currentIndex().row();
    int row = current < 0 ? 0 : current + delta;
    if (row >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    row = std::clamp(row, 0, m_model->rowCount() - 1);
    m_ui->articleTree->setCurrentIndex(m_model->index(row, 0));
}

} // namespace sayline::app
