#include "ChartPanel.h"

#include "ChartDrillDown.h"
#include "ChartRenderer.h"

#include <QChart>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>

ChartPanel::ChartPanel(DashboardCharts::Kind kind, QWidget* parent) : QChartView(parent), m_kind(kind)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 240);
    setBackgroundBrush(Qt::white);
    setFrameShape(QFrame::StyledPanel);
    setSummary(std::make_shared<CampaignSummary>());
}

void ChartPanel::setSummary(std::shared_ptr<const CampaignSummary> summary)
{
    m_summary = std::move(summary);
    QChart* chart = DashboardCharts::create(m_kind, *m_summary);
    if (ChartDrillDown* drill = ChartDrillDown::of(chart))
        connect(drill, &ChartDrillDown::requested, this, &ChartPanel::showActivities);
    QChart* old = this->chart();
    setChart(chart); // QChartView does not delete the chart it replaces
    delete old;
}

QSize ChartPanel::exportSize() const
{
    return size().expandedTo(QSize(640, 400));
}

bool ChartPanel::savePng(const QString& path, QString* error) const
{
    std::unique_ptr<QChart> chart(DashboardCharts::create(m_kind, *m_summary));
    return ChartRenderer::savePng(chart.get(), exportSize(), path, error);
}

bool ChartPanel::saveSvg(const QString& path, QString* error) const
{
    std::unique_ptr<QChart> chart(DashboardCharts::create(m_kind, *m_summary));
    return ChartRenderer::saveSvg(chart.get(), exportSize(), path, DashboardCharts::title(m_kind), error);
}

void ChartPanel::copyToClipboard() const
{
    std::unique_ptr<QChart> chart(DashboardCharts::create(m_kind, *m_summary));
    ChartRenderer::copyToClipboard(chart.get(), exportSize());
}

void ChartPanel::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(tr("Save as PNG…"), this, [this] { saveAs(QStringLiteral("png")); });
    menu.addAction(tr("Save as SVG…"), this, [this] { saveAs(QStringLiteral("svg")); });
    menu.addSeparator();
    menu.addAction(tr("Copy"), this, &ChartPanel::copyToClipboard);
    menu.exec(event->globalPos());
}

void ChartPanel::saveAs(const QString& format)
{
    const QString filter =
        format == QLatin1String("png") ? tr("PNG image (*.png)") : tr("SVG drawing (*.svg)");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save chart"), DashboardCharts::key(m_kind) + QLatin1Char('.') + format, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + format, Qt::CaseInsensitive))
        path += QLatin1Char('.') + format;
    QString error;
    const bool ok = format == QLatin1String("png") ? savePng(path, &error) : saveSvg(path, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Save chart"), error);
}
