#include "MetricListModel.h"

#include "CampaignRepository.h"
#include "ReferenceEditor.h"

MetricListModel::MetricListModel(const Database& db, QObject* parent) : ReferenceListModel(parent), m_db(db)
{}

void MetricListModel::setMetrics(const QList<Metric>& metrics, RowChange change)
{
    change = beginChange(change, m_metrics.size(), metrics.size());
    m_metrics = metrics;
    endChange(change);
}

int MetricListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_metrics.size());
}

int MetricListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetricListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Metric& m = m_metrics[index.row()];
    if (role == IdRole)
        return m.id;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    return index.column() == NameColumn ? m.name : m.unit;
}

QVariant MetricListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Metric");
    case UnitColumn:
        return tr("Unit");
    }
    return {};
}

bool MetricListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Metric m = m_metrics[index.row()];
    (index.column() == NameColumn ? m.name : m.unit) = value.toString().trimmed();
    return edit([&](ReferenceEditor& editor, QString* error) { return editor.edit(m, error); }, nullptr);
}

bool MetricListModel::appendNamed(const QString& name, QString* error)
{
    Metric m;
    m.name = name.trimmed();
    return edit([&](ReferenceEditor& editor, QString* e) { return editor.add(m, e); }, error);
}

bool MetricListModel::removeItem(int row, QString* error)
{
    const qint64 id = m_metrics.value(row).id;
    return edit([&](ReferenceEditor& editor, QString* e) { return editor.remove<Metric>(id, e); }, error);
}

bool MetricListModel::moveItem(int from, int to, QString* error)
{
    return edit([&](ReferenceEditor& editor, QString* e) { return editor.move<Metric>(from, to, e); }, error);
}

QString MetricListModel::removalQuestion(int row) const
{
    QString error;
    int used = 0;
    if (!CampaignRepository(m_db).metricUsage(m_metrics.value(row).id, &used, &error))
        return tr("Delete the metric “%1”? Whether activities have figures for it could not be read (%2).")
            .arg(nameAt(row), error);
    if (used == 0)
        return tr("Delete the metric “%1”? No activity has a figure for it.").arg(nameAt(row));
    return tr("Delete the metric “%1”? The figures of %n activity(s) for it will be deleted too.", nullptr,
              used)
        .arg(nameAt(row));
}
