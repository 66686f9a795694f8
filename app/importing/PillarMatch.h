#pragma once

#include "domain/Campaign.h"

#include <QList>
#include <QString>

// Which of the campaign's pillars a group row ("（一）开展质量主题宣传…", "一、质量宣传") or a category
// cell means: the same title, then the short name, then the best overlap of wording.
namespace PillarMatch {

// 0 when nothing is close enough (the caller offers a new pillar).
qint64 match(const QString& text, const QList<Pillar>& pillars);
// Share of character pairs two texts have in common, 0…1 (Dice on bigrams of their keys).
double overlap(const QString& a, const QString& b);

} // namespace PillarMatch
