#include "PackageManifest.h"

#include "ActivityStatus.h"
#include "MediaStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {

const QString kFormat = QStringLiteral("campaign-planner/report-package");

QString tr(const char* text)
{
    return QCoreApplication::translate("PackageManifest", text);
}

QString iso(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonObject activityJson(const SubordinateActivity& a, const QHash<QString, QString>& pathOf)
{
    QJsonArray evidence;
    for (const SubordinateEvidence& e : a.evidence)
        evidence.append(QJsonObject{
            {QStringLiteral("sha256"), e.sha256},
            {QStringLiteral("path"), pathOf.value(e.sha256)},
            {QStringLiteral("kind"), e.kind},
            {QStringLiteral("fileName"), e.fileName},
            {QStringLiteral("caption"), e.caption},
            {QStringLiteral("taken"), e.taken.isValid() ? e.taken.toString(Qt::ISODate) : QString()}});
    return {{QStringLiteral("uuid"), a.uuid.toString(QUuid::WithoutBraces)},
            {QStringLiteral("title"), a.title},
            {QStringLiteral("pillar"), a.pillar},
            {QStringLiteral("leadDepartment"), a.leadDepartment},
            {QStringLiteral("start"), iso(a.start)},
            {QStringLiteral("end"), iso(a.end)},
            {QStringLiteral("status"), ActivityStatuses::key(static_cast<ActivityStatus>(a.status))},
            {QStringLiteral("progress"), a.progress},
            {QStringLiteral("updated"), a.updated.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("evidence"), evidence}};
}

bool readActivity(const QJsonObject& o, SubordinateActivity* a, QString* error)
{
    a->uuid = QUuid(o.value(QStringLiteral("uuid")).toString());
    a->title = o.value(QStringLiteral("title")).toString();
    if (a->uuid.isNull() || a->title.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("PackageManifest", "an activity has no id or no title");
        return false;
    }
    a->pillar = o.value(QStringLiteral("pillar")).toString();
    a->leadDepartment = o.value(QStringLiteral("leadDepartment")).toString();
    a->start = QDate::fromString(o.value(QStringLiteral("start")).toString(), Qt::ISODate);
    a->end = QDate::fromString(o.value(QStringLiteral("end")).toString(), Qt::ISODate);
    ActivityStatus status = ActivityStatus::NotStarted;
    if (!ActivityStatuses::fromKey(o.value(QStringLiteral("status")).toString(), &status)) {
        *error = QCoreApplication::translate("PackageManifest", "activity “%1” has an unknown status")
                     .arg(a->title);
        return false;
    }
    a->status = static_cast<int>(status);
    a->progress = qBound(0, o.value(QStringLiteral("progress")).toInt(), 100);
    a->updated = QDateTime::fromString(o.value(QStringLiteral("updated")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue& v : o.value(QStringLiteral("evidence")).toArray()) {
        const QJsonObject e = v.toObject();
        SubordinateEvidence ev;
        ev.sha256 = e.value(QStringLiteral("sha256")).toString();
        ev.kind = qBound(0, e.value(QStringLiteral("kind")).toInt(), 2);
        ev.fileName = e.value(QStringLiteral("fileName")).toString();
        ev.caption = e.value(QStringLiteral("caption")).toString();
        ev.taken = QDateTime::fromString(e.value(QStringLiteral("taken")).toString(), Qt::ISODate);
        a->evidence.append(ev);
    }
    return true;
}

} // namespace

QByteArray PackageManifest::toJson() const
{
    QByteArray out;
    writeJson(
        [&](const QByteArray& bytes) {
            out += bytes;
            return true;
        },
        [this](const std::function<bool(const SubordinateActivity&)>& add) {
            for (const SubordinateActivity& a : activities)
                if (!add(a))
                    return false;
            return true;
        });
    return out;
}

bool PackageManifest::writeJson(const std::function<bool(const QByteArray&)>& write,
                                const std::function<bool(const ActivitySink&)>& eachActivity) const
{
    QHash<QString, QString> pathOf;
    QJsonArray fileArray;
    for (const PackageFileEntry& f : files) {
        pathOf.insert(f.sha256, f.path);
        fileArray.append(QJsonObject{{QStringLiteral("path"), f.path},
                                     {QStringLiteral("sha256"), f.sha256},
                                     {QStringLiteral("size"), f.size}});
    }
    const QJsonObject head{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), version},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("generator"), generator},
        {QStringLiteral("unit"),
         QJsonObject{{QStringLiteral("uuid"), unit.uuid.toString(QUuid::WithoutBraces)},
                     {QStringLiteral("name"), unit.name},
                     {QStringLiteral("region"), unit.region},
                     {QStringLiteral("level"), unit.level}}},
        {QStringLiteral("campaign"), campaign},
        {QStringLiteral("figures"), figures},
        {QStringLiteral("files"), fileArray},
    };
    // The small members as one object, then the activities one line each as they come: a manifest
    // of 100 000 activities is never held whole (nor as a tree of QJsonObjects).
    QByteArray chunk = QJsonDocument(head).toJson(QJsonDocument::Compact);
    chunk.chop(1); // the closing brace; the activities follow
    chunk += ",\n\"activities\": [";
    bool first = true;
    const bool ok = eachActivity([&](const SubordinateActivity& a) {
        if (!first)
            chunk += ',';
        first = false;
        chunk += "\n";
        chunk += QJsonDocument(activityJson(a, pathOf)).toJson(QJsonDocument::Compact);
        if (chunk.size() < 64 * 1024)
            return true;
        const bool written = write(chunk);
        chunk.clear();
        return written;
    });
    if (!ok)
        return false;
    chunk += "\n]}\n";
    return write(chunk);
}

bool PackageManifest::fromJson(const QByteArray& json, PackageManifest* out, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject()) {
        *error = tr("its manifest.json is not readable JSON (%1)").arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat) {
        *error = tr("its manifest.json does not describe a Campaign Planner report package");
        return false;
    }
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version != currentVersion) {
        *error =
            version > currentVersion
                ? tr("it was made by a newer version of Campaign Planner (package format %1; this version "
                     "reads format %2). Please update the program.")
                      .arg(version)
                      .arg(currentVersion)
                : tr("its package format version (%1) is unknown").arg(version);
        return false;
    }
    PackageManifest m;
    m.version = version;
    m.created = QDateTime::fromString(root.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    m.generator = root.value(QStringLiteral("generator")).toString();
    const QJsonObject unit = root.value(QStringLiteral("unit")).toObject();
    m.unit.uuid = QUuid(unit.value(QStringLiteral("uuid")).toString());
    m.unit.name = unit.value(QStringLiteral("name")).toString();
    m.unit.region = unit.value(QStringLiteral("region")).toString();
    m.unit.level = qBound(0, unit.value(QStringLiteral("level")).toInt(), 2);
    if (m.unit.uuid.isNull() || !m.created.isValid()) {
        *error = tr("its manifest.json names no sending unit or no date");
        return false;
    }
    m.unit.packageCreated = m.created;
    m.campaign = root.value(QStringLiteral("campaign")).toObject();
    m.unit.campaignYear = m.campaign.value(QStringLiteral("year")).toInt();
    m.unit.campaignTitle = m.campaign.value(QStringLiteral("title")).toString();
    m.figures = root.value(QStringLiteral("figures")).toObject();
    m.unit.figures = QJsonDocument(m.figures).toJson(QJsonDocument::Compact);
    QSet<QString> paths, hashes;
    for (const QJsonValue& v : root.value(QStringLiteral("files")).toArray()) {
        const QJsonObject f = v.toObject();
        // A size beyond any file (or not a number) is refused, never converted: out of range it is undefined.
        const double size = f.value(QStringLiteral("size")).toDouble(-1);
        PackageFileEntry e{f.value(QStringLiteral("path")).toString(),
                           f.value(QStringLiteral("sha256")).toString(),
                           size >= 0 && size < 9.0e15 ? qint64(size) : qint64(-1)};
        if (e.path.isEmpty() || !MediaStore::isSha256(e.sha256) || e.size < 0 || paths.contains(e.path)) {
            *error = tr("its manifest.json lists a file without a valid name, size or SHA-256");
            return false;
        }
        paths.insert(e.path);
        hashes.insert(e.sha256);
        m.files.append(e);
    }
    QSet<QUuid> seen;
    for (const QJsonValue& v : root.value(QStringLiteral("activities")).toArray()) {
        SubordinateActivity a;
        if (!readActivity(v.toObject(), &a, error)) {
            *error = tr("its manifest.json is damaged: %1").arg(*error);
            return false;
        }
        for (const SubordinateEvidence& e : std::as_const(a.evidence)) {
            if (!hashes.contains(e.sha256)) {
                *error = tr("activity “%1” names evidence that is not in the package").arg(a.title);
                return false;
            }
        }
        if (seen.contains(a.uuid)) {
            *error = tr("its manifest.json lists activity “%1” twice").arg(a.title);
            return false;
        }
        seen.insert(a.uuid);
        m.activities.append(a);
    }
    *out = m;
    return true;
}
