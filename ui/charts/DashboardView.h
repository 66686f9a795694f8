#pragma once

#include "ActivityFilter.h"
#include "CampaignSummary.h"

#include <QList>
#include <QWidget>

#include <memory>

class ChartPanel;
class KpiTile;
class QGridLayout;

// The dashboard's content for one summary: KPI tiles above a grid of chart panels, scrolling when
// the window is small. Knows nothing of files; DashboardPage feeds it.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(QWidget* parent = nullptr);

    void setSummary(std::shared_ptr<const CampaignSummary> summary);
    std::shared_ptr<const CampaignSummary> summary() const { return m_summary; }
    const QList<ChartPanel*>& panels() const { return m_panels; }
    QList<KpiTile*> tiles() const { return m_tiles; }

signals:
    void showActivities(const ActivityFilter& filter);

private:
    KpiTile* tileAt(int index);

    std::shared_ptr<const CampaignSummary> m_summary;
    QGridLayout* m_tileGrid = nullptr;
    QList<KpiTile*> m_tiles;
    QList<ChartPanel*> m_panels;
};
