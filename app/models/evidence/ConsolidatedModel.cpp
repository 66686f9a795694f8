#include "ConsolidatedModel.h"

#include <QFont>
#include <QJsonDocument>
#include <QLocale>

ConsolidatedModel::ConsolidatedModel(QObject* parent) : QAbstractTableModel(parent) {}

void ConsolidatedModel::setUnits(const QString& ownName, const PackageFigures::Totals& own,
                                 const QList<SubordinateUnit>& units)
{
    beginResetModel();
    m_rows.clear();
    m_rows.append({0, ownName.isEmpty() ? tr("This unit") : ownName, tr("(this file)"), {}, own});
    for (const SubordinateUnit& u : units)
        m_rows.append({u.id, u.name, u.region, u.packageCreated,
                       PackageFigures::totals(QJsonDocument::fromJson(u.figures).object())});
    PackageFigures::Totals sum;
    for (const Row& r : std::as_const(m_rows)) {
        sum.total += r.totals.total;
        sum.done += r.totals.done;
        sum.inProgress += r.totals.inProgress;
        sum.notStarted += r.totals.notStarted;
        sum.cancelled += r.totals.cancelled;
        sum.overdue += r.totals.overdue;
    }
    m_rows.append({0, tr("Total"), {}, {}, sum});
    endResetModel();
}

PackageFigures::Totals ConsolidatedModel::rollUp() const
{
    return m_rows.isEmpty() ? PackageFigures::Totals() : m_rows.last().totals;
}

int ConsolidatedModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConsolidatedModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConsolidatedModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows.at(index.row());
    const PackageFigures::Totals& t = r.totals;
    if (role == UnitIdRole)
        return r.unitId;
    if (role == Qt::FontRole && index.row() == m_rows.size() - 1) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Total)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Unit:
        return r.name;
    case Region:
        return r.region;
    case Received:
        return r.received.isValid() ? QLocale().toString(r.received.toLocalTime(), QLocale::ShortFormat)
                                    : QString();
    case Total:
        return t.total;
    case Done:
        return t.done;
    case InProgress:
        return t.inProgress;
    case NotStarted:
        return t.notStarted;
    case Cancelled:
        return t.cancelled;
    case Overdue:
        return t.overdue;
    case Rate: {
        const int base = t.total - t.cancelled;
        return base > 0 ? QStringLiteral("%1%").arg(100.0 * t.done / base, 0, 'f', 1) : QStringLiteral("—");
    }
    default:
        return {};
    }
}

QVariant ConsolidatedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Unit:
        return tr("Unit");
    case Region:
        return tr("Region");
    case Received:
        return tr("Package of");
    case Total:
        return tr("Activities");
    case Done:
        return tr("Done");
    case InProgress:
        return tr("In progress");
    case NotStarted:
        return tr("Not started");
    case Cancelled:
        return tr("Cancelled");
    case Overdue:
        return tr("Overdue");
    case Rate:
        return tr("Completion");
    default:
        return {};
    }
}
