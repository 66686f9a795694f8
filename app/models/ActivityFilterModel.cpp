#include "ActivityFilterModel.h"

#include "RowRuns.h"

#include "ActivityTableModel.h"
#include "DeadlineRules.h"

#include <QThread>

#include <algorithm>
#include <future>
#include <numeric>
#include <vector>

namespace {

// From this many rows a search is split over the cores.
constexpr qsizetype kParallelRows = 50000;

// Past this many separate row ranges, one reset is cheaper for a view than many removals.
constexpr int kMaxRuns = 32;

// True when every row matching `now` also matches `before`: only the search text grew.
bool narrows(const ActivityFilter& before, const ActivityFilter& now)
{
    ActivityFilter a = before, b = now;
    a.text.clear();
    b.text.clear();
    const QString oldText = before.text.trimmed(), newText = now.text.trimmed();
    return a == b && !oldText.isEmpty() && newText.contains(oldText, Qt::CaseInsensitive);
}

} // namespace

ActivityFilterModel::ActivityFilterModel(QObject* parent) : QAbstractProxyModel(parent) {}

void ActivityFilterModel::setSourceModel(QAbstractItemModel* source)
{
    beginResetModel();
    if (m_table)
        disconnect(m_table, nullptr, this, nullptr);
    m_table = qobject_cast<ActivityTableModel*>(source);
    Q_ASSERT_X(m_table || !source, "ActivityFilterModel", "source must be an ActivityTableModel");
    QAbstractProxyModel::setSourceModel(m_table);
    if (m_table) {
        connect(m_table, &QAbstractItemModel::dataChanged, this, &ActivityFilterModel::onDataChanged);
        connect(m_table, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &ActivityFilterModel::onRowsAboutToBeRemoved);
        connect(m_table, &QAbstractItemModel::rowsRemoved, this, &ActivityFilterModel::onRowsRemoved);
        connect(m_table, &QAbstractItemModel::rowsInserted, this, &ActivityFilterModel::onRowsInserted);
        connect(m_table, &QAbstractItemModel::modelAboutToBeReset, this,
                &ActivityFilterModel::beginResetModel);
        connect(m_table, &QAbstractItemModel::modelReset, this, &ActivityFilterModel::onModelReset);
        connect(m_table, &QAbstractItemModel::headerDataChanged, this,
                &QAbstractItemModel::headerDataChanged);
    }
    m_keys.invalidate();
    rebuild(false);
    endResetModel();
    emit countsChanged();
}

void ActivityFilterModel::setFilter(const ActivityFilter& filter)
{
    if (filter == m_filter)
        return;
    const bool narrowOnly = narrows(m_filter, filter);
    m_filter = filter;
    prepareMatching();
    beginResetModel();
    rebuild(narrowOnly);
    endResetModel();
    emit countsChanged();
}

void ActivityFilterModel::setGroupByPillar(bool group)
{
    if (group == m_groupByPillar)
        return;
    m_groupByPillar = group;
    relayout();
}

void ActivityFilterModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    relayout();
}

ActivityFilterModel::Counts ActivityFilterModel::counts() const
{
    Counts c;
    if (!m_table)
        return c;
    c.shown = int(m_rows.size());
    c.total = m_table->rowCount();
    const QDate today = m_table->deadlineDay();
    for (int row : m_rows) {
        switch (DeadlineRules::urgency(m_table->activityAt(row), today)) {
        case DeadlineRules::Urgency::Overdue:
            ++c.overdue;
            break;
        case DeadlineRules::Urgency::DueSoon:
            ++c.dueSoon;
            break;
        case DeadlineRules::Urgency::None:
            break;
        }
    }
    return c;
}

void ActivityFilterModel::prepareMatching()
{
    // The text rule is applied with TextSearch, which gives the same answers faster; everything else
    // by the domain.
    m_rest = m_filter;
    m_rest.text.clear();
    m_needle = m_filter.text.trimmed();
}

bool ActivityFilterModel::matches(int sourceRow, TextSearch& search, QDate today) const
{
    const Activity& a = m_table->activityAt(sourceRow);
    if (!m_rest.matches(a, today))
        return false;
    return search.isEmpty() || search.foundIn(a.title) || search.foundIn(a.description) ||
           search.foundIn(a.location) || search.foundIn(a.owner);
}

QList<int> ActivityFilterModel::matchingRows(const QList<int>* among) const
{
    const qsizetype count = among ? among->size() : m_table->rowCount();
    const QDate today = m_table->deadlineDay();
    const auto scan = [&](qsizetype from, qsizetype to) {
        TextSearch search(m_needle, true);
        QList<int> found;
        found.reserve(to - from);
        for (qsizetype i = from; i < to; ++i) {
            const int row = among ? among->at(i) : int(i);
            if (matches(row, search, today))
                found.append(row);
        }
        return found;
    };
    // A search over a million rows takes a core some 150 ms; split, it answers within a keystroke.
    // The pieces only read the rows, which nothing changes while the GUI thread waits here.
    const int pieces = count >= kParallelRows ? std::clamp(QThread::idealThreadCount(), 1, 4) : 1;
    std::vector<std::future<QList<int>>> others;
    for (int p = 1; p < pieces; ++p)
        others.push_back(std::async(std::launch::async, scan, count * p / pieces, count * (p + 1) / pieces));
    QList<int> rows = scan(0, count / pieces);
    for (std::future<QList<int>>& piece : others)
        rows.append(piece.get());
    return rows;
}

void ActivityFilterModel::rebuild(bool narrowOnly)
{
    if (!m_table) {
        m_rows.clear();
        m_proxyOf.clear();
        return;
    }
    QList<int> rows;
    if (narrowOnly) {
        rows = matchingRows(&m_rows); // a subset of an ordered list is still in order
    } else if (m_rest.isEmpty() && m_needle.isEmpty()) {
        rows.resize(m_table->rowCount());
        std::iota(rows.begin(), rows.end(), 0);
        order(rows);
    } else {
        rows = matchingRows(nullptr);
        order(rows);
    }
    m_rows = std::move(rows);
    reindex();
}

void ActivityFilterModel::order(QList<int>& rows)
{
    if (m_sortColumn < 0 && !m_groupByPillar) {
        if (!std::is_sorted(rows.cbegin(), rows.cend()))
            std::sort(rows.begin(), rows.end());
        return;
    }
    static const QList<qint64> none;
    const QList<qint64>& group = m_groupByPillar ? m_keys.pillarKeys(*m_table) : none;
    const QList<qint64>& keys = m_sortColumn >= 0 ? m_keys.keys(*m_table, m_sortColumn) : none;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::sort(rows.begin(), rows.end(), [&](int a, int b) {
        if (!group.isEmpty() && group.at(a) != group.at(b))
            return group.at(a) < group.at(b);
        if (!keys.isEmpty() && keys.at(a) != keys.at(b))
            return descending ? keys.at(a) > keys.at(b) : keys.at(a) < keys.at(b);
        return a < b;
    });
}

void ActivityFilterModel::reindex()
{
    m_proxyOf.fill(-1, m_table ? m_table->rowCount() : 0);
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_proxyOf[m_rows.at(i)] = int(i);
}

void ActivityFilterModel::relayout()
{
    if (!m_table)
        return;
    // A layout change (not a reset) keeps the view's selection and current row.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<std::pair<int, int>> sources; // source row, column
    sources.reserve(before.size());
    for (const QModelIndex& i : before)
        sources.append({m_rows.at(i.row()), i.column()});
    order(m_rows);
    reindex();
    QModelIndexList after;
    after.reserve(before.size());
    for (const auto& [row, column] : std::as_const(sources))
        after << createIndex(m_proxyOf.at(row), column);
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QModelIndex ActivityFilterModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ActivityFilterModel::parent(const QModelIndex&) const
{
    return {};
}

QModelIndex ActivityFilterModel::sibling(int row, int column, const QModelIndex&) const
{
    return index(row, column);
}

int ActivityFilterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActivityFilterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_table ? 0 : m_table->columnCount();
}

bool ActivityFilterModel::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_rows.isEmpty();
}

QModelIndex ActivityFilterModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!m_table || !proxyIndex.isValid() || proxyIndex.row() >= m_rows.size())
        return {};
    return m_table->index(m_rows.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex ActivityFilterModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= m_proxyOf.size())
        return {};
    const int row = m_proxyOf.at(sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

void ActivityFilterModel::removeProxyRows(QList<int> proxyRows)
{
    if (proxyRows.isEmpty())
        return;
    std::sort(proxyRows.begin(), proxyRows.end());
    const QList<std::pair<int, int>> runs = rowRuns(proxyRows);
    if (runs.size() > kMaxRuns) {
        beginResetModel();
        for (auto it = proxyRows.crbegin(); it != proxyRows.crend(); ++it)
            m_rows.removeAt(*it);
        reindex();
        endResetModel();
        return;
    }
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
        beginRemoveRows({}, it->first, it->second);
        m_rows.remove(it->first, it->second - it->first + 1);
        reindex();
        endRemoveRows();
    }
}

void ActivityFilterModel::onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    m_keys.invalidate();
    QList<int> leaving, arriving;
    int first = INT_MAX, last = -1;
    TextSearch search(m_needle, bottomRight.row() - topLeft.row() > 100);
    const QDate today = m_table->deadlineDay();
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int proxyRow = m_proxyOf.at(row);
        const bool match = matches(row, search, today);
        if (proxyRow >= 0 && !match) {
            leaving << proxyRow;
        } else if (proxyRow >= 0) {
            first = std::min(first, proxyRow);
            last = std::max(last, proxyRow);
        } else if (match) {
            arriving << row;
        }
    }
    if (last >= 0)
        emit dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()));
    removeProxyRows(leaving);
    if (!arriving.isEmpty()) {
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at + int(arriving.size()) - 1);
        m_rows.append(arriving);
        reindex();
        endInsertRows();
    }
    emit countsChanged();
}

void ActivityFilterModel::onRowsAboutToBeRemoved(const QModelIndex&, int first, int last)
{
    QList<int> leaving;
    for (int row = first; row <= last; ++row)
        if (m_proxyOf.at(row) >= 0)
            leaving << m_proxyOf.at(row);
    removeProxyRows(leaving);
}

void ActivityFilterModel::onRowsRemoved(const QModelIndex&, int first, int last)
{
    m_keys.invalidate();
    const int count = last - first + 1;
    for (int& row : m_rows)
        if (row > last)
            row -= count;
    m_proxyOf.remove(first, count);
    reindex();
    emit countsChanged();
}

void ActivityFilterModel::onRowsInserted(const QModelIndex&, int first, int last)
{
    m_keys.invalidate();
    const int count = last - first + 1;
    for (int& row : m_rows)
        if (row >= first)
            row += count;
    m_proxyOf.insert(first, count, -1);
    reindex();
    QList<int> arriving;
    TextSearch search(m_needle, last - first > 100);
    const QDate today = m_table->deadlineDay();
    for (int row = first; row <= last; ++row)
        if (matches(row, search, today))
            arriving << row;
    if (!arriving.isEmpty()) {
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at + int(arriving.size()) - 1);
        m_rows.append(arriving);
        reindex();
        endInsertRows();
    }
    emit countsChanged();
}

void ActivityFilterModel::onModelReset()
{
    m_keys.invalidate();
    rebuild(false);
    endResetModel();
    emit countsChanged();
}
