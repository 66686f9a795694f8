#pragma once

#include "ConsolidatedInput.h"
#include "PackageFigures.h"
#include "SubordinateUnit.h"

#include <QAbstractTableModel>
#include <QList>

// The consolidated view (汇总) of an upper level: one row per unit whose package was imported, the
// own unit first, and a 合计 row that adds them up. Figures come from each package's manifest, which
// the sending unit computed with the same Summary::summarize. In shared mode (setInput) the rows are a
// consolidation of units read live from the server and packages of the units that stay offline, and
// the Received column says which each one is.
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
    enum Role {
        UnitIdRole = Qt::UserRole + 1, // the imported unit's id in the file; 0 for the own unit, the total
                                       // row and (setInput) every unit not from a package
        UnitKeyRole,                   // keyOf() the row's unit; empty for the total row
        SourceRole,                    // int(ConsolidatedUnit::Source); invalid for the total row
    };

    explicit ConsolidatedModel(QObject* parent = nullptr);

    void setUnits(const QString& ownName, const PackageFigures::Totals& own,
                  const QList<SubordinateUnit>& units);
    // The rows of a consolidation: its own unit first, then its subordinates, then the total. When the
    // units are the same as before in the same order, only the changed cells are announced
    // (dataChanged), so a view keeps its selection and scroll position; otherwise the model resets.
    void setInput(const ConsolidatedInput& input);
    PackageFigures::Totals rollUp() const;
    // A unit's identity across refreshes: its source and its id there ("server:12", "package:3", "file").
    static QString keyOf(const ConsolidatedUnit& unit);

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
        QString key;
        int source = -1; // ConsolidatedUnit::Source; -1 for the total row
    };
    bool m_sources = false; // setInput with a unit from the server: the Received column names the source
    QList<Row> m_rows;      // own unit, subordinates, then the total
};
