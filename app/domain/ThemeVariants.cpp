#include "ThemeVariants.h"

namespace ThemeVariants {

QString localWord(UnitProfile::Level level)
{
    switch (level) {
    case UnitProfile::Level::County:
        return QStringLiteral("质量强县");
    case UnitProfile::Level::Prefecture:
        return QStringLiteral("质量强市");
    case UnitProfile::Level::Province:
        return QStringLiteral("质量强省");
    }
    return {};
}

QString localised(const QString& theme, UnitProfile::Level level)
{
    const QString national = QStringLiteral("质量强国");
    if (!theme.contains(national))
        return {};
    return QString(theme).replace(national, localWord(level));
}

} // namespace ThemeVariants
