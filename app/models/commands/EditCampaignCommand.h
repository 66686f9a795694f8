#pragma once

#include "ReferenceCommand.h"

#include "Campaign.h"

// Changes the current campaign's properties (title, theme, dates, state …); undo writes the old ones back.
class EditCampaignCommand : public ReferenceCommand
{
public:
    EditCampaignCommand(ReferenceStore& store, const Campaign& before, const Campaign& after,
                        const QString& text);

protected:
    bool forward(QString* error) override;
    bool backward(QString* error) override;

private:
    Campaign m_before;
    Campaign m_after;
};
