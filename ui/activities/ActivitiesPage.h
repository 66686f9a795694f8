#pragma once

#include "ActivityFilter.h"

#include <QWidget>

class ActivityDelegate;
class ActivityEditor;
class ActivityDetailPanel;
class ActivityFilterBar;
class ActivityFilterModel;
class ActivityTableView;
class EvidenceEditor;
class MessageBar;
class QAction;
class QMenu;
class Workspace;

// 活动计划: the filter bar, the table, the detail panel and the actions on selected rows.
// Built for one Workspace; a new file gets a new page.
class ActivitiesPage : public QWidget
{
    Q_OBJECT

public:
    ActivitiesPage(Workspace& workspace, ActivityEditor& editor, EvidenceEditor& evidence,
                   QWidget* parent = nullptr);

    ActivityTableView* view() const { return m_view; }
    ActivityFilterModel* filterModel() const { return m_filter; }
    ActivityDetailPanel* detailPanel() const { return m_detail; }
    ActivityFilterBar* filterBar() const { return m_bar; }
    MessageBar* messageBar() const { return m_message; }

public slots:
    // Shows exactly the rows `filter` selects (the dashboard opens the table this way).
    void applyFilter(const ActivityFilter& filter);
    // Selects one activity (from the timeline, calendar or deadline lists), clearing a filter that hides it.
    void showActivity(qint64 activityId);
    void addActivity();
    void duplicateSelected();
    void deleteSelected();
    // Emits countsChanged() for the rows shown now.
    void emitCounts();

signals:
    void countsChanged(int shown, int total, int overdue, int dueSoon);
    // A short note for the status bar (what was refused or done).
    void statusMessage(const QString& text);

private:
    QWidget* buildToolbar();
    void refillBulkMenus();
    void reloadReferenceData();
    void updateActions();
    void showRejection(const QString& reason);

    Workspace& m_ws;
    ActivityEditor& m_editor;
    ActivityFilterBar* m_bar;
    ActivityFilterModel* m_filter;
    ActivityTableView* m_view;
    ActivityDelegate* m_delegate;
    ActivityDetailPanel* m_detail;
    MessageBar* m_message;
    QAction* m_duplicate = nullptr;
    QAction* m_delete = nullptr;
    QMenu* m_statusMenu = nullptr;
    QMenu* m_departmentMenu = nullptr;
    QWidget* m_statusButton = nullptr;
    QWidget* m_departmentButton = nullptr;
    qint64 m_keptId = 0;
};
