#pragma once

#include "domain/Metric.h"

#include <QString>
#include <QStringList>

// Reads a figure as summaries write it: "1500余份" (1500, approximate, 份), "近1400余份", "百余人",
// "万余份", "1.2万人次", "2000多条", "超150人次", "５００人", "36条", "共计3,000份".
namespace FigureText {

struct Result
{
    bool ok = false;
    Amount amount;
    QString measure; // the measure word after the number ("份", "人次"), empty when none
};

Result parse(const QString& text);
// The measure words people count with, longest first ("人次" before "人").
const QStringList& measureWords();

} // namespace FigureText
