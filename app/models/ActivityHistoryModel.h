#pragma once

#include "ActivityChange.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>

class Workspace;

// The history of one activity, newest first, as lines a person reads: "2026-09-03 14:02  张三
// 状态：进行中 → 已完成". Field names are the activity table's column titles; values are shown as the
// program shows them (status names, dates as plans write them, department, pillar and metric names).
// Reads through the storage layer's ActivityHistoryRepository and reads again whenever the workspace's
// activities change (an edit, an import, undo and redo), so widgets only show it.
class ActivityHistoryModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        TimeRole = Qt::UserRole + 1, // "2026-09-03 14:02", local time
        AuthorRole,
        DescriptionRole, // "状态：进行中 → 已完成", "新建", "删除"
        ChangeRole,      // the ActivityChange itself
    };

    explicit ActivityHistoryModel(Workspace& workspace, QObject* parent = nullptr);

    // 0 shows nothing. The activity is followed by its id and uuid, so its history stays whole across
    // a delete and the undo that puts it back under both.
    void setActivity(qint64 activityId);
    qint64 activityId() const { return m_activityId; }
    // Reads the shown activity's history again; false with the reason (also errorText()) on failure.
    bool reload();
    QString errorText() const { return m_error; }

    // What one change says, without time and author.
    QString describe(const ActivityChange& change) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString fieldLabel(const QString& field) const;
    QString valueText(const QString& field, const QString& value) const;

    Workspace& m_ws;
    qint64 m_activityId = 0;
    QString m_uuid;
    QList<ActivityChange> m_rows;
    QString m_error;
};
