#include "CampaignCopy.h"

#include "CampaignRepository.h"
#include "ReferenceRules.h"

#include <QCoreApplication>

namespace CampaignCopy {

qint64 run(CampaignRepository& repository, qint64 sourceId, int year, bool withUnfinished, QString* error)
{
    QString problem;
    const QList<Campaign> existing = repository.list(&problem);
    if (!problem.isEmpty()) {
        *error = problem;
        return 0;
    }
    if (std::none_of(existing.cbegin(), existing.cend(),
                     [&](const Campaign& c) { return c.id == sourceId; })) {
        *error = QCoreApplication::translate("CampaignCopy", "The campaign to copy no longer exists.");
        return 0;
    }
    problem = ReferenceRules::newYearProblem(year, existing);
    if (!problem.isEmpty()) {
        *error = problem;
        return 0;
    }
    const qint64 id = repository.copyCampaign(sourceId, year, withUnfinished, &problem);
    if (id == 0)
        *error = problem;
    return id;
}

} // namespace CampaignCopy
