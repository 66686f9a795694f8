#pragma once

#include "ActivityFilter.h"
#include "CampaignSummary.h"
#include "DashboardCharts.h"

#include <QChartView>

#include <memory>

class QBarSet;

// One dashboard chart on screen. Rebuilds its chart when the summary changes, passes clicks on as
// activity filters, and offers Save as PNG/SVG and Copy in its context menu (drawn again off screen
// at the panel's size, so the picture matches what the user sees).
class ChartPanel : public QChartView
{
    Q_OBJECT

public:
    explicit ChartPanel(DashboardCharts::Kind kind, QWidget* parent = nullptr);

    DashboardCharts::Kind kind() const { return m_kind; }
    void setSummary(std::shared_ptr<const CampaignSummary> summary);
    bool savePng(const QString& path, QString* error) const;
    bool saveSvg(const QString& path, QString* error) const;
    void copyToClipboard() const;
    // "质量宣传 (597) · 质量宣传/Done: 240": what a bar stands for, for its tooltip.
    static QString barText(const QChart* chart, const QBarSet* set, int index);

signals:
    void showActivities(const ActivityFilter& filter);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void saveAs(const QString& format);
    QSize exportSize() const;

    DashboardCharts::Kind m_kind;
    std::shared_ptr<const CampaignSummary> m_summary;
};
