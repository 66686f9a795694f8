#include "CampaignTemplate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

const QString kFolder = QStringLiteral(":/templates/");
const QString kPrefix = QStringLiteral("quality-month-");

QDate date(const QJsonValue& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace

bool CampaignTemplate::load(const QString& path, CampaignTemplate* out, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = doc.object();
    if (doc.isNull() || root.value(QLatin1String("formatVersion")).toInt() != 1) {
        *error = QCoreApplication::translate("CampaignTemplate", "The campaign template %1 is not valid: %2")
                     .arg(path, parseError.errorString());
        return false;
    }
    CampaignTemplate t;
    const QJsonObject c = root.value(QLatin1String("campaign")).toObject();
    Campaign& campaign = t.content.campaign;
    campaign.year = c.value(QLatin1String("year")).toInt();
    campaign.title = c.value(QLatin1String("title")).toString();
    campaign.theme = c.value(QLatin1String("theme")).toString();
    campaign.documentNumber = c.value(QLatin1String("documentNumber")).toString();
    campaign.issuingBody = c.value(QLatin1String("issuingBody")).toString();
    campaign.issuedOn = date(c.value(QLatin1String("issuedOn")));
    campaign.start = date(c.value(QLatin1String("start")));
    campaign.end = date(c.value(QLatin1String("end")));
    campaign.summaryDeadline = date(c.value(QLatin1String("summaryDeadline")));
    campaign.recipient = c.value(QLatin1String("recipient")).toString();
    campaign.contentComplete = c.value(QLatin1String("contentComplete")).toBool(true);
    t.issuerCount = c.value(QLatin1String("issuerCount")).toInt();
    t.contentSection = c.value(QLatin1String("contentSection")).toString();
    t.note = root.value(QLatin1String("note")).toString();
    if (campaign.year <= 0 || campaign.title.isEmpty()) {
        *error =
            QCoreApplication::translate("CampaignTemplate", "The campaign template %1 has no year or title.")
                .arg(path);
        return false;
    }
    int position = 0;
    for (const QJsonValue& v : root.value(QLatin1String("pillars")).toArray()) {
        const QJsonObject o = v.toObject();
        t.content.pillars.append({0, 0, position++, o.value(QLatin1String("title")).toString(),
                                  o.value(QLatin1String("shortName")).toString(),
                                  o.value(QLatin1String("fullText")).toString(),
                                  o.value(QLatin1String("colour")).toString()});
    }
    position = 0;
    for (const QJsonValue& v : root.value(QLatin1String("organizers")).toArray()) {
        const QJsonObject o = v.toObject();
        t.content.organizers.append({0, 0, position++, o.value(QLatin1String("name")).toString(),
                                     o.value(QLatin1String("activities")).toString()});
    }
    position = 0;
    for (const QJsonValue& v : root.value(QLatin1String("slogans")).toArray())
        t.content.slogans.append({0, 0, position++, v.toString()});
    position = 0;
    for (const QJsonValue& v : root.value(QLatin1String("requirements")).toArray()) {
        const QJsonObject o = v.toObject();
        t.content.requirements.append({0, 0, position++, o.value(QLatin1String("title")).toString(),
                                       o.value(QLatin1String("text")).toString()});
    }
    position = 0;
    for (const QJsonValue& v : root.value(QLatin1String("metrics")).toArray()) {
        const QJsonObject o = v.toObject();
        t.content.metrics.append({0, 0, position++, o.value(QLatin1String("name")).toString(),
                                  o.value(QLatin1String("unit")).toString()});
    }
    for (const QJsonValue& v : root.value(QLatin1String("departments")).toArray())
        t.departments.append(v.toString());
    *out = std::move(t);
    return true;
}

QList<int> CampaignTemplate::builtInYears()
{
    QList<int> years;
    const QStringList names = QDir(kFolder).entryList({kPrefix + QStringLiteral("*.json")}, QDir::Files);
    for (const QString& name : names) {
        bool ok = false;
        const int year = name.mid(kPrefix.size(), 4).toInt(&ok);
        if (ok && name == kPrefix + QString::number(year) + QStringLiteral(".json"))
            years.append(year);
    }
    std::sort(years.begin(), years.end());
    return years;
}

int CampaignTemplate::newestBuiltInYear()
{
    const QList<int> years = builtInYears();
    return years.isEmpty() ? 0 : years.last();
}

QString CampaignTemplate::builtInPath(int year)
{
    const QString path = kFolder + kPrefix + QString::number(year) + QStringLiteral(".json");
    return QFile::exists(path) ? path : QString();
}
