#pragma once

#include "Activity.h"
#include "Campaign.h"
#include "TimelineLayout.h"
#include "TimelineScale.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QRectF>

class QPainter;

// Paints the timeline's three parts (date header, name column, bars) for any visible window of it,
// on any QPainter: the page's viewport, a printer, a PDF or an image share this code. Only the rows
// and days inside the window are touched, so the cost does not grow with the number of activities.
class TimelineRenderer
{
public:
    static constexpr double headerHeight = 40;
    static constexpr double defaultNameWidth = 240;

    struct Data
    {
        const QList<Activity>* activities = nullptr;
        const TimelineLayout* layout = nullptr;
        TimelineScale scale;
        Campaign campaign;
        QDate today;
        QHash<qint64, QColor> pillarColours;
    };

    explicit TimelineRenderer(const Data& data) : m_data(data) {}
    // Today for overdue marks: none while the campaign is finished (the today line still shows).
    QDate deadlineDay() const { return CampaignStates::deadlineDay(m_data.campaign.state, m_data.today); }

    // A range covering the campaign and every dated row with a little margin, whole weeks.
    static TimelineScale fitScale(const Campaign& campaign, const TimelineLayout& layout, QDate today,
                                  double dayWidth);

    // While a bar is dragged it is drawn at these dates instead of its stored ones.
    void setPreview(int row, QDate start, QDate end);
    void clearPreview() { m_previewRow = -1; }

    // `area` is where to paint on the painter; x0/y0 the content position shown at its top-left.
    void paintHeader(QPainter& p, const QRectF& area, double x0) const;
    void paintNames(QPainter& p, const QRectF& area, double y0) const;
    void paintChart(QPainter& p, const QRectF& area, double x0, double y0) const;
    void paintCorner(QPainter& p, const QRectF& area) const;

private:
    void paintDayBackground(QPainter& p, QDate d0, QDate d1, double top, double bottom) const;
    void paintMarkers(QPainter& p, QDate d0, QDate d1, double top, double bottom) const;
    void paintActivityRow(QPainter& p, int row, double visibleRight) const;
    QColor barColour(const Activity& a) const;

    Data m_data;
    int m_previewRow = -1;
    QDate m_previewStart;
    QDate m_previewEnd;
};
