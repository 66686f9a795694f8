#include "UnitRollUpChart.h"

#include "ActivityStatus.h"
#include "ChartParts.h"
#include "ChartTheme.h"
#include "ConsolidatedModel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QValueAxis>

namespace {
struct Part
{
    ActivityStatus status;
    ConsolidatedModel::Column column;
};
const Part kParts[] = {{ActivityStatus::Done, ConsolidatedModel::Done},
                       {ActivityStatus::InProgress, ConsolidatedModel::InProgress},
                       {ActivityStatus::NotStarted, ConsolidatedModel::NotStarted},
                       {ActivityStatus::Cancelled, ConsolidatedModel::Cancelled}};
} // namespace

UnitRollUpChart::UnitRollUpChart(ConsolidatedModel* model, QWidget* parent)
    : QChartView(parent), m_model(model)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 200);
    setBackgroundBrush(Qt::white);
    setFrameShape(QFrame::StyledPanel);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UnitRollUpChart::rebuild);
    rebuild();
}

QChart* UnitRollUpChart::create(const ConsolidatedModel& model)
{
    auto* chart = new QChart;
    ChartTheme::apply(chart, tr("Activities by unit"));
    const int units = qMax(0, model.rowCount() - 1); // without the total row
    // Horizontal bars read top-down, so the first unit is the last category.
    QStringList labels;
    int max = 0;
    for (int row = units - 1; row >= 0; --row) {
        const int total = model.index(row, ConsolidatedModel::Total).data().toInt();
        labels << QStringLiteral("%1 (%2)")
                      .arg(ChartTheme::elide(model.index(row, ConsolidatedModel::Unit).data().toString(), 14))
                      .arg(total);
        max = qMax(max, total);
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.6);
    for (const Part& part : kParts) {
        QList<qreal> values;
        for (int row = units - 1; row >= 0; --row)
            values << model.index(row, part.column).data().toInt();
        series->append(ChartParts::barSet(ActivityStatuses::displayName(part.status),
                                          ChartTheme::statusColour(part.status), values));
    }
    ChartParts::attach(chart, series, ChartParts::categoryAxis(labels), ChartParts::countAxis(max), true);
    return chart;
}

void UnitRollUpChart::rebuild()
{
    QChart* old = chart();
    setChart(create(*m_model)); // QChartView does not delete the chart it replaces
    delete old;
}
