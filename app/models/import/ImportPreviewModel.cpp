#include "ImportPreviewModel.h"

#include "PlanDateFormat.h"

#include <QBrush>
#include <QColor>

namespace {

QString amountText(const Amount& a)
{
    return QString::number(a.value, 'g', 12) + (a.approximate ? QStringLiteral("余") : QString());
}

} // namespace

ImportPreviewModel::ImportPreviewModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setPreview(const ImportPreview& preview, const ImportContext& context)
{
    beginResetModel();
    m_preview = preview;
    m_departments.clear();
    m_pillars.clear();
    m_metrics.clear();
    for (const Department& d : context.departments)
        m_departments.insert(d.id, d.name);
    for (const Pillar& p : context.pillars)
        m_pillars.insert(p.id, p.title);
    for (const Metric& m : context.metrics)
        m_metrics.insert(m.id, m);
    endResetModel();
}

void ImportPreviewModel::setGroupMapping(int group, qint64 pillarId, bool createNew)
{
    if (group < 0 || group >= m_preview.groups.size())
        return;
    m_preview.groups[group].pillarId = pillarId;
    m_preview.groups[group].createNew = createNew;
    if (!m_preview.rows.isEmpty())
        emit dataChanged(index(0, PillarColumn), index(rowCount() - 1, PillarColumn));
}

int ImportPreviewModel::rowOfSourceRow(int sourceRow) const
{
    for (int i = 0; i < m_preview.rows.size(); ++i)
        if (m_preview.rows.at(i).sourceRow == sourceRow)
            return i;
    return -1;
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPreviewModel::pillarText(const QString& group) const
{
    for (const GroupMapping& g : m_preview.groups) {
        if (g.text != group)
            continue;
        if (g.pillarId)
            return m_pillars.value(g.pillarId);
        if (g.createNew)
            return tr("New: %1").arg(g.text);
    }
    return {};
}

QString ImportPreviewModel::text(const ImportRow& row, int column) const
{
    const Activity& a = row.activity;
    switch (column) {
    case RowColumn:
        return QString::number(row.sourceRow + 1);
    case TitleColumn:
        return a.title;
    case DatesColumn:
        return a.dateText.isEmpty() ? PlanDateFormat::range(a.start, a.end) : a.dateText;
    case LeadColumn:
        return row.leadName.isEmpty() ? m_departments.value(a.leadDepartmentId)
                                      : tr("%1 (new)").arg(row.leadName);
    case AssistingColumn: {
        QStringList names;
        for (qint64 id : a.assistingDepartmentIds)
            names << m_departments.value(id);
        for (const QString& n : row.assistingNames)
            names << tr("%1 (new)").arg(n);
        return names.join(QStringLiteral("、"));
    }
    case PillarColumn:
        return pillarText(row.group);
    case FiguresColumn: {
        QStringList parts;
        for (const MetricValue& v : a.figures) {
            const Metric m = m_metrics.value(v.metricId);
            const Amount& amount = v.actual.isSet ? v.actual : v.target;
            parts << QStringLiteral("%1 %2%3").arg(m.name, amountText(amount), m.unit);
        }
        return parts.join(QStringLiteral("；"));
    }
    case IssuesColumn: {
        QStringList messages;
        for (const ImportIssue& i : row.issues)
            messages << i.message;
        return messages.join(QStringLiteral("；"));
    }
    }
    return {};
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_preview.rows.size())
        return {};
    const ImportRow& row = m_preview.rows.at(index.row());
    const int severity = row.hasError() ? 2 : row.issues.isEmpty() ? 0 : 1;
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == DatesColumn && row.activity.start.isValid())
            return tr("Read as %1").arg(PlanDateFormat::range(row.activity.start, row.activity.end));
        if (index.column() == DatesColumn && !row.dateRead)
            return tr("Not read: the activity is imported without dates");
        return severity ? text(row, IssuesColumn) : QVariant();
    case Qt::BackgroundRole:
        if (severity == 2)
            return QBrush(QColor(0xFD, 0xE2, 0xE1));
        if (severity == 1)
            return QBrush(QColor(0xFF, 0xF4, 0xD6));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == DatesColumn && !row.dateRead)
            return QBrush(QColor(0xB0, 0x3A, 0x2E));
        return {};
    case SeverityRole:
        return severity;
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn:
        return tr("Row");
    case TitleColumn:
        return tr("Activity");
    case DatesColumn:
        return tr("Dates");
    case LeadColumn:
        return tr("Lead");
    case AssistingColumn:
        return tr("Assisting");
    case PillarColumn:
        return tr("Pillar");
    case FiguresColumn:
        return tr("Figures");
    case IssuesColumn:
        return tr("To look at");
    }
    return {};
}
