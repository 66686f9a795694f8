#pragma once

#include "TimelineLayout.h"
#include "TimelineRenderer.h"

#include <QAbstractScrollArea>

// The scrolling Gantt chart: a name column fixed on the left that scrolls vertically with the bars,
// a date header fixed on top. Paints only the rows and days in view. Dragging a bar's middle moves
// it, dragging an edge moves that end; on release it asks for the change (the page makes it undoable).
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget* parent = nullptr);

    // `activities` must stay alive until the next call; the layout keeps indices into it.
    void setContent(const QList<Activity>* activities, const TimelineLayout::Input& input,
                    const Campaign& campaign, const QHash<qint64, QColor>& pillarColours);
    void setZoom(TimelineZoom zoom);
    TimelineZoom zoom() const { return m_zoom; }
    void scrollToDate(QDate date);

    const TimelineLayout& timelineLayout() const { return m_layout; }
    const TimelineScale& scale() const { return m_data.scale; }
    const TimelineRenderer::Data& renderData() const { return m_data; }
    // Where a row's bar is on the viewport now (for tests and tooltips); empty when none.
    QRectF barOnViewport(int row) const;
    double nameWidth() const { return m_nameWidth; }

signals:
    void datesChangeRequested(qint64 activityId, QDate start, QDate end);
    void activityActivated(qint64 activityId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    enum class Drag { None, Move, Start, End };
    struct Hit
    {
        int row = -1;
        Drag part = Drag::None;
    };
    Hit hitTest(const QPointF& pos) const;
    void updateScrollBars();
    QPointF toContent(const QPointF& viewportPos) const;

    const QList<Activity>* m_activities = nullptr;
    TimelineLayout m_layout;
    TimelineRenderer::Data m_data;
    TimelineZoom m_zoom = TimelineZoom::Week;
    double m_nameWidth = TimelineRenderer::defaultNameWidth;
    Drag m_drag = Drag::None;
    int m_dragRow = -1;
    double m_pressX = 0;
    QDate m_newStart, m_newEnd;
};
