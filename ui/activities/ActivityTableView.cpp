#include "ActivityTableView.h"

#include "ActivityTableModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>

#include <algorithm>

using M = ActivityTableModel;

ActivityTableView::ActivityTableView(QWidget* parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("activityTable"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setAlternatingRowColors(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Fixed heights: ResizeToContents would measure every one of 100 000 rows.
    QHeaderView* rows = verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    rows->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSortIndicatorShown(true);
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    horizontalHeader()->setStretchLastSection(false);
    setSortingEnabled(true);
}

void ActivityTableView::setModel(QAbstractItemModel* model)
{
    QTableView::setModel(model);
    applyColumnWidths();
    connect(
        selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { emit currentIdChanged(current.data(M::IdRole).toLongLong()); });
}

void ActivityTableView::applyColumnWidths()
{
    const int em = fontMetrics().horizontalAdvance(QStringLiteral("中"));
    // Widths in tenths of a Chinese character, so that the plan fits 1366 px next to the detail panel.
    const QList<std::pair<int, int>> widths = {
        {M::NumberColumn, 35},    {M::TitleColumn, 150},   {M::DatesColumn, 65}, {M::LeadColumn, 65},
        {M::AssistingColumn, 70}, {M::LocationColumn, 60}, {M::OwnerColumn, 40}, {M::DeadlineColumn, 55},
        {M::StatusColumn, 35},    {M::ProgressColumn, 35}};
    for (const auto& [column, tenths] : widths)
        setColumnWidth(column, tenths * em / 10 + 8);
}

QList<qint64> ActivityTableView::selectedIds() const
{
    QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex& i : std::as_const(rows))
        ids << i.data(M::IdRole).toLongLong();
    return ids;
}

void ActivityTableView::selectIds(const QList<qint64>& ids)
{
    if (!model() || ids.isEmpty() || (ids.size() == 1 && ids.first() == 0))
        return;
    QItemSelection selection;
    QModelIndex first;
    // New rows sit at the end of the shown rows, so search from the end.
    for (int row = model()->rowCount() - 1; row >= 0 && selection.size() < ids.size(); --row) {
        const QModelIndex i = model()->index(row, M::TitleColumn);
        if (ids.contains(i.data(M::IdRole).toLongLong())) {
            selection.select(i.siblingAtColumn(0), i.siblingAtColumn(M::ColumnCount - 1));
            first = i;
        }
    }
    if (!first.isValid())
        return;
    selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    scrollTo(first);
}
