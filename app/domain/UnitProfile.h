#pragma once

#include <QString>

// The bureau that owns this file, printed on plans, summaries and posters.
struct UnitProfile
{
    enum class Level : int { County = 0, Prefecture = 1, Province = 2 };

    QString name;
    QString region;
    Level level = Level::County;

    friend bool operator==(const UnitProfile&, const UnitProfile&) = default;
};
