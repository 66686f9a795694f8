#pragma once

#include "ActivityFilter.h"
#include "Campaign.h"
#include "Department.h"

#include <QWidget>

class OptionalDateEdit;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimer;

// The row above the activity table that builds an ActivityFilter: campaign, pillar, department
// (lead or assisting), status, date range, overdue only and a free-text search that waits for a
// short pause in typing. Switching campaign is its own signal because it loads other rows. The
// timeline and the calendar use it too, so every view filters with the same widgets and rules.
class ActivityFilterBar : public QWidget
{
    Q_OBJECT

public:
    // The timeline and the calendar show one campaign and do not group: no campaign choice or
    // "group by pillar" there.
    enum class Use { Table, Schedule };

    explicit ActivityFilterBar(Use use = Use::Table, QWidget* parent = nullptr);

    void setCampaigns(const QList<Campaign>& campaigns, qint64 currentId);
    void setReferenceData(const QList<Pillar>& pillars, const QList<Department>& departments);
    ActivityFilter filter() const;
    // Shows `filter` in the widgets without emitting filterChanged().
    void setFilter(const ActivityFilter& filter);
    bool groupByPillar() const;
    QLineEdit* searchField() const { return m_search; }

signals:
    void filterChanged(const ActivityFilter& filter);
    void campaignChosen(qint64 campaignId);
    void groupByPillarChanged(bool group);

private:
    void emitFilter();
    static void selectData(QComboBox* combo, const QVariant& value);

    QComboBox* m_campaign;
    QComboBox* m_pillar;
    QComboBox* m_department;
    QComboBox* m_status;
    OptionalDateEdit* m_from;
    OptionalDateEdit* m_to;
    QCheckBox* m_overdue;
    QCheckBox* m_group;
    QLineEdit* m_search;
    QTimer* m_debounce;
    qint64 m_campaignId = 0;
    bool m_updating = false;
};
