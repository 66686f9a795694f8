#include "ChartPanel.h"

#include "ChartDrillDown.h"
#include "ChartRenderer.h"

#include "PlanDateFormat.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QContextMenuEvent>
#include <QCursor>
#include <QFileDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QToolTip>

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
    // Stacked bars carry no numbers of their own: hovering tells the exact count.
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
            connect(bars, &QAbstractBarSeries::hovered, this,
                    [this, chart](bool on, int index, QBarSet* set) {
                        if (on)
                            QToolTip::showText(QCursor::pos(), barText(chart, set, index), this);
                        else
                            QToolTip::hideText();
                    });
    }
    QChart* old = this->chart();
    setChart(chart); // QChartView does not delete the chart it replaces
    delete old;
}

QString ChartPanel::barText(const QChart* chart, const QBarSet* set, int index)
{
    QString where;
    for (QAbstractAxis* axis : chart->axes())
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
            where = categories->at(index);
    if (where.isEmpty())
        if (const auto f =
                ChartDrillDown::of(chart) ? ChartDrillDown::of(chart)->filterFor(set, index) : std::nullopt;
            f && f->from.isValid())
            where = PlanDateFormat::range(f->from, f->to);
    const QString value = QLocale().toString(set->at(index));
    return where.isEmpty() ? QStringLiteral("%1: %2").arg(set->label(), value)
                           : QStringLiteral("%1 · %2: %3").arg(where, set->label(), value);
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
