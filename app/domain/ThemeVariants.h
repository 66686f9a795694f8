#pragma once

#include "UnitProfile.h"

#include <QString>

// Local units restate the national theme for their level (质量强国 → 质量强省/强市/强县). Themes stay
// free text: this only proposes the local wording, it never checks a theme against any list.
namespace ThemeVariants {
// The local word for `level`: 质量强县, 质量强市 or 质量强省.
QString localWord(UnitProfile::Level level);
// `theme` with 质量强国 replaced by the local word; empty when the theme does not say 质量强国.
QString localised(const QString& theme, UnitProfile::Level level);
} // namespace ThemeVariants
