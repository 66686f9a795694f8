#include "TimelineRenderer.h"

#include "DeadlineRules.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace {

const QColor gridColour(0xe3, 0xe6, 0xea);
const QColor weekendColour(0xf3, 0xf4, 0xf6);
const QColor groupColour(0xe8, 0xee, 0xf6);
const QColor textColour(0x22, 0x28, 0x30);
const QColor todayColour(0xd9, 0x30, 0x25);
const QColor summaryColour(0xe0, 0x7b, 0x00);
const QColor overdueColour(0xc6, 0x28, 0x28);

QString tr(const char* text)
{
    return QCoreApplication::translate("TimelineRenderer", text);
}

QFont sized(const QPainter& p, double px, bool bold = false)
{
    QFont f = p.font();
    f.setPixelSize(int(px));
    f.setBold(bold);
    return f;
}

} // namespace

TimelineScale TimelineRenderer::fitScale(const Campaign& c, const TimelineLayout& layout, QDate today,
                                         double dayWidth)
{
    QDate lo, hi;
    for (const QDate& d : {c.start, c.end, c.summaryDeadline, layout.earliest(), layout.latest()}) {
        if (!d.isValid())
            continue;
        lo = lo.isValid() ? std::min(lo, d) : d;
        hi = hi.isValid() ? std::max(hi, d) : d;
    }
    if (!lo.isValid()) {
        lo = today.isValid() ? today : QDate::currentDate();
        hi = lo.addDays(30);
    }
    lo = lo.addDays(-3);
    hi = hi.addDays(3);
    lo = lo.addDays(1 - lo.dayOfWeek());
    hi = hi.addDays(7 - hi.dayOfWeek());
    return TimelineScale(lo, hi, dayWidth);
}

void TimelineRenderer::setPreview(int row, QDate start, QDate end)
{
    m_previewRow = row;
    m_previewStart = start;
    m_previewEnd = end;
}

void TimelineRenderer::paintCorner(QPainter& p, const QRectF& area) const
{
    p.save();
    p.fillRect(area, Qt::white);
    p.setPen(textColour);
    p.setFont(sized(p, 13, true));
    p.drawText(area.adjusted(8, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter, tr("Activity"));
    p.setPen(gridColour.darker(115));
    p.drawLine(area.bottomLeft(), area.bottomRight());
    p.drawLine(area.topRight(), area.bottomRight());
    p.restore();
}

void TimelineRenderer::paintHeader(QPainter& p, const QRectF& area, double x0) const
{
    const TimelineScale& s = m_data.scale;
    p.save();
    p.setClipRect(area);
    p.fillRect(area, Qt::white);
    p.translate(area.left() - x0, area.top());
    const QDate d0 = s.dateAt(x0), d1 = s.dateAt(x0 + area.width());
    const double mid = headerHeight / 2;
    p.setPen(textColour);
    // Upper band: one label per month, kept on screen while its month is.
    p.setFont(sized(p, 12, true));
    for (QDate m(d0.year(), d0.month(), 1); m <= d1; m = m.addMonths(1)) {
        const double left = std::max(s.x(std::max(m, s.first())), x0);
        const double right = s.x(std::min(m.addMonths(1), s.last().addDays(1)));
        p.setPen(gridColour.darker(115));
        p.drawLine(QPointF(s.x(m), 0), QPointF(s.x(m), headerHeight));
        p.setPen(textColour);
        p.drawText(QRectF(left + 4, 0, right - left - 4, mid), Qt::AlignLeft | Qt::AlignVCenter,
                   QLocale().toString(m, QStringLiteral("yyyy-MM")));
    }
    // Lower band: every day when there is room, else the Mondays.
    p.setFont(sized(p, 11));
    const bool everyDay = s.dayWidth() >= 20;
    for (QDate d = d0; d <= d1; d = d.addDays(1)) {
        const double x = s.x(d);
        if (d.dayOfWeek() >= 6)
            p.fillRect(QRectF(x, mid, s.dayWidth(), mid), weekendColour);
        if (!everyDay && d.dayOfWeek() != 1)
            continue;
        p.setPen(gridColour);
        p.drawLine(QPointF(x, mid), QPointF(x, headerHeight));
        p.setPen(textColour);
        p.drawText(QRectF(x, mid, everyDay ? s.dayWidth() : s.dayWidth() * 7, mid),
                   everyDay ? Qt::AlignCenter : (Qt::AlignLeft | Qt::AlignVCenter),
                   everyDay ? QString::number(d.day()) : QStringLiteral(" %1").arg(d.day()));
    }
    if (m_data.today >= d0 && m_data.today <= d1) {
        const double x = s.x(m_data.today) + s.dayWidth() / 2;
        p.setPen(QPen(todayColour, 2));
        p.drawLine(QPointF(x, mid), QPointF(x, headerHeight));
    }
    p.setPen(gridColour.darker(115));
    p.drawLine(QPointF(x0, headerHeight - 0.5), QPointF(x0 + area.width(), headerHeight - 0.5));
    p.restore();
}

void TimelineRenderer::paintNames(QPainter& p, const QRectF& area, double y0) const
{
    const TimelineLayout& l = *m_data.layout;
    p.save();
    p.setClipRect(area);
    p.fillRect(area, Qt::white);
    p.translate(area.left(), area.top() - y0);
    const double w = area.width();
    const int r0 = std::max(0, int(std::floor(y0 / l.rowHeight)));
    const int r1 = std::min(l.rowCount(), int(std::ceil((y0 + area.height()) / l.rowHeight)));
    const QFont plain = sized(p, 12), bold = sized(p, 12, true);
    for (int r = r0; r < r1; ++r) {
        const TimelineRow& row = l.rows().at(r);
        const QRectF cell(0, l.rowTop(r), w, l.rowHeight);
        QString text;
        if (row.kind == TimelineRow::Kind::Group) {
            const TimelineGroup& g = l.groups().at(row.group);
            p.fillRect(cell, groupColour);
            if (g.colour.isValid())
                p.fillRect(QRectF(0, cell.top(), 4, cell.height()), g.colour);
            p.setFont(bold);
            text = QStringLiteral("%1 (%2)").arg(g.label).arg(g.count);
        } else {
            const Activity& a = m_data.activities->at(row.activity);
            p.setFont(plain);
            text = a.title;
            if (DeadlineRules::isOverdue(a, deadlineDay()))
                p.fillRect(QRectF(0, cell.top() + 4, 3, cell.height() - 8), overdueColour);
        }
        p.setPen(textColour);
        const QRectF textRect = cell.adjusted(row.kind == TimelineRow::Kind::Group ? 10 : 16, 0, -6, 0);
        p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(p.font()).elidedText(text, Qt::ElideRight, textRect.width()));
        p.setPen(gridColour);
        p.drawLine(QPointF(0, cell.bottom()), QPointF(w, cell.bottom()));
    }
    p.setPen(gridColour.darker(115));
    p.drawLine(QPointF(w - 0.5, y0), QPointF(w - 0.5, y0 + area.height()));
    p.restore();
}

void TimelineRenderer::paintChart(QPainter& p, const QRectF& area, double x0, double y0) const
{
    const TimelineLayout& l = *m_data.layout;
    const TimelineScale& s = m_data.scale;
    p.save();
    p.setClipRect(area);
    p.fillRect(area, Qt::white);
    p.translate(area.left() - x0, area.top() - y0);
    const QDate d0 = s.dateAt(x0), d1 = s.dateAt(x0 + area.width());
    const double top = y0, bottom = y0 + area.height();
    paintDayBackground(p, d0, d1, top, bottom);
    const int r0 = std::max(0, int(std::floor(y0 / l.rowHeight)));
    const int r1 = std::min(l.rowCount(), int(std::ceil(bottom / l.rowHeight)));
    p.setRenderHint(QPainter::Antialiasing, true);
    for (int r = r0; r < r1; ++r) {
        const double rowTop = l.rowTop(r);
        if (l.rows().at(r).kind == TimelineRow::Kind::Group)
            p.fillRect(QRectF(x0, rowTop, area.width(), l.rowHeight), groupColour);
        else
            paintActivityRow(p, r, x0 + area.width());
        p.setPen(gridColour);
        p.drawLine(QPointF(x0, rowTop + l.rowHeight), QPointF(x0 + area.width(), rowTop + l.rowHeight));
    }
    paintMarkers(p, d0, d1, top, bottom);
    p.restore();
}

void TimelineRenderer::paintDayBackground(QPainter& p, QDate d0, QDate d1, double top, double bottom) const
{
    const TimelineScale& s = m_data.scale;
    for (QDate d = d0; d.isValid() && d <= d1; d = d.addDays(1)) {
        const double x = s.x(d);
        if (d.dayOfWeek() >= 6)
            p.fillRect(QRectF(x, top, s.dayWidth(), bottom - top), weekendColour);
        const bool line = d.day() == 1 || (s.dayWidth() >= 8 && d.dayOfWeek() == 1) || s.dayWidth() >= 20;
        if (line) {
            p.setPen(d.day() == 1 ? gridColour.darker(115) : gridColour);
            p.drawLine(QPointF(x, top), QPointF(x, bottom));
        }
    }
}

void TimelineRenderer::paintMarkers(QPainter& p, QDate d0, QDate d1, double top, double bottom) const
{
    const TimelineScale& s = m_data.scale;
    const QDate summary = m_data.campaign.summaryDeadline;
    if (summary.isValid() && summary >= d0 && summary <= d1) {
        const double x = s.x(summary) + s.dayWidth() / 2;
        p.setPen(QPen(summaryColour, 2, Qt::DashLine));
        p.drawLine(QPointF(x, top), QPointF(x, bottom));
    }
    if (m_data.today.isValid() && m_data.today >= d0 && m_data.today <= d1) {
        const double x = s.x(m_data.today) + s.dayWidth() / 2;
        p.setPen(QPen(todayColour, 2));
        p.drawLine(QPointF(x, top), QPointF(x, bottom));
    }
}

QColor TimelineRenderer::barColour(const Activity& a) const
{
    if (a.status == ActivityStatus::Cancelled)
        return QColor(0xb0, 0xb4, 0xba);
    const QColor c = m_data.pillarColours.value(a.pillarId);
    return c.isValid() ? c : QColor(0x3b, 0x78, 0xc4);
}

void TimelineRenderer::paintActivityRow(QPainter& p, int row, double visibleRight) const
{
    const TimelineLayout& l = *m_data.layout;
    const TimelineScale& s = m_data.scale;
    Activity a = m_data.activities->at(l.rows().at(row).activity);
    if (row == m_previewRow) {
        a.start = m_previewStart;
        a.end = m_previewEnd;
    }
    const QRectF bar = TimelineLayout::barRect(a, l.rowTop(row), s);
    const bool overdue = DeadlineRules::isOverdue(a, deadlineDay());
    if (!bar.isEmpty()) {
        const QColor c = barColour(a);
        p.setPen(overdue ? QPen(overdueColour, 1.5) : QPen(c.darker(130), 1));
        p.setBrush(c.lighter(150));
        p.drawRoundedRect(bar, 3, 3);
        if (a.status == ActivityStatus::Cancelled) { // hatched so it reads as "not happening" in print too
            p.setBrush(QBrush(c.darker(140), Qt::BDiagPattern));
            p.drawRoundedRect(bar, 3, 3);
        }
        // The done part of the bar in the full colour.
        const double done = a.status == ActivityStatus::Done ? 1.0 : std::clamp(a.progress, 0, 100) / 100.0;
        if (done > 0) {
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * done, bar.height()), 3, 3);
        }
        if (row == m_previewRow) {
            p.setPen(QPen(textColour, 1, Qt::DotLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(bar.adjusted(-1, -1, 1, 1));
        }
    }
    if (a.deadline.isValid()) {
        const QPointF c(s.x(a.deadline) + s.dayWidth() / 2, l.rowTop(row) + l.rowHeight / 2);
        QPainterPath diamond;
        diamond.moveTo(c.x(), c.y() - 6);
        diamond.lineTo(c.x() + 5, c.y());
        diamond.lineTo(c.x(), c.y() + 6);
        diamond.lineTo(c.x() - 5, c.y());
        diamond.closeSubpath();
        p.setPen(QPen(Qt::white, 1));
        p.setBrush(overdue ? overdueColour : textColour);
        p.drawPath(diamond);
    }
    // The title follows the bar (or its deadline), as in a printed Gantt chart.
    double textLeft = bar.isEmpty() ? -1 : bar.right() + 6;
    if (a.deadline.isValid())
        textLeft = std::max(textLeft, s.x(a.deadline) + s.dayWidth() / 2 + 9);
    if (textLeft >= 0 && textLeft < visibleRight) {
        p.setPen(textColour);
        p.setFont(sized(p, 11));
        const QRectF r(textLeft, l.rowTop(row), std::max(0.0, visibleRight - textLeft), l.rowHeight);
        p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(p.font()).elidedText(a.title, Qt::ElideRight, std::min(r.width(), 320.0)));
    }
}
