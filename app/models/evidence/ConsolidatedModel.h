#pragma once

#include "PackageFigures.h"
#include "SubordinateUnit.h"

#include <QAbstractTableModel>
#include <QList>

// The consolidated view (汇总) of an upper level: one row per unit whose package was imported, the
// own unit first, and a 合计 row that adds them up. Figures come from each package's manifest, which
// the sending unit computed with the same Summary::summarize.
class ConsolidatedModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Unit,
        Region,
        Received,
        Total,
        Done,
        InProgress,
        NotStarted,
        Cancelled,
        Overdue,
        Rate,
        ColumnCount
    };
    enum Role { UnitIdRole = Qt::UserRole + 1 }; // 0 for the own unit and the total row

    explicit ConsolidatedModel(QObject* parent = nullptr);

    void setUnits(const QString& ownName, const PackageFigures::Totals& own,
                  const QList<SubordinateUnit>& units);
    PackageFigures::Totals rollUp() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        qint64 unitId = 0;
        QString name;
        QString region;
        QDateTime received;
        PackageFigures::Totals totals;
    };
    QList<Row> m_rows; // own unit, subordinates, then the total
};
