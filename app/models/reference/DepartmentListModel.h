#pragma once

#include "Department.h"
#include "ReferenceListModel.h"

#include <QList>

class DepartmentRepository;

// The bureau's departments, shared by every campaign of the file: rename, archive, reorder, add
// and delete, each saved at once. Usage counts are read when the list is loaded.
class DepartmentListModel : public ReferenceListModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ArchivedColumn, UsageColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ArchivedRole, UsageRole };

    explicit DepartmentListModel(DepartmentRepository& repository, QObject* parent = nullptr);

    bool load(QString* error);
    bool reload(QString* error) override { return load(error); }
    const QList<Department>& departments() const { return m_departments; }
    int usage(int row) const { return m_usage.value(row); }

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
    QString nameProblem(const QString& name, int exceptRow) const;
    bool save(int row, Department changed, const QString& undoText, QString* error);

    DepartmentRepository& m_repository;
    QList<Department> m_departments;
    QList<int> m_usage;
};
