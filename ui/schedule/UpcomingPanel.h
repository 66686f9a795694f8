#pragma once

#include <QWidget>

class QLabel;
class QListView;
class UpcomingModel;
class Workspace;

// "What is due": overdue activities, those due within 3 and 7 days and the campaign's summary
// deadline, kept current with the workspace. Small enough to embed in the dashboard.
class UpcomingPanel : public QWidget
{
    Q_OBJECT

public:
    explicit UpcomingPanel(Workspace& workspace, QWidget* parent = nullptr);

    UpcomingModel* model() const { return m_model; }
    void refresh();

signals:
    void activityActivated(qint64 activityId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Recomputes now when shown, else when next shown.
    void changed();

    Workspace& m_workspace;
    QLabel* m_heading;
    QListView* m_list;
    UpcomingModel* m_model;
    bool m_stale = false;
};
