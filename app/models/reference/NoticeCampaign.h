#pragma once

#include "notice/NoticeFields.h"

#include <QString>

class CampaignRepository;

// "New campaign from notice": writes a reviewed notice into the file in one transaction, the only
// write of the whole import. A national notice becomes a new campaign for its year (refused when
// that year exists); a local notice is stored next to the national one of its year, or becomes the
// campaign when the file has none for that year. Like "New campaign from…", not undoable: the
// campaign is new and can be removed.
namespace NoticeCampaign {

struct Outcome
{
    qint64 campaignId = 0;
    bool createdCampaign = false; // false: a local notice was added to an existing campaign
};

// What apply() would do, in one translated sentence, for the review dialog and the dry run.
QString plan(CampaignRepository& repository, const NoticeFields& fields);
// `carryMetricsFrom`: a campaign whose metric definitions the new campaign starts with (0: none).
// The unit and the departments belong to the file and serve every campaign already.
bool apply(CampaignRepository& repository, const NoticeFields& fields, qint64 carryMetricsFrom,
           Outcome* outcome, QString* error);

} // namespace NoticeCampaign
