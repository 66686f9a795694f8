#pragma once

#include "ActivityFilter.h"

#include <QTimer>
#include <QWidget>

class DashboardView;
class EvidenceCheck;
class Workspace;

// 总览: the current campaign at a glance. Recomputes the summary from the workspace's activities
// once per burst of changes (and only while visible), so edits in the table show up live.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    DashboardPage(Workspace* workspace, EvidenceCheck& evidenceCheck, QWidget* parent = nullptr);

    DashboardView* view() const { return m_view; }
    // Recomputes now (tests, and the first show).
    void refresh();

signals:
    // A bar, slice or tile was clicked: the main window opens the activity table with this filter.
    void showActivities(const ActivityFilter& filter);
    // An activity in the upcoming-deadlines panel was chosen.
    void activityActivated(qint64 activityId);
    // The view shows a freshly computed summary.
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void scheduleRefresh();

    Workspace* m_workspace;
    DashboardView* m_view;
    QTimer m_coalesce;
    bool m_stale = true;
};
