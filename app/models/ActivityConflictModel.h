#pragma once

#include "ActivityUpstream.h"

#include <QAbstractTableModel>

class ActivityTableModel;
class Workspace;

// What a write that lost its race on the shared server shows the user: one row per field that the user
// or the other person changed, with the other person's value beside the user's, as the activity
// table writes them. "Keep mine" puts only the user's own changes on top of theirs.
class ActivityConflictModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ActivityColumn, FieldColumn, TheirsColumn, MineColumn, ColumnCount };
    // True on rows whose field both sides changed, differently.
    static constexpr int BothChangedRole = Qt::UserRole + 1;

    ActivityConflictModel(const Workspace& workspace, QList<ActivityConflict> conflicts,
                          QObject* parent = nullptr);

    const QList<ActivityConflict>& conflicts() const { return m_conflicts; }
    // Who won the race and when ("李四, 10:02"), for the dialog's sentence; empty when unknown.
    QString otherUsers() const;
    // The activities as "keep mine" writes them: theirs with the user's own changes (a deleted one
    // comes back as the user wrote it).
    QList<Activity> keptMine() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int conflict = 0;
        int field = 0; // ActivityMerge::Field
        bool both = false;
    };
    QString valueText(const Activity& a, int field) const;

    const Workspace& m_ws;
    QList<ActivityConflict> m_conflicts;
    QList<Row> m_rows;
};
