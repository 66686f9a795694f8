#pragma once

#include "domain/Department.h"
#include "domain/UnitProfile.h"

#include <QList>
#include <QStringList>

// Department names as plan tables write them: several in one cell ("县教育局、县科协"), with or without
// the county's prefix ("青山县市场监督管理局" / "县市场监管局" / "市场监管局").
namespace DepartmentNames {

// Splits on 、，,；;/ and white space; drops empty parts and exact repeats.
QStringList split(const QString& text);
// The known department this name means: exactly, then without the unit's or any county prefix and
// with 监督管理 read as 监管. 0 when none (the caller offers it as a new department).
qint64 match(const QString& name, const QList<Department>& known, const UnitProfile& unit);
// The comparison key match() uses.
QString matchKey(const QString& name, const UnitProfile& unit);

} // namespace DepartmentNames
