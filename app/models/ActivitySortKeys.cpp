#include "ActivitySortKeys.h"

#include "ActivityTableModel.h"

#include <QLocale>

#include <algorithm>
#include <limits>
#include <numeric>

namespace {

constexpr qint64 kLast = std::numeric_limits<qint64>::max();
constexpr int kPillarColumn = -1;

qint64 dayKey(QDate d)
{
    return d.isValid() ? d.toJulianDay() : kLast;
}

} // namespace

ActivitySortKeys::ActivitySortKeys() : m_collator(QLocale(QLocale::Chinese, QLocale::China))
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

void ActivitySortKeys::invalidate()
{
    m_cache.clear();
}

const QList<qint64>& ActivitySortKeys::keys(const ActivityTableModel& model, int column)
{
    auto it = m_cache.find(column);
    if (it == m_cache.end())
        it = m_cache.insert(column, compute(model, column));
    return *it;
}

const QList<qint64>& ActivitySortKeys::pillarKeys(const ActivityTableModel& model)
{
    return keys(model, kPillarColumn);
}

QList<qint64> ActivitySortKeys::compute(const ActivityTableModel& model, int column)
{
    using M = ActivityTableModel;
    const QList<Activity>& rows = model.activities();
    QList<qint64> out(rows.size());
    switch (column) {
    case kPillarColumn:
        for (qsizetype i = 0; i < rows.size(); ++i)
            out[i] = model.pillarOrder(rows.at(i).pillarId);
        return out;
    case M::NumberColumn:
        for (qsizetype i = 0; i < rows.size(); ++i)
            out[i] = i;
        return out;
    case M::DatesColumn:
        // Start day first, end day second: (start << 24) | end keeps both in one integer.
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const Activity& a = rows.at(i);
            const QDate s = a.start.isValid() ? a.start : a.end;
            const QDate e = a.end.isValid() ? a.end : a.start;
            out[i] = s.isValid() ? (s.toJulianDay() << 24) | (e.toJulianDay() - s.toJulianDay() + 1) : kLast;
        }
        return out;
    case M::DeadlineColumn:
        for (qsizetype i = 0; i < rows.size(); ++i)
            out[i] = dayKey(rows.at(i).deadline);
        return out;
    case M::StatusColumn:
        for (qsizetype i = 0; i < rows.size(); ++i)
            out[i] = int(rows.at(i).status);
        return out;
    case M::ProgressColumn:
        for (qsizetype i = 0; i < rows.size(); ++i)
            out[i] = rows.at(i).progress;
        return out;
    }
    return textRanks(model, column);
}

QList<qint64> ActivitySortKeys::textRanks(const ActivityTableModel& model, int column)
{
    // Collate each distinct text once; plans repeat departments, places and owners a lot.
    const QList<Activity>& rows = model.activities();
    QHash<QString, int> distinctIndex;
    QStringList distinct;
    QList<int> rowText(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        // The owner column also shows the phone; people are sorted by name.
        const QString text = column == ActivityTableModel::OwnerColumn
                                 ? rows.at(i).owner
                                 : model.displayText(rows.at(i), column);
        auto it = distinctIndex.constFind(text);
        if (it == distinctIndex.cend()) {
            it = distinctIndex.insert(text, int(distinct.size()));
            distinct << text;
        }
        rowText[i] = *it;
    }
    QList<QCollatorSortKey> sortKeys;
    sortKeys.reserve(distinct.size());
    for (const QString& s : std::as_const(distinct))
        sortKeys << m_collator.sortKey(s);
    QList<int> order(distinct.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return sortKeys.at(a).compare(sortKeys.at(b)) < 0; });
    QList<qint64> rank(distinct.size());
    for (qsizetype i = 0; i < order.size(); ++i) {
        const int d = order.at(i);
        // Empty text goes last; equal texts share a rank so the next sort level decides.
        rank[d] = distinct.at(d).isEmpty()                                             ? kLast
                  : i > 0 && sortKeys.at(order.at(i - 1)).compare(sortKeys.at(d)) == 0 ? rank[order.at(i - 1)]
                                                                                       : i;
    }
    QList<qint64> out(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        out[i] = rank.at(rowText.at(i));
    return out;
}
