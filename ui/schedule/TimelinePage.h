#pragma once

#include "TimelineLayout.h"

#include <QWidget>

class ActivityEditor;
class QComboBox;
class QLabel;
class ActivityFilterBar;
class TimelineView;
class Workspace;

// The timeline page: the campaign's activities as bars, grouped and filtered, with zoom, printing
// and PDF/PNG export. Dragging a bar becomes an undoable edit through the workspace's editor.
class TaskRunner;
class TimelinePage : public QWidget
{
    Q_OBJECT

public:
    TimelinePage(Workspace& workspace, ActivityEditor& editor, QWidget* parent = nullptr);

    TimelineView* view() const { return m_view; }
    // Rebuilds rows from the workspace (activities, reference data, filter, grouping).
    void refresh();
    void setGrouping(TimelineGrouping grouping);
    void setZoom(TimelineZoom zoom);
    // Writes the timeline as "pdf" or "png" to `path` on a worker thread behind a progress dialog.
    void exportFile(const QString& path, const QString& format);
    TaskRunner* exports() const { return m_exports; }

signals:
    void activityActivated(qint64 activityId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Rebuilds now when shown, else when next shown: a hidden page costs nothing per edit.
    void changed();
    void applyDates(qint64 activityId, QDate start, QDate end);
    void print();
    void exportTo(const QString& format);
    QString title() const;

    Workspace& m_workspace;
    ActivityEditor& m_editor;
    ActivityFilterBar* m_filters;
    QComboBox* m_grouping;
    QComboBox* m_zoom;
    QLabel* m_count;
    TimelineView* m_view;
    TaskRunner* m_exports;
    bool m_stale = false;
};
