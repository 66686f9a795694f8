#pragma once

#include "notice/NoticeFields.h"

#include "Campaign.h"
#include "LocalNotice.h"

#include <QString>

// What a reviewed notice becomes: a campaign with its pillars, organizers, slogans and requirements,
// or (for a provincial, prefectural or county notice) the local notice stored next to the national
// one. Pure conversions; the write happens in NoticeCampaign (models).
namespace NoticeContent {

// Why the fields are not enough to set a campaign up (translated), or empty.
QString problem(const NoticeFields& fields);
// "关于开展2021年全国“质量月”活动的通知" → "2021年全国“质量月”活动"
QString campaignTitle(const QString& noticeTitle);
CampaignContent toContent(const NoticeFields& fields);
LocalNotice toLocalNotice(const NoticeFields& fields);

} // namespace NoticeContent
