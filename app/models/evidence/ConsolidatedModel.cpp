#include "ConsolidatedModel.h"

#include <QFont>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

ConsolidatedModel::ConsolidatedModel(QObject* parent) : QAbstractTableModel(parent) {}

namespace {
PackageFigures::Totals sumOf(const auto& rows)
{
    PackageFigures::Totals sum;
    for (const auto& r : rows) {
        sum.total += r.totals.total;
        sum.done += r.totals.done;
        sum.inProgress += r.totals.inProgress;
        sum.notStarted += r.totals.notStarted;
        sum.cancelled += r.totals.cancelled;
        sum.overdue += r.totals.overdue;
    }
    return sum;
}
} // namespace

void ConsolidatedModel::setUnits(const QString& ownName, const PackageFigures::Totals& own,
                                 const QList<SubordinateUnit>& units)
{
    beginResetModel();
    m_sources = false;
    m_rows.clear();
    m_rows.append({0,
                   ownName.isEmpty() ? tr("This unit") : ownName,
                   tr("(this file)"),
                   {},
                   own,
                   QStringLiteral("file"),
                   int(ConsolidatedUnit::Source::File)});
    for (const SubordinateUnit& u : units)
        m_rows.append({u.id, u.name, u.region, u.packageCreated,
                       PackageFigures::totals(QJsonDocument::fromJson(u.figures).object()),
                       QStringLiteral("package:%1").arg(u.id), int(ConsolidatedUnit::Source::Package)});
    m_rows.append({0, tr("Total"), {}, {}, sumOf(m_rows), {}, -1});
    endResetModel();
}

QString ConsolidatedModel::keyOf(const ConsolidatedUnit& unit)
{
    switch (unit.source) {
    case ConsolidatedUnit::Source::Server:
        return QStringLiteral("server:%1").arg(unit.id);
    case ConsolidatedUnit::Source::Package:
        return QStringLiteral("package:%1").arg(unit.id);
    case ConsolidatedUnit::Source::File:
        break;
    }
    return QStringLiteral("file");
}

void ConsolidatedModel::setInput(const ConsolidatedInput& input)
{
    QList<Row> rows;
    rows.reserve(input.subordinates.size() + 2);
    bool live = false;
    const auto add = [&](const ConsolidatedUnit& u, bool own) {
        live = live || u.source == ConsolidatedUnit::Source::Server;
        QString name = u.name;
        if (name.isEmpty())
            name = own ? tr("This unit") : tr("(unit without a name)");
        rows.append({u.source == ConsolidatedUnit::Source::Package ? u.id : 0, name,
                     u.source == ConsolidatedUnit::Source::File ? tr("(this file)") : u.region, u.received,
                     PackageFigures::totals(u.figures), keyOf(u), int(u.source)});
    };
    add(input.own, true);
    for (const ConsolidatedUnit& u : input.subordinates)
        add(u, false);
    rows.append({0, tr("Total"), {}, {}, sumOf(rows), {}, -1});
    const bool sameUnits = live == m_sources && rows.size() == m_rows.size() &&
                           std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                                      [](const Row& a, const Row& b) { return a.key == b.key; });
    if (!sameUnits) {
        beginResetModel();
        m_rows = std::move(rows);
        m_sources = live;
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row& a = rows.at(i);
        const Row& b = m_rows.at(i);
        const bool same = a.name == b.name && a.region == b.region && a.received == b.received &&
                          a.unitId == b.unitId && a.source == b.source && a.totals == b.totals;
        m_rows[i] = a;
        if (!same)
            emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
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
    if (role == UnitKeyRole)
        return r.key;
    if (role == SourceRole)
        return r.source < 0 ? QVariant() : QVariant(r.source);
    if (role == Qt::ToolTipRole && index.column() == Received && m_sources) {
        if (r.source == int(ConsolidatedUnit::Source::Server))
            return tr("Read live from the shared server at %1")
                .arg(QLocale().toString(r.received.toLocalTime(), QLocale::ShortFormat));
        if (r.source == int(ConsolidatedUnit::Source::Package))
            return tr("From the report package the unit sent (it has no data of this year on the server)");
        return {};
    }
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
        if (m_sources && r.source == int(ConsolidatedUnit::Source::Server))
            return tr("Server (live)");
        if (m_sources && r.source == int(ConsolidatedUnit::Source::Package))
            return tr("Package of %1")
                .arg(QLocale().toString(r.received.toLocalTime(), QLocale::ShortFormat));
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
        return m_sources ? tr("Source") : tr("Package of");
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
