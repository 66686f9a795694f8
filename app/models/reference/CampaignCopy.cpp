#include "CampaignCopy.h"

#include "CampaignRepository.h"
#include "ReferenceRules.h"

#include <QCoreApplication>

namespace CampaignCopy {

qint64 run(CampaignRepository& repository, qint64 sourceId, int year, bool withUnfinished, QString* error)
{
    QList<Campaign> existing;
    if (!repository.list(&existing, error))
        return 0;
    if (std::none_of(existing.cbegin(), existing.cend(),
                     [&](const Campaign& c) { return c.id == sourceId; })) {
        *error = QCoreApplication::translate("CampaignCopy", "The campaign to copy no longer exists.");
        return 0;
    }
    const QString problem = ReferenceRules::newYearProblem(year, existing);
    if (!problem.isEmpty()) {
        *error = problem;
        return 0;
    }
    qint64 id = 0;
    return repository.copyCampaign(sourceId, year, withUnfinished, &id, error) ? id : 0;
}

} // namespace CampaignCopy
