#pragma once

#include "CampaignSummary.h"
#include "KpiTiles.h"

#include <QRectF>
#include <QSize>
#include <QString>

class QPainter;

// The whole dashboard as one picture (heading, KPI tiles, every chart) on any paint device: the
// CLI export, slides, a report page. The page on screen draws its tiles with paintTile too.
namespace DashboardRenderer {
// Logical size the picture is laid out for; fonts are sized for it.
QSize preferredSize();
void paint(QPainter* painter, const QRectF& target, const CampaignSummary& summary, const QString& heading);
// Height a tile needs for its three lines in the dashboard's fonts.
qreal tileHeight();
void paintTile(QPainter* painter, const QRectF& box, const Kpi& kpi);
// "2021年全国“质量月”活动 · 本局 · 2021-09-15"
QString heading(const CampaignSummary& summary, const QString& unitName);
} // namespace DashboardRenderer
