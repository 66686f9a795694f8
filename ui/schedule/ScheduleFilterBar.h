#pragma once

#include "ActivityFilter.h"
#include "Campaign.h"
#include "Department.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

// The activity table's filters (pillar, department, status, date range, overdue, text) for the
// timeline and the calendar; produces the same domain ActivityFilter, so the rules are the table's.
class ScheduleFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit ScheduleFilterBar(QWidget* parent = nullptr);

    // Refills the choices, keeping the current ones when they still exist.
    void setReferenceData(const QList<Pillar>& pillars, const QList<Department>& departments);
    ActivityFilter filter() const;

signals:
    void filterChanged();

private:
    QComboBox* m_pillar;
    QComboBox* m_department;
    QComboBox* m_status;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QCheckBox* m_overdue;
    QLineEdit* m_text;
};
