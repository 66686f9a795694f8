#include "MonthGrid.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

namespace {
const QColor deadlineColour(0xc6, 0x28, 0x28);
const QColor summaryColour(0xe0, 0x7b, 0x00);
} // namespace

MonthGrid::MonthGrid(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(420, 320);
}

void MonthGrid::setMonth(const CalendarMonth* month, const QList<Activity>* activities, QDate today,
                         const QHash<qint64, QColor>& pillarColours)
{
    m_month = month;
    m_activities = activities;
    m_today = today;
    m_colours = pillarColours;
    update();
}

void MonthGrid::setSelectedDate(QDate date)
{
    m_selected = date;
    update();
}

double MonthGrid::headerHeight() const
{
    return fontMetrics().height() + 8;
}

QRectF MonthGrid::cellRect(QDate date) const
{
    if (!m_month || m_month->days().isEmpty())
        return {};
    const qint64 i = m_month->firstDay().daysTo(date);
    if (i < 0 || i >= CalendarMonth::dayCount)
        return {};
    const double w = width() / 7.0, h = (height() - headerHeight()) / 6.0;
    return QRectF((i % 7) * w, headerHeight() + (i / 7) * h, w, h);
}

void MonthGrid::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const double w = width() / 7.0;
    p.setPen(palette().text().color());
    for (int d = 0; d < 7; ++d)
        p.drawText(QRectF(d * w, 0, w, headerHeight()), Qt::AlignCenter,
                   QLocale().dayName(d + 1, QLocale::ShortFormat));
    if (!m_month)
        return;
    for (const CalendarMonth::Day& day : m_month->days())
        paintDay(p, day, cellRect(day.date));
}

void MonthGrid::paintDay(QPainter& p, const CalendarMonth::Day& day, const QRectF& cell) const
{
    const bool inMonth = day.date.month() == m_month->month().month();
    if (day.date.dayOfWeek() >= 6)
        p.fillRect(cell, QColor(0xf3, 0xf4, 0xf6));
    if (day.date == m_selected)
        p.fillRect(cell, palette().highlight().color().lighter(185));
    p.setPen(QColor(0xd5, 0xd9, 0xde));
    p.setBrush(Qt::NoBrush);
    p.drawRect(cell);
    const QFontMetricsF fm(font());
    const double line = fm.height();
    QRectF numberRect(cell.left() + 4, cell.top() + 2, cell.width() - 8, line);
    if (day.date == m_today) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xd9, 0x30, 0x25));
        p.drawEllipse(QRectF(cell.left() + 2, cell.top() + 2, line + 4, line));
        p.setPen(Qt::white);
        numberRect.setLeft(cell.left() + 2);
        numberRect.setWidth(line + 4);
        p.drawText(numberRect, Qt::AlignCenter, QString::number(day.date.day()));
    } else {
        p.setPen(inMonth ? palette().text().color() : palette().placeholderText().color());
        p.drawText(numberRect, Qt::AlignLeft | Qt::AlignVCenter, QString::number(day.date.day()));
    }
    // Deadlines count on the right of the day number, in red; the campaign summary in orange.
    QString marks;
    if (!day.deadlines.isEmpty())
        marks = tr("◆ %1 due").arg(day.deadlines.size());
    p.setPen(deadlineColour);
    p.drawText(QRectF(cell.left() + line + 8, cell.top() + 2, cell.width() - line - 12, line),
               Qt::AlignRight | Qt::AlignVCenter, marks);
    double y = cell.top() + line + 4;
    if (day.summaryDeadline) {
        p.fillRect(QRectF(cell.left() + 2, y, cell.width() - 4, line), summaryColour);
        p.setPen(Qt::white);
        p.drawText(QRectF(cell.left() + 5, y, cell.width() - 8, line), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(tr("Summary due"), Qt::ElideRight, cell.width() - 8));
        y += line + 1;
    }
    const int fits = std::max(0, int((cell.bottom() - y - 2) / (line + 1)));
    const int total = int(day.running.size());
    const int shown = total > fits ? std::max(0, fits - 1) : total;
    for (int i = 0; i < shown; ++i) {
        const Activity& a = m_activities->at(day.running.at(i));
        const QColor c = m_colours.value(a.pillarId, QColor(0x3b, 0x78, 0xc4));
        p.fillRect(QRectF(cell.left() + 2, y + 2, 3, line - 4), c);
        p.setPen(inMonth ? palette().text().color() : palette().placeholderText().color());
        p.drawText(QRectF(cell.left() + 8, y, cell.width() - 10, line), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(a.title, Qt::ElideRight, cell.width() - 10));
        y += line + 1;
    }
    if (shown < total) {
        p.setPen(palette().placeholderText().color());
        p.drawText(QRectF(cell.left() + 8, y, cell.width() - 10, line), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("+%1 more").arg(total - shown));
    }
}

void MonthGrid::mousePressEvent(QMouseEvent* event)
{
    if (!m_month)
        return;
    for (const CalendarMonth::Day& day : m_month->days()) {
        if (cellRect(day.date).contains(event->position())) {
            setSelectedDate(day.date);
            emit dayClicked(day.date);
            return;
        }
    }
}
