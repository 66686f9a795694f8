#include "MetricListModel.h"

#include "CampaignRepository.h"

MetricListModel::MetricListModel(CampaignRepository& repository, QObject* parent)
    : ReferenceListModel(parent), m_repository(repository)
{}

bool MetricListModel::load(qint64 campaignId, QString* error)
{
    CampaignContent content;
    if (!m_repository.load(campaignId, &content, error))
        return false;
    beginResetModel();
    m_campaignId = campaignId;
    m_metrics = std::move(content.metrics);
    endResetModel();
    return true;
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

Qt::ItemFlags MetricListModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? QAbstractTableModel::flags(index) | Qt::ItemIsEditable
                           : QAbstractTableModel::flags(index);
}

QString MetricListModel::problem(const Metric& m, int row) const
{
    if (m.name.isEmpty())
        return tr("A metric needs a name.");
    for (int i = 0; i < m_metrics.size(); ++i)
        if (i != row && sameName(m_metrics[i].name, m.name))
            return tr("The campaign already counts “%1”.").arg(m_metrics[i].name);
    return {};
}

bool MetricListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Metric m = m_metrics[index.row()];
    (index.column() == NameColumn ? m.name : m.unit) = value.toString().trimmed();
    const Metric& old = m_metrics[index.row()];
    if (m.name == old.name && m.unit == old.unit)
        return true;
    if (const QString why = problem(m, index.row()); !why.isEmpty())
        return fail(why);
    QString error;
    if (!m_repository.saveMetric(m, &error))
        return fail(error);
    CampaignRepository* repo = &m_repository;
    recordWrite(
        tr("Edit metric “%1”").arg(m.name),
        [repo, before = old](QString* e) mutable { return repo->saveMetric(before, e); },
        [repo, m](QString* e) mutable { return repo->saveMetric(m, e); });
    m_metrics[index.row()] = m;
    emit dataChanged(index, index);
    return succeed();
}

bool MetricListModel::appendNamed(const QString& name, QString* error)
{
    Metric m;
    m.campaignId = m_campaignId;
    m.position = m_metrics.isEmpty() ? 0 : m_metrics.last().position + 1;
    m.name = name.trimmed();
    if (const QString why = problem(m, -1); !why.isEmpty())
        return fail(why, error);
    QString problemText;
    if (!m_repository.saveMetric(m, &problemText))
        return fail(problemText, error);
    const int row = int(m_metrics.size());
    beginInsertRows({}, row, row);
    m_metrics.append(m);
    endInsertRows();
    return succeed();
}

bool MetricListModel::removeItem(int row, QString* error)
{
    if (!isRowValid(row, rowCount()))
        return fail(tr("The metric no longer exists."), error);
    QString problemText;
    if (!m_repository.removeMetric(m_metrics[row].id, &problemText))
        return fail(problemText, error);
    beginRemoveRows({}, row, row);
    m_metrics.removeAt(row);
    endRemoveRows();
    return succeed();
}

bool MetricListModel::moveItem(int from, int to, QString* error)
{
    if (!isRowValid(from, rowCount()) || !isRowValid(to, rowCount()))
        return fail(tr("The metric cannot move there."), error);
    if (from == to)
        return true;
    QList<qint64> ids;
    for (const Metric& m : std::as_const(m_metrics))
        ids.append(m.id);
    ids.move(from, to);
    QString problemText;
    if (!m_repository.setMetricOrder(ids, &problemText))
        return fail(problemText, error);
    QList<qint64> before = ids;
    before.move(to, from);
    CampaignRepository* repo = &m_repository;
    recordWrite(
        tr("Move metric “%1”").arg(m_metrics[from].name),
        [repo, before](QString* e) { return repo->setMetricOrder(before, e); },
        [repo, ids](QString* e) { return repo->setMetricOrder(ids, e); });
    beginMoveItem(from, to);
    m_metrics.move(from, to);
    for (int i = 0; i < m_metrics.size(); ++i)
        m_metrics[i].position = i;
    endMoveRows();
    return succeed();
}

QString MetricListModel::removalQuestion(int row) const
{
    QString error;
    int used = 0;
    if (!m_repository.metricUsage(m_metrics.value(row).id, &used, &error))
        return tr("Delete the metric “%1”? Whether activities have figures for it could not be read (%2).")
            .arg(nameAt(row), error);
    if (used == 0)
        return tr("Delete the metric “%1”? No activity has a figure for it.").arg(nameAt(row));
    return tr("Delete the metric “%1”? The figures of %n activity(s) for it will be deleted too.", nullptr,
              used)
        .arg(nameAt(row));
}
