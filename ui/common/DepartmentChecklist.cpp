#include "DepartmentChecklist.h"

DepartmentChecklist::DepartmentChecklist(QWidget* parent) : QListWidget(parent)
{
    setUniformItemSizes(true);
    connect(this, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            emit checkedChanged();
    });
}

void DepartmentChecklist::setDepartments(const QList<Department>& departments, const QList<qint64>& checked)
{
    m_updating = true;
    clear();
    for (const Department& d : departments) {
        if (d.archived && !checked.contains(d.id))
            continue;
        auto* item = new QListWidgetItem(d.name, this);
        item->setData(Qt::UserRole, d.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(d.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
    setExcluded(m_excluded);
}

QList<qint64> DepartmentChecklist::checkedIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < count(); ++i)
        if (item(i)->checkState() == Qt::Checked)
            ids << item(i)->data(Qt::UserRole).toLongLong();
    return ids;
}

void DepartmentChecklist::setCheckedIds(const QList<qint64>& ids)
{
    m_updating = true;
    for (int i = 0; i < count(); ++i)
        item(i)->setCheckState(ids.contains(item(i)->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                      : Qt::Unchecked);
    m_updating = false;
}

void DepartmentChecklist::setExcluded(qint64 departmentId)
{
    m_excluded = departmentId;
    m_updating = true;
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem* it = item(i);
        const bool excluded = departmentId != 0 && it->data(Qt::UserRole).toLongLong() == departmentId;
        it->setFlags(excluded ? Qt::ItemIsUserCheckable : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        if (excluded)
            it->setCheckState(Qt::Unchecked);
    }
    m_updating = false;
}
