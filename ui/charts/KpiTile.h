#pragma once

#include "KpiTiles.h"

#include <QWidget>

// One headline number at the top of the dashboard, painted exactly as in the exported picture;
// clicking it opens the activities it counts (when it counts any).
class KpiTile : public QWidget
{
    Q_OBJECT

public:
    explicit KpiTile(QWidget* parent = nullptr);
    void setKpi(const Kpi& kpi);
    const Kpi& kpi() const { return m_kpi; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void clicked(const ActivityFilter& filter);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    Kpi m_kpi;
};
