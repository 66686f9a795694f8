#include "NoticeCampaign.h"

#include "CampaignRepository.h"
#include "ReferenceRules.h"
#include "notice/NoticeContent.h"

#include <QCoreApplication>

namespace NoticeCampaign {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("NoticeCampaign", text);
}

const Campaign* campaignOfYear(const QList<Campaign>& campaigns, int year)
{
    for (const Campaign& c : campaigns)
        if (c.year == year)
            return &c;
    return nullptr;
}

} // namespace

QString plan(CampaignRepository& repository, const NoticeFields& fields)
{
    QString error;
    QList<Campaign> existing;
    if (!repository.list(&existing, &error))
        return error;
    const int year = fields.year.value.toInt();
    const Campaign* same = campaignOfYear(existing, year);
    if (fields.level != NoticeLevel::National && same)
        return tr("The local notice will be stored with the %1 campaign, next to its national notice.")
            .arg(year);
    if (same)
        return tr("The file already has a campaign for %1.").arg(year);
    return tr("A new campaign for %1 will be created.").arg(year);
}

bool apply(CampaignRepository& repository, const NoticeFields& fields, qint64 carryMetricsFrom,
           Outcome* outcome, QString* error)
{
    QString problem = NoticeContent::problem(fields);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QList<Campaign> existing;
    if (!repository.list(&existing, error))
        return false;
    const int year = fields.year.value.toInt();
    if (const Campaign* same = campaignOfYear(existing, year);
        same && fields.level != NoticeLevel::National) {
        CampaignContent content;
        if (!repository.load(same->id, &content, error))
            return false;
        const LocalNotice notice = NoticeContent::toLocalNotice(fields);
        content.localNotices.removeIf([&](const LocalNotice& n) {
            return n.issuingBody == notice.issuingBody && n.title == notice.title; // read again: replaced
        });
        content.localNotices << notice;
        if (!repository.setLocalNotices(same->id, content.localNotices, error))
            return false;
        *outcome = {same->id, false};
        return true;
    }
    CampaignContent content = NoticeContent::toContent(fields);
    problem = ReferenceRules::campaignProblem(content.campaign, existing);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (carryMetricsFrom != 0) {
        CampaignContent source;
        if (!repository.load(carryMetricsFrom, &source, error))
            return false;
        for (Metric& m : source.metrics)
            content.metrics << Metric{0, 0, m.position, m.name, m.unit};
    }
    if (!repository.create(content, error))
        return false;
    *outcome = {content.campaign.id, true};
    return true;
}

} // namespace NoticeCampaign
