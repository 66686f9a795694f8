#include "TimelineView.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <cmath>

namespace {
constexpr double edgeGrip = 5; // pixels at each end of a bar that resize instead of move
}

TimelineView::TimelineView(QWidget* parent) : QAbstractScrollArea(parent)
{
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    verticalScrollBar()->setSingleStep(int(TimelineLayout::rowHeight));
    horizontalScrollBar()->setSingleStep(24);
    m_data.layout = &m_layout;
}

void TimelineView::setContent(const QList<Activity>* activities, const TimelineLayout::Input& input,
                              const Campaign& campaign, const QHash<qint64, QColor>& pillarColours)
{
    const QDate keep = m_data.scale.isValid() ? m_data.scale.dateAt(horizontalScrollBar()->value()) : QDate();
    m_activities = activities;
    m_layout.rebuild(input);
    m_data.activities = activities;
    m_data.campaign = campaign;
    m_data.today = input.today;
    m_data.pillarColours = pillarColours;
    m_data.scale =
        TimelineRenderer::fitScale(campaign, m_layout, input.today, TimelineScale::dayWidthFor(m_zoom));
    m_drag = Drag::None;
    updateScrollBars();
    if (keep.isValid())
        horizontalScrollBar()->setValue(int(m_data.scale.x(keep)));
    viewport()->update();
}

void TimelineView::setZoom(TimelineZoom zoom)
{
    if (zoom == m_zoom)
        return;
    // Keep the day in the middle of the chart where it is.
    const double chartW = viewport()->width() - m_nameWidth;
    const QDate centre = m_data.scale.dateAt(horizontalScrollBar()->value() + chartW / 2);
    m_zoom = zoom;
    m_data.scale = TimelineScale(m_data.scale.first(), m_data.scale.last(), TimelineScale::dayWidthFor(zoom));
    updateScrollBars();
    if (centre.isValid())
        horizontalScrollBar()->setValue(int(m_data.scale.x(centre) - chartW / 2));
    viewport()->update();
}

void TimelineView::scrollToDate(QDate date)
{
    const double chartW = viewport()->width() - m_nameWidth;
    horizontalScrollBar()->setValue(int(m_data.scale.x(date) - chartW / 3));
}

void TimelineView::updateScrollBars()
{
    const QSize vp = viewport()->size();
    const int chartW = std::max(0, vp.width() - int(m_nameWidth));
    const int chartH = std::max(0, vp.height() - int(TimelineRenderer::headerHeight));
    horizontalScrollBar()->setRange(0, std::max(0, int(std::ceil(m_data.scale.width())) - chartW));
    horizontalScrollBar()->setPageStep(chartW);
    verticalScrollBar()->setRange(0, std::max(0, int(std::ceil(m_layout.height())) - chartH));
    verticalScrollBar()->setPageStep(chartH);
}

QPointF TimelineView::toContent(const QPointF& p) const
{
    return {p.x() - m_nameWidth + horizontalScrollBar()->value(),
            p.y() - TimelineRenderer::headerHeight + verticalScrollBar()->value()};
}

QRectF TimelineView::barOnViewport(int row) const
{
    if (!m_activities)
        return {};
    const QRectF bar = m_layout.barRect(row, m_data.scale, *m_activities);
    if (bar.isEmpty())
        return {};
    return bar.translated(m_nameWidth - horizontalScrollBar()->value(),
                          TimelineRenderer::headerHeight - verticalScrollBar()->value());
}

void TimelineView::paintEvent(QPaintEvent*)
{
    QPainter p(viewport());
    const QSizeF vp = viewport()->size();
    const double hh = TimelineRenderer::headerHeight;
    const double x0 = horizontalScrollBar()->value(), y0 = verticalScrollBar()->value();
    if (!m_activities) {
        p.fillRect(rect(), palette().base());
        return;
    }
    TimelineRenderer renderer(m_data);
    if (m_drag != Drag::None && m_dragRow >= 0)
        renderer.setPreview(m_dragRow, m_newStart, m_newEnd);
    renderer.paintCorner(p, QRectF(0, 0, m_nameWidth, hh));
    renderer.paintHeader(p, QRectF(m_nameWidth, 0, vp.width() - m_nameWidth, hh), x0);
    renderer.paintNames(p, QRectF(0, hh, m_nameWidth, vp.height() - hh), y0);
    renderer.paintChart(p, QRectF(m_nameWidth, hh, vp.width() - m_nameWidth, vp.height() - hh), x0, y0);
}

void TimelineView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

TimelineView::Hit TimelineView::hitTest(const QPointF& pos) const
{
    if (!m_activities || pos.x() < m_nameWidth || pos.y() < TimelineRenderer::headerHeight)
        return {};
    const int row = m_layout.rowAt(toContent(pos).y());
    const QRectF bar = barOnViewport(row);
    if (bar.isEmpty() || pos.x() < bar.left() - edgeGrip || pos.x() > bar.right() + edgeGrip ||
        pos.y() < bar.top() || pos.y() > bar.bottom())
        return {row, Drag::None};
    // Short bars keep a grab area in the middle for moving.
    const double grip = std::min(edgeGrip, bar.width() / 4);
    if (pos.x() <= bar.left() + grip)
        return {row, Drag::Start};
    if (pos.x() >= bar.right() - grip)
        return {row, Drag::End};
    return {row, Drag::Move};
}

void TimelineView::mousePressEvent(QMouseEvent* event)
{
    const Hit hit = hitTest(event->position());
    if (event->button() != Qt::LeftButton || hit.part == Drag::None)
        return QAbstractScrollArea::mousePressEvent(event);
    const Activity& a = m_activities->at(m_layout.rows().at(hit.row).activity);
    m_drag = hit.part;
    m_dragRow = hit.row;
    m_pressX = event->position().x();
    m_newStart = a.start;
    m_newEnd = a.end;
}

void TimelineView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_drag == Drag::None) {
        const Drag part = hitTest(event->position()).part;
        viewport()->setCursor(part == Drag::Move                         ? Qt::SizeAllCursor
                              : part == Drag::Start || part == Drag::End ? Qt::SizeHorCursor
                                                                         : Qt::ArrowCursor);
        return QAbstractScrollArea::mouseMoveEvent(event);
    }
    const Activity& a = m_activities->at(m_layout.rows().at(m_dragRow).activity);
    const int days = m_data.scale.daysBetween(m_pressX, event->position().x());
    const QDate s = a.start.isValid() ? a.start : a.end, e = a.end.isValid() ? a.end : a.start;
    m_newStart = a.start.isValid() ? a.start : QDate();
    m_newEnd = a.end.isValid() ? a.end : QDate();
    if (m_drag == Drag::Move) {
        m_newStart = m_newStart.isValid() ? m_newStart.addDays(days) : m_newStart;
        m_newEnd = m_newEnd.isValid() ? m_newEnd.addDays(days) : m_newEnd;
    } else if (m_drag == Drag::Start) {
        m_newStart = std::min(s.addDays(days), e);
    } else {
        m_newEnd = std::max(e.addDays(days), s);
    }
    viewport()->update();
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_drag == Drag::None)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    const Activity& a = m_activities->at(m_layout.rows().at(m_dragRow).activity);
    const qint64 id = a.id;
    const bool changed = m_newStart != a.start || m_newEnd != a.end;
    const QDate start = m_newStart, end = m_newEnd;
    m_drag = Drag::None;
    m_dragRow = -1;
    viewport()->update();
    if (changed)
        emit datesChangeRequested(id, start, end);
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const int row = m_activities ? m_layout.rowAt(toContent(event->position()).y()) : -1;
    if (row >= 0 && m_layout.rows().at(row).kind == TimelineRow::Kind::Activity)
        emit activityActivated(m_activities->at(m_layout.rows().at(row).activity).id);
}

bool TimelineView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && m_activities) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int row = help->pos().y() >= TimelineRenderer::headerHeight
                            ? m_layout.rowAt(toContent(help->pos()).y())
                            : -1;
        if (row < 0 || m_layout.rows().at(row).kind != TimelineRow::Kind::Activity) {
            QToolTip::hideText();
            return true;
        }
        const Activity& a = m_activities->at(m_layout.rows().at(row).activity);
        QString text =
            QStringLiteral("<b>%1</b><br>%2 – %3")
                .arg(a.title.toHtmlEscaped(), a.start.toString(Qt::ISODate), a.end.toString(Qt::ISODate));
        if (a.deadline.isValid())
            text += QStringLiteral("<br>") + tr("Deadline %1").arg(a.deadline.toString(Qt::ISODate));
        QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}
