#include "ActivityHistoryModel.h"

#include "ActivityStatus.h"
#include "ActivityTableModel.h"
#include "PlanDateFormat.h"
#include "Workspace.h"
#include "storage/ActivityHistoryRepository.h"

namespace {
// Long texts (a description, notes) are cut so that one change stays one line.
constexpr int kShownCharacters = 40;

QString cut(const QString& text)
{
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return flat.size() > kShownCharacters ? flat.left(kShownCharacters - 1) + QChar(0x2026) : flat;
}
} // namespace

ActivityHistoryModel::ActivityHistoryModel(Workspace& workspace, QObject* parent)
    : QAbstractListModel(parent), m_ws(workspace)
{
    connect(&m_ws, &Workspace::activitiesChanged, this, [this] {
        if (!m_uuid.isEmpty())
            reload();
    });
    // Names of departments, pillars and metrics come from the workspace: show them again when they change.
    connect(&m_ws, &Workspace::referenceDataChanged, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(int(m_rows.size()) - 1));
    });
}

void ActivityHistoryModel::setActivity(qint64 activityId)
{
    const int row = activityId != 0 ? m_ws.activityModel()->rowOfId(activityId) : -1;
    const QString uuid =
        row >= 0 ? m_ws.activityModel()->activityAt(row).uuid.toString(QUuid::WithoutBraces) : QString();
    const qint64 id = row >= 0 ? activityId : 0;
    if (id == m_activityId && uuid == m_uuid && id != 0)
        return; // the same activity: activitiesChanged reloads it
    m_activityId = id;
    m_uuid = uuid;
    reload();
}

bool ActivityHistoryModel::reload()
{
    QList<ActivityChange> rows;
    QString error;
    const bool ok = m_uuid.isEmpty() || m_ws.activityHistory(m_activityId, m_uuid, &rows, &error);
    beginResetModel();
    m_rows = ok ? rows : QList<ActivityChange>();
    m_error = ok ? QString() : error;
    endResetModel();
    return ok;
}

int ActivityHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ActivityHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityChange& c = m_rows.at(index.row());
    const QString time = c.changedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1  %2  %3").arg(time, c.changedBy, describe(c));
    case Qt::ToolTipRole:
        // The whole values, where the line had to cut them.
        if (c.kind == ActivityChange::Kind::Update)
            return QStringLiteral("%1\n%2 → %3")
                .arg(fieldLabel(c.field), valueText(c.field, c.oldValue), valueText(c.field, c.newValue));
        return {};
    case TimeRole:
        return time;
    case AuthorRole:
        return c.changedBy;
    case DescriptionRole:
        return describe(c);
    case ChangeRole:
        return QVariant::fromValue(c);
    }
    return {};
}

QHash<int, QByteArray> ActivityHistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TimeRole, "time");
    names.insert(AuthorRole, "author");
    names.insert(DescriptionRole, "description");
    names.insert(ChangeRole, "change");
    return names;
}

QString ActivityHistoryModel::describe(const ActivityChange& c) const
{
    switch (c.kind) {
    case ActivityChange::Kind::Insert:
        return tr("Created");
    case ActivityChange::Kind::Delete:
        return tr("Deleted");
    case ActivityChange::Kind::Update:
        break;
    }
    const QString label = fieldLabel(c.field);
    // A department that starts or stops assisting is a set change, not a value replaced.
    if (c.field == QLatin1String("assisting_department_id")) {
        if (c.oldValue.isNull())
            return tr("%1: added %2").arg(label, valueText(c.field, c.newValue));
        return tr("%1: removed %2").arg(label, valueText(c.field, c.oldValue));
    }
    return tr("%1: %2 → %3")
        .arg(label, cut(valueText(c.field, c.oldValue)), cut(valueText(c.field, c.newValue)));
}

QString ActivityHistoryModel::fieldLabel(const QString& field) const
{
    using T = ActivityTableModel;
    static const QHash<QString, int> columns{
        {QStringLiteral("title"), T::TitleColumn},
        {QStringLiteral("lead_department_id"), T::LeadColumn},
        {QStringLiteral("assisting_department_id"), T::AssistingColumn},
        {QStringLiteral("location"), T::LocationColumn},
        {QStringLiteral("owner"), T::OwnerColumn},
        {QStringLiteral("deadline"), T::DeadlineColumn},
        {QStringLiteral("status"), T::StatusColumn},
        {QStringLiteral("progress"), T::ProgressColumn},
        {QStringLiteral("date_text"), T::DatesColumn},
    };
    if (columns.contains(field))
        return T::fieldName(columns.value(field));
    if (field == QLatin1String("pillar_id"))
        return tr("Pillar");
    if (field == QLatin1String("description"))
        return tr("Description");
    if (field == QLatin1String("phone"))
        return tr("Phone");
    if (field == QLatin1String("notes"))
        return tr("Notes");
    if (field == QLatin1String("start_date"))
        return tr("Start date");
    if (field == QLatin1String("end_date"))
        return tr("End date");
    const QString kind = field.section(QLatin1Char(':'), 0, 0);
    if (kind == QLatin1String("target") || kind == QLatin1String("actual")) {
        const qint64 metricId = field.section(QLatin1Char(':'), 1).toLongLong();
        QString name = tr("(removed figure)");
        for (const Metric& m : m_ws.campaign().metrics)
            if (m.id == metricId)
                name = m.name;
        return kind == QLatin1String("target") ? tr("%1 (target)").arg(name) : tr("%1 (actual)").arg(name);
    }
    return field; // a field of a later version: its column name is still better than nothing
}

QString ActivityHistoryModel::valueText(const QString& field, const QString& value) const
{
    if (value.isEmpty())
        return tr("(empty)");
    if (field == QLatin1String("status")) {
        ActivityStatus status{};
        return ActivityStatuses::fromInt(value.toInt(), &status) ? ActivityStatuses::displayName(status)
                                                                 : value;
    }
    if (field == QLatin1String("progress"))
        return QStringLiteral("%1%").arg(value);
    if (field == QLatin1String("start_date") || field == QLatin1String("end_date") ||
        field == QLatin1String("deadline")) {
        const QDate d = QDate::fromString(value, Qt::ISODate);
        return d.isValid() ? PlanDateFormat::range(d, d) : value;
    }
    if (field == QLatin1String("lead_department_id") || field == QLatin1String("assisting_department_id")) {
        for (const Department& d : m_ws.departments())
            if (d.id == value.toLongLong())
                return d.name;
        return tr("(removed department)");
    }
    if (field == QLatin1String("pillar_id")) {
        for (const Pillar& p : m_ws.campaign().pillars)
            if (p.id == value.toLongLong())
                return p.shortName.isEmpty() ? p.title : p.shortName;
        return tr("(removed pillar)");
    }
    if (field.startsWith(QLatin1String("target:")) || field.startsWith(QLatin1String("actual:"))) {
        const bool approximate = value.endsWith(QLatin1Char('+'));
        const QString number =
            QString::number(approximate ? value.chopped(1).toDouble() : value.toDouble(), 'g', 15);
        return approximate ? tr("%1 or more").arg(number) : number;
    }
    return value;
}
