#pragma once

#include "Department.h"
#include "ReferenceListModel.h"

#include <QHash>
#include <QList>

class Database;

// The bureau's departments, shared by every campaign of the file, as the workspace holds them:
// rename, archive, reorder, add and delete through the editor. How many activities use each is counted
// in the file when a view first asks after a change, since activities of other campaigns count too.
class DepartmentListModel : public ReferenceListModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ArchivedColumn, UsageColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ArchivedRole, UsageRole };

    explicit DepartmentListModel(const Database& db, QObject* parent = nullptr);

    // The workspace's rows after a load or a write; `change` is what the write did to them.
    void setDepartments(const QList<Department>& departments, RowChange change = RowChange::reset());
    const QList<Department>& departments() const { return m_departments; }
    int usage(int row) const;
    // Activities changed somewhere: the counts are read again when next shown.
    void activitiesChanged();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    bool appendNamed(const QString& name, QString* error) override;
    bool removeItem(int row, QString* error) override;
    bool moveItem(int from, int to, QString* error) override;
    QString removalQuestion(int row) const override;

    bool rename(int row, const QString& name, QString* error);
    bool setArchived(int row, bool archived, QString* error);

private:
    bool save(int row, const Department& changed, QString* error);

    const Database& m_db;
    QList<Department> m_departments;
    mutable QHash<qint64, int> m_usage; // by department id, empty until asked
    mutable bool m_usageRead = false;
};
