#pragma once

#include "Metric.h"

#include <QString>

// Wording shared by every report: Chinese numerals for headings, figures written the way local
// summaries write them ("2万余份", "150余人次").
namespace ReportText {
QString chineseNumber(int n);                  // 1 → 一, 12 → 十二, 21 → 二十一 (1…99)
QString heading1(int n, const QString& title); // "一、title"
QString heading2(int n, const QString& title); // "（一）title"
// Strips a leading "一、", "（一）", "1." the user may have typed, so numbering is not doubled.
QString withoutNumber(const QString& title);
QString amount(const Amount& a, const QString& unit = {}); // "" when unset
// A figure the way a summary or bulletin sentence writes it: two significant figures, rounded down, in
// 万 from 10 000 ("1500余份", "1.3万余人次", never "13118余"); 余 whenever digits were dropped or the
// figure itself was approximate. Under 10 the number as it is. The statistics tables keep amount().
QString spoken(const Amount& a, const QString& unit = {});
QString number(double v);      // 12, 12.5 (no grouping)
QString percent(double ratio); // 0.8765 → "87.7%"
} // namespace ReportText
