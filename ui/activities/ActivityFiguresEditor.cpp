#include "ActivityFiguresEditor.h"

#include <QHeaderView>
#include <QLocale>

ActivityFiguresEditor::ActivityFiguresEditor(QWidget* parent) : QTableWidget(parent)
{
    setColumnCount(5);
    setHorizontalHeaderLabels({tr("Metric"), tr("Target"), tr("approx."), tr("Actual"), tr("approx.")});
    horizontalHeaderItem(TargetApproxColumn)->setToolTip(tr("Approximate (\"余\"): at least this many"));
    horizontalHeaderItem(ActualApproxColumn)->setToolTip(tr("Approximate (\"余\"): at least this many"));
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int c = TargetColumn; c <= ActualApproxColumn; ++c)
        horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::AllEditTriggers);
    connect(this, &QTableWidget::itemChanged, this, [this] {
        if (!m_updating)
            emit figuresEdited();
    });
}

void ActivityFiguresEditor::setMetrics(const QList<Metric>& metrics)
{
    m_metrics = metrics;
    m_updating = true;
    setRowCount(int(metrics.size()));
    for (int row = 0; row < metrics.size(); ++row) {
        const Metric& m = metrics.at(row);
        auto* name =
            new QTableWidgetItem(m.unit.isEmpty() ? m.name : QStringLiteral("%1（%2）").arg(m.name, m.unit));
        name->setFlags(Qt::ItemIsEnabled);
        setItem(row, NameColumn, name);
        for (int c : {TargetColumn, ActualColumn}) {
            auto* value = new QTableWidgetItem;
            value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            setItem(row, c, value);
        }
        for (int c : {TargetApproxColumn, ActualApproxColumn}) {
            auto* approx = new QTableWidgetItem;
            approx->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            approx->setCheckState(Qt::Unchecked);
            setItem(row, c, approx);
        }
    }
    m_updating = false;
}

void ActivityFiguresEditor::setFigures(const QList<MetricValue>& figures)
{
    m_updating = true;
    for (int row = 0; row < m_metrics.size(); ++row) {
        MetricValue v;
        for (const MetricValue& f : figures)
            if (f.metricId == m_metrics.at(row).id)
                v = f;
        setAmount(row, TargetColumn, TargetApproxColumn, v.target);
        setAmount(row, ActualColumn, ActualApproxColumn, v.actual);
    }
    m_updating = false;
}

QList<MetricValue> ActivityFiguresEditor::figures() const
{
    QList<MetricValue> out;
    for (int row = 0; row < m_metrics.size(); ++row) {
        MetricValue v;
        v.metricId = m_metrics.at(row).id;
        v.target = amount(row, TargetColumn, TargetApproxColumn);
        v.actual = amount(row, ActualColumn, ActualApproxColumn);
        if (v.target.isSet || v.actual.isSet)
            out << v;
    }
    return out;
}

Amount ActivityFiguresEditor::amount(int row, int valueColumn, int approxColumn) const
{
    Amount a;
    const QString text = item(row, valueColumn)->text().trimmed();
    bool ok = false;
    const double value = QLocale().toDouble(text, &ok);
    a.isSet = !text.isEmpty();
    // Unreadable text is kept as a negative number so the validator refuses it with its reason.
    a.value = ok ? value : -1;
    a.approximate = item(row, approxColumn)->checkState() == Qt::Checked;
    return a;
}

void ActivityFiguresEditor::setAmount(int row, int valueColumn, int approxColumn, const Amount& a)
{
    item(row, valueColumn)->setText(a.isSet ? QLocale().toString(a.value, 'g', 12) : QString());
    item(row, approxColumn)->setCheckState(a.approximate ? Qt::Checked : Qt::Unchecked);
}
