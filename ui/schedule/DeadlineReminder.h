#pragma once

#include <QDialog>

class UpcomingPanel;
class Workspace;

// The start-up reminder: a non-modal window listing overdue and due-soon items, shown only when
// there is something to say, so it never blocks the main window.
class DeadlineReminder : public QDialog
{
    Q_OBJECT

public:
    DeadlineReminder(Workspace& workspace, QWidget* parent = nullptr);

    // Shows a reminder (deleted on close) when anything is overdue or due within 7 days;
    // returns it, or nullptr when nothing is due.
    static DeadlineReminder* showIfNeeded(Workspace& workspace, QWidget* parent);

    UpcomingPanel* panel() const { return m_panel; }

signals:
    void activityActivated(qint64 activityId);

private:
    UpcomingPanel* m_panel;
};
