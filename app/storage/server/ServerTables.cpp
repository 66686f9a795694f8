#include "server/ServerTables.h"

#include <QStringList>

namespace ServerTables {

namespace {

Column c(const char* name, Type type = Type::Text, const char* references = nullptr)
{
    return {QLatin1String(name), QLatin1String(name), type, QLatin1String(references)};
}

constexpr Type I = Type::Integer;
constexpr Type R = Type::Real;

QList<Table> describe()
{
    const auto campaignRef = c("campaign_id", I, "campaign");
    const auto activityRef = c("activity_id", I, "activity");
    Column subUnitRef = c("unit_id", I, "sub_unit");
    subUnitRef.server = QStringLiteral("sub_unit_id");
    return {
        {QStringLiteral("campaign"),
         true,
         {c("uuid"), c("year", I), c("title"), c("theme"), c("document_number"), c("issuing_body"),
          c("issued_on"), c("start_date"), c("end_date"), c("summary_deadline"), c("recipient"),
          c("state", I), c("content_complete", I)}},
        {QStringLiteral("pillar"),
         true,
         {c("uuid"), campaignRef, c("position", I), c("title"), c("short_name"), c("full_text"),
          c("colour")}},
        {QStringLiteral("organizer"), true, {campaignRef, c("position", I), c("name"), c("activities")}},
        {QStringLiteral("requirement"), true, {campaignRef, c("position", I), c("title"), c("text")}},
        {QStringLiteral("slogan"), true, {campaignRef, c("position", I), c("text")}},
        {QStringLiteral("metric"), true, {c("uuid"), campaignRef, c("position", I), c("name"), c("unit")}},
        {QStringLiteral("department"), true, {c("uuid"), c("position", I), c("name"), c("archived", I)}},
        {QStringLiteral("activity"),
         true,
         {c("uuid"), campaignRef, c("pillar_id", I, "pillar"), c("title"), c("description"), c("location"),
          c("lead_department_id", I, "department"), c("owner"), c("phone"), c("start_date"), c("end_date"),
          c("deadline"), c("status", I), c("progress", I), c("notes"), c("created_ms", I), c("updated_ms", I),
          c("date_text")}},
        {QStringLiteral("activity_assist"), false, {activityRef, c("department_id", I, "department")}},
        {QStringLiteral("activity_figure"),
         false,
         {activityRef, c("metric_id", I, "metric"), c("target", R), c("target_approx", I), c("actual", R),
          c("actual_approx", I)}},
        {QStringLiteral("report_section"), true, {campaignRef, c("position", I), c("title"), c("body")}},
        {QStringLiteral("local_notice"),
         true,
         {c("uuid"), campaignRef, c("position", I), c("level", I), c("issuing_body"), c("title"),
          c("document_number"), c("issued_on"), c("theme")}},
        {QStringLiteral("bulletin"), false, {activityRef, c("text"), c("updated_ms", I)}},
        {QStringLiteral("attachment"),
         true,
         {c("uuid"), activityRef, c("sha256"), c("kind", I), c("file_name"), c("size", I), c("caption"),
          c("taken_ms", I), c("added_by"), c("added_ms", I), c("chosen", I), c("in_report", I)}},
        {QStringLiteral("sub_unit"),
         true,
         {c("uuid"), c("name"), c("region"), c("level", I), c("campaign_year", I), c("campaign_title"),
          c("package_ms", I), c("imported_ms", I), c("figures")}},
        {QStringLiteral("sub_activity"),
         true,
         {subUnitRef, c("uuid"), c("pillar"), c("title"), c("lead_department"), c("start_date"),
          c("end_date"), c("status", I), c("progress", I), c("updated_ms", I)}},
        {QStringLiteral("sub_evidence"),
         true,
         {c("activity_id", I, "sub_activity"), c("sha256"), c("kind", I), c("file_name"), c("caption"),
          c("taken_ms", I)}},
    };
}

QString joined(const Table& table, bool server)
{
    QStringList names;
    if (table.hasId)
        names << QStringLiteral("id");
    for (const Column& column : table.columns)
        names << (server ? column.server : column.local);
    return names.join(QStringLiteral(", "));
}

} // namespace

const QList<Table>& all()
{
    static const QList<Table> tables = describe();
    return tables;
}

QString localColumns(const Table& table)
{
    return joined(table, false);
}

QString serverColumns(const Table& table)
{
    return joined(table, true);
}

} // namespace ServerTables
