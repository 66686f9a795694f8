#pragma once

#include <QCollator>
#include <QHash>
#include <QList>

class ActivityTableModel;

// One integer per source row that orders a column the way a reader expects: Chinese text by pinyin
// (QCollator, zh_CN), dates by day, status in its display order. Sorting then compares integers
// only, which keeps a sort of 100 000 rows far below the time a collator compare per pair would take.
// Keys are cached per column until the rows change.
class ActivitySortKeys
{
public:
    ActivitySortKeys();

    const QList<qint64>& keys(const ActivityTableModel& model, int column);
    // The pillar's position per row, for grouping.
    const QList<qint64>& pillarKeys(const ActivityTableModel& model);
    void invalidate();

private:
    QList<qint64> compute(const ActivityTableModel& model, int column);
    QList<qint64> textRanks(const ActivityTableModel& model, int column);

    QCollator m_collator;
    QHash<int, QList<qint64>> m_cache;
};
