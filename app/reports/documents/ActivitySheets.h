#pragma once

#include "CampaignSnapshot.h"
#include "ReportDocument.h"

// The activities as flat tables for spreadsheets and CSV: 活动清单 with every field (dates as dates,
// figures as numbers with their 余 flag), and the lists by lead department and by pillar, where the
// group is a column so each line stays one record.
namespace ActivitySheets {
ReportTable allFields(const CampaignSnapshot& snapshot);
ReportTable byLeadDepartment(const CampaignSnapshot& snapshot);
ReportTable byPillar(const CampaignSnapshot& snapshot);
QString statusName(ActivityStatus status); // 未开始, 进行中, 已完成, 已取消
} // namespace ActivitySheets
