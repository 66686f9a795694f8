#pragma once

#include "ReferenceCommand.h"

#include "UnitProfile.h"

// Changes the unit profile (name, region, level); undo writes the old one back.
class EditUnitCommand : public ReferenceCommand
{
public:
    EditUnitCommand(ReferenceStore& store, const UnitProfile& before, const UnitProfile& after,
                    const QString& text);

protected:
    bool forward(QString* error) override;
    bool backward(QString* error) override;

private:
    UnitProfile m_before;
    UnitProfile m_after;
};
