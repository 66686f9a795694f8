#pragma once

#include "ActivityFilter.h"
#include "ActivitySortKeys.h"
#include "TextSearch.h"

#include <QAbstractProxyModel>
#include <QList>

class ActivityTableModel;

// Filter, sort and optional pillar grouping over ActivityTableModel, built for 100 000 rows with a
// view attached: a new filter rebuilds one row-index vector and emits one reset (QSortFilterProxyModel
// removes row ranges one by one and makes the view relayout each time). Sorting compares
// precomputed integer keys (ActivitySortKeys). Typing more of the same search text only re-checks
// the rows already shown.
// Rows that change keep their place until the next sort or filter; rows that stop matching leave,
// new matching rows are appended at the end so the user sees what was added.
class ActivityFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    struct Counts
    {
        int shown = 0;
        int total = 0;
        int overdue = 0;
        int dueSoon = 0;
    };

    explicit ActivityFilterModel(QObject* parent = nullptr);

    // Must be an ActivityTableModel.
    void setSourceModel(QAbstractItemModel* source) override;
    ActivityTableModel* tableModel() const { return m_table; }

    const ActivityFilter& filter() const { return m_filter; }
    void setFilter(const ActivityFilter& filter);
    // Sort by pillar order first, then by the sort column.
    bool groupByPillar() const { return m_groupByPillar; }
    void setGroupByPillar(bool group);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Shown rows and how many of them are overdue or due soon ("today" from the model's clock).
    Counts counts() const;
    // Source row of each shown row, in shown order.
    const QList<int>& sourceRows() const { return m_rows; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& idx) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;

signals:
    // After every filter or grouping change and every change of the shown rows.
    void countsChanged();

private:
    void rebuild(bool narrowOnly);
    void order(QList<int>& rows);
    void reindex();
    void relayout();
    void prepareMatching();
    // ActivityFilter::matches, with a faster text search that gives the same answers.
    bool matches(int sourceRow, TextSearch& search, QDate today) const;
    // The source rows that match, of `among` (all rows when null), in the order given.
    QList<int> matchingRows(const QList<int>* among) const;
    void removeProxyRows(QList<int> proxyRows);

    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    void onRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last);
    void onRowsRemoved(const QModelIndex& parent, int first, int last);
    void onRowsInserted(const QModelIndex& parent, int first, int last);
    void onModelReset();

    ActivityTableModel* m_table = nullptr;
    ActivityFilter m_filter;
    ActivityFilter m_rest; // m_filter without its text
    QString m_needle;      // the search text, trimmed
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_groupByPillar = false;
    QList<int> m_rows;    // proxy row -> source row
    QList<int> m_proxyOf; // source row -> proxy row, -1 when filtered out
    ActivitySortKeys m_keys;
};
