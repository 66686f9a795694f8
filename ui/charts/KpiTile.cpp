#include "KpiTile.h"

#include "DashboardRenderer.h"

#include <QMouseEvent>
#include <QPainter>
#include <QtMath>

KpiTile::KpiTile(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void KpiTile::setKpi(const Kpi& kpi)
{
    m_kpi = kpi;
    setCursor(kpi.filter ? Qt::PointingHandCursor : Qt::ArrowCursor);
    setToolTip(kpi.filter ? tr("Show these activities") : QString());
    setAccessibleName(kpi.label + QLatin1Char(' ') + kpi.value);
    update();
}

QSize KpiTile::sizeHint() const
{
    return QSize(190, qCeil(DashboardRenderer::tileHeight()));
}

QSize KpiTile::minimumSizeHint() const
{
    return QSize(120, sizeHint().height());
}

void KpiTile::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    DashboardRenderer::paintTile(&painter, QRectF(rect()), m_kpi);
}

void KpiTile::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_kpi.filter && rect().contains(event->position().toPoint()))
        emit clicked(*m_kpi.filter);
}
