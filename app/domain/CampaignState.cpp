#include "CampaignState.h"

#include <QCoreApplication>

namespace CampaignStates {

QString displayName(CampaignState state)
{
    switch (state) {
    case CampaignState::Planning:
        return QCoreApplication::translate("CampaignState", "Planning");
    case CampaignState::Running:
        return QCoreApplication::translate("CampaignState", "Running");
    case CampaignState::Summarizing:
        return QCoreApplication::translate("CampaignState", "Summary");
    case CampaignState::Reported:
        return QCoreApplication::translate("CampaignState", "Reported");
    }
    return {};
}

bool fromInt(int value, CampaignState* state)
{
    if (value < 0 || value >= count)
        return false;
    *state = CampaignState(value);
    return true;
}

} // namespace CampaignStates
