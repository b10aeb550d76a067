// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpeakersView.h"

#include <QHeaderView>

#include "LibrarySpeakerFilter.h"
#include "LibrarySpeakerModel.h"
#include "common/CompactColumns.h"
#include "ui_SpeakersView.h"

namespace sayline::app {
namespace {

constexpr int kWideWidth = 560;

} // namespace

SpeakersView::SpeakersView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SpeakersView>())
{
    m_ui->setupUi(this);
}

SpeakersView::~SpeakersView() = default;

QTreeView* SpeakersView::view() const
{
    return m_ui->speakerTree;
}

void SpeakersView::setLibrary(const std::filesystem::path& library)
{
    m_model = new LibrarySpeakerModel(library, this);
    m_filter = new LibrarySpeakerFilter(this);
    m_filter->setSourceModel(m_model);
    m_ui->speakerTree->setModel(m_filter);
    QHeaderView* header = m_ui->speakerTree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(LibrarySpeakerModel::NameColumn, QHeaderView::Stretch);
    const int character = fontMetrics().averageCharWidth();
    header->resizeSection(LibrarySpeakerModel::StatementsColumn, character * 6);
    header->resizeSection(LibrarySpeakerModel::RolesColumn, character * 14);
    header->resizeSection(LibrarySpeakerModel::AliasesColumn, character * 14);
    header->resizeSection(LibrarySpeakerModel::FirstColumn, character * 11);
    header->resizeSection(LibrarySpeakerModel::LastColumn, character * 11);
    m_ui->speakerTree->sortByColumn(LibrarySpeakerModel::StatementsColumn, Qt::DescendingOrder);
    // In a narrow dock: one column, statements, dates, roles and aliases on a second line.
    new CompactColumns(m_ui->speakerTree, kWideWidth,
                       { LibrarySpeakerModel::StatementsColumn, LibrarySpeakerModel::RolesColumn,
                         LibrarySpeakerModel::AliasesColumn, LibrarySpeakerModel::FirstColumn,
                         LibrarySpeakerModel::LastColumn },
                       LibrarySpeakerModel::SummaryRole);
    connect(m_ui->speakerSortCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        static constexpr std::pair<int, Qt::SortOrder> kOrders[] = {
            { LibrarySpeakerModel::StatementsColumn, Qt::DescendingOrder },
            { LibrarySpeakerModel::NameColumn, Qt::AscendingOrder },
            { LibrarySpeakerModel::LastColumn, Qt::DescendingOrder },
            { LibrarySpeakerModel::FirstColumn, Qt::AscendingOrder },
        };
        if (index >= 0 && index < static_cast<int>(std::size(kOrders)))
            m_ui->speakerTree->sortByColumn(kOrders[index].first, kOrders[index].second);
    });

    connect(m_ui->speakerFilterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setMatch(text);
        updateCount();
    });
    connect(m_model, &LibrarySpeakerModel::problem, this, &SpeakersView::problem);
    connect(m_model, &LibrarySpeakerModel::loaded, this, [this] {
        select(m_selected);
        updateCount();
    });
    connect(m_ui->speakerTree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (m_selecting || !current.isValid())
                    return;
                const QModelIndex name = current.siblingAtColumn(LibrarySpeakerModel::NameColumn);
                m_selected = name.data(LibrarySpeakerModel::EntityIdRole).toLongLong();
                Q_EMIT speakerChosen(m_selected, name.data().toString());
            });
    connect(m_ui->speakerTree, &QTreeView::customContextMenuRequested, this, [this](const QPoint& position) {
        const QModelIndex index = m_ui->speakerTree->indexAt(position);
        if (!index.isValid())
            return;
        const QModelIndex name = index.siblingAtColumn(LibrarySpeakerModel::NameColumn);
        Q_EMIT contextMenuRequested(name.data(LibrarySpeakerModel::EntityIdRole).toLongLong(), name.data().toString(),
                                    m_ui->speakerTree->viewport()->mapToGlobal(position));
    });
    m_model->reload();
}

void SpeakersView::refresh()
{
    if (m_model)
        m_model->reload();
}

void SpeakersView::select(store::RowId entity)
{
    m_selected = entity;
    const int row = m_model ? m_model->rowOf(entity) : -1;
    const QModelIndex index = row >= 0 ? m_filter->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    m_selecting = true;
    if (index.isValid()) {
        m_ui->speakerTree->setCurrentIndex(index);
        m_ui->speakerTree->scrollTo(index);
    } else {
        m_ui->speakerTree->selectionModel()->clearCurrentIndex();
    }
    m_selecting = false;
}

void SpeakersView::updateCount()
{
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    if (shown == total)
        m_ui->speakerCountLabel->setText(total == 1 ? tr("1 speaker") : tr("%1 speakers").arg(total));
    else
        m_ui->speakerCountLabel->setText(tr("%1 of %2 speakers").arg(shown).arg(total));
}

} // namespace sayline::app
