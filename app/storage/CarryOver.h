#pragma once

#include <QString>

class Database;

// Carrying the bureau over from last year's file into this one: its departments (those whose names
// are not here yet, in their order) and its unit profile. The old file is read from a private copy, so
// it keeps its bytes even when its schema is older and would be upgraded on opening.
namespace CarryOver {
struct Result
{
    int departmentsAdded = 0;
    bool unitCopied = false; // false when the old file has no unit name
};
// All or nothing, in one transaction on `target`. A translated reason when the old file cannot be read.
[[nodiscard]] bool fromFile(const Database& target, const QString& oldPath, Result* result, QString* error);
} // namespace CarryOver
