#pragma once

#include "Department.h"

#include <QListWidget>

// Departments with a check box each, for "assisting departments" (any number of them).
// Archived departments are listed only when already checked.
class DepartmentChecklist : public QListWidget
{
    Q_OBJECT

public:
    explicit DepartmentChecklist(QWidget* parent = nullptr);

    void setDepartments(const QList<Department>& departments, const QList<qint64>& checked);
    QList<qint64> checkedIds() const;
    void setCheckedIds(const QList<qint64>& ids);
    // Disables (and unchecks) one department, e.g. the lead, which cannot also assist.
    void setExcluded(qint64 departmentId);

signals:
    void checkedChanged();

private:
    qint64 m_excluded = 0;
    bool m_updating = false;
};
