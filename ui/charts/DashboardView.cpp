#include "DashboardView.h"

#include "ChartPanel.h"
#include "KpiTile.h"
#include "KpiTiles.h"

#include <QGridLayout>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {
constexpr int kTilesPerRow = 5;
constexpr int kChartColumns = 2;
constexpr int kChartMinHeight = 360; // twelve department rows and the legend stay legible
} // namespace

DashboardView::DashboardView(QWidget* parent) : QWidget(parent)
{
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("dashboardContent"));
    content->setAutoFillBackground(true);
    QPalette pal = content->palette();
    pal.setColor(QPalette::Window, QColor(0xF4, 0xF6, 0xF7));
    content->setPalette(pal);
    auto* column = new QVBoxLayout(content);
    m_tileGrid = new QGridLayout;
    m_tileGrid->setSpacing(8);
    column->addLayout(m_tileGrid);
    auto* charts = new QGridLayout;
    charts->setSpacing(8);
    const QList<DashboardCharts::Kind> kinds = DashboardCharts::all();
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        auto* panel = new ChartPanel(kinds[i]);
        panel->setMinimumHeight(kChartMinHeight);
        connect(panel, &ChartPanel::showActivities, this, &DashboardView::showActivities);
        charts->addWidget(panel, int(i / kChartColumns), int(i % kChartColumns));
        m_panels << panel;
    }
    column->addLayout(charts, 1);

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    setSummary(std::make_shared<CampaignSummary>());
}

KpiTile* DashboardView::tileAt(int index)
{
    while (m_tiles.size() <= index) {
        auto* tile = new KpiTile;
        connect(tile, &KpiTile::clicked, this, &DashboardView::showActivities);
        const int i = int(m_tiles.size());
        m_tileGrid->addWidget(tile, i / kTilesPerRow, i % kTilesPerRow);
        m_tiles << tile;
    }
    return m_tiles[index];
}

void DashboardView::setSummary(std::shared_ptr<const CampaignSummary> summary)
{
    m_summary = std::move(summary);
    const QList<Kpi> kpis = KpiTiles::build(*m_summary);
    for (qsizetype i = 0; i < kpis.size(); ++i) {
        tileAt(int(i))->setKpi(kpis[i]);
        m_tiles[i]->show();
    }
    for (qsizetype i = kpis.size(); i < m_tiles.size(); ++i)
        m_tiles[i]->hide();
    for (ChartPanel* panel : std::as_const(m_panels))
        panel->setSummary(m_summary);
}
