#include "EditCampaignCommand.h"

#include "ReferenceStore.h"

EditCampaignCommand::EditCampaignCommand(ReferenceStore& store, const Campaign& before, const Campaign& after,
                                         const QString& text)
    : ReferenceCommand(store, text), m_before(before), m_after(after)
{}

bool EditCampaignCommand::forward(QString* error)
{
    return m_store.updateCampaign(m_after, error);
}

bool EditCampaignCommand::backward(QString* error)
{
    return m_store.updateCampaign(m_before, error);
}
