#include "DashboardRenderer.h"

#include "ChartRenderer.h"
#include "ChartTheme.h"
#include "DashboardCharts.h"

#include <QChart>
#include <QCoreApplication>
#include <QLocale>
#include <QPainter>

#include <memory>

namespace DashboardRenderer {

namespace {
constexpr qreal kWidth = 1600;
constexpr qreal kHeadingHeight = 56;
constexpr qreal kChartHeight = 400;
constexpr qreal kGap = 12;
constexpr int kTilesPerRow = 5;

int tileRows(int tiles)
{
    return (tiles + kTilesPerRow - 1) / kTilesPerRow;
}
} // namespace

QSize preferredSize()
{
    const int rows = tileRows(7 + KpiTiles::maxFigureTiles);
    const qreal h = kHeadingHeight + rows * (tileHeight() + kGap) + 3 * (kChartHeight + kGap) + kGap;
    return QSize(int(kWidth), int(h));
}

QString heading(const CampaignSummary& summary, const QString& unitName)
{
    QStringList parts;
    parts << (summary.campaign.title.isEmpty()
                  ? QCoreApplication::translate("DashboardRenderer", "Campaign %1").arg(summary.campaign.year)
                  : summary.campaign.title);
    if (!unitName.isEmpty())
        parts << unitName;
    parts << QCoreApplication::translate("DashboardRenderer", "as of %1")
                 .arg(QLocale().toString(summary.today, QLocale::ShortFormat));
    return parts.join(QStringLiteral(" · "));
}

static QFont valueFont()
{
    QFont value = ChartTheme::titleFont();
    value.setPointSizeF(value.pointSizeF() * 1.8);
    return value;
}

qreal tileHeight()
{
    return 2 * QFontMetricsF(ChartTheme::labelFont()).height() + QFontMetricsF(valueFont()).height() + 14;
}

void paintTile(QPainter* painter, const QRectF& box, const Kpi& kpi)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(QColor(0xD5, 0xD8, 0xDC), 1));
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter->fillRect(QRectF(box.left(), box.top(), 4, box.height()), kpi.accent);
    const QRectF inner = box.adjusted(12, 7, -8, -7);
    QFont label = ChartTheme::labelFont();
    const QFont value = valueFont();
    painter->setPen(QColor(0x56, 0x65, 0x73));
    painter->setFont(label);
    const QFontMetricsF lm(label);
    painter->drawText(QRectF(inner.left(), inner.top(), inner.width(), lm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      lm.elidedText(kpi.label, Qt::ElideRight, inner.width()));
    const QFontMetricsF vm(value);
    const QRectF valueBox(inner.left(), inner.top() + lm.height(), inner.width(), vm.height());
    painter->setFont(value);
    painter->setPen(QColor(0x1C, 0x28, 0x33));
    painter->drawText(valueBox, Qt::AlignLeft | Qt::AlignVCenter,
                      vm.elidedText(kpi.value, Qt::ElideRight, inner.width()));
    painter->setFont(label);
    painter->setPen(QColor(0x56, 0x65, 0x73));
    painter->drawText(QRectF(inner.left(), valueBox.bottom(), inner.width(), lm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      lm.elidedText(kpi.detail, Qt::ElideRight, inner.width()));
    painter->restore();
}

void paint(QPainter* painter, const QRectF& target, const CampaignSummary& summary, const QString& title)
{
    const QSize logical = preferredSize();
    painter->save();
    painter->translate(target.topLeft());
    painter->scale(target.width() / logical.width(), target.height() / logical.height());
    painter->fillRect(QRectF(QPointF(0, 0), logical), Qt::white);

    QFont headingFont = ChartTheme::titleFont();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    painter->setFont(headingFont);
    painter->setPen(QColor(0x1C, 0x28, 0x33));
    painter->drawText(QRectF(kGap, 0, kWidth - 2 * kGap, kHeadingHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      title);

    const QList<Kpi> tiles = KpiTiles::build(summary);
    const qreal tileWidth = (kWidth - (kTilesPerRow + 1) * kGap) / kTilesPerRow;
    for (qsizetype i = 0; i < tiles.size(); ++i) {
        const qreal x = kGap + (i % kTilesPerRow) * (tileWidth + kGap);
        const qreal y = kHeadingHeight + (i / kTilesPerRow) * (tileHeight() + kGap);
        paintTile(painter, QRectF(x, y, tileWidth, tileHeight()), tiles[i]);
    }
    const qreal chartsTop = kHeadingHeight + tileRows(7 + KpiTiles::maxFigureTiles) * (tileHeight() + kGap);
    const qreal chartWidth = (kWidth - 3 * kGap) / 2;
    const QList<DashboardCharts::Kind> kinds = DashboardCharts::all();
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        std::unique_ptr<QChart> chart(DashboardCharts::create(kinds[i], summary));
        const QRectF box(kGap + (i % 2) * (chartWidth + kGap), chartsTop + (i / 2) * (kChartHeight + kGap),
                         chartWidth, kChartHeight);
        ChartRenderer::render(chart.get(), painter, box);
        painter->setPen(QColor(0xD5, 0xD8, 0xDC));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(box);
    }
    painter->restore();
}

} // namespace DashboardRenderer
