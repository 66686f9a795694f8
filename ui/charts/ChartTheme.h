#pragma once

#include "ActivityStatus.h"

#include <QColor>
#include <QFont>
#include <QString>

class QChart;

// The dashboard's light, print-friendly look: one place for fonts and status colours, so the
// screen, PNG, SVG and the reports' embedded charts look the same.
namespace ChartTheme {
QColor statusColour(ActivityStatus status);
// A pillar's colour shaded by how far an activity got: done full, open lighter, cancelled grey.
QColor pillarShade(const QColor& pillar, ActivityStatus status);
QFont titleFont();
QFont labelFont();
// White background, no animations, our fonts and margins, legend at the bottom.
void apply(QChart* chart, const QString& title);
// Cuts a label to `maxChars` characters with an ellipsis so axis labels never clip.
QString elide(const QString& text, int maxChars);
} // namespace ChartTheme
