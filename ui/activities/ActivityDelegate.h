#pragma once

#include "Department.h"

#include <QStyledItemDelegate>

// Cell editors that fit each column of the activity table: calendar popups for dates, a department
// combo, a check list for assisting departments, a status combo and a progress spin box.
// Also paints the progress column as a thin bar under the number.
class ActivityDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ActivityDelegate(QObject* parent = nullptr);

    void setDepartments(const QList<Department>& departments) { m_departments = departments; }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    QList<Department> m_departments;
};
