#pragma once

// The page every official document is laid out on (GB/T 9704-2012), shared by the PDF, the .odt and
// the .docx writers so that they cannot drift apart: A4 portrait; margins top 37 mm, bottom 35 mm,
// binding edge (left) 28 mm, the other 26 mm, which leaves a 156 × 225 mm text area holding 22
// lines of 3号 text; the page number in 4号, "— 1 —", 7 mm below the text area.
namespace OfficialPage {
constexpr double widthMm = 210;
constexpr double heightMm = 297;
constexpr double topMm = 37;
constexpr double bottomMm = 35;
constexpr double leftMm = 28;
constexpr double rightMm = 26;
constexpr double textWidthMm = widthMm - leftMm - rightMm;   // 156
constexpr double textHeightMm = heightMm - topMm - bottomMm; // 225
constexpr int linesPerPage = 22;
constexpr double linePitchMm = textHeightMm / linesPerPage; // the body's fixed line pitch
constexpr double pageNumberGapMm = 7;                       // text area's foot to the number's top

// Type sizes in points.
constexpr double titlePt = 22;      // 2号
constexpr double titleLine = 1.5;   // a title line's pitch in multiples of its type size
constexpr double bodyPt = 16;       // 3号
constexpr double captionPt = 14;    // picture captions, one size below the body
constexpr double tablePt = 12;      // 小四
constexpr double tableLine = 1.45;  // a table line's pitch in multiples of its type size
constexpr double pageNumberPt = 14; // 4号

// Our documents' own choices, the same in every writer.
constexpr double cellPaddingMm = 1.5;     // inside table cells, all four sides
constexpr double pictureMaxHeight = 0.45; // of the text area's height, so a caption fits below
constexpr double afterTablePt = bodyPt * 0.6;

constexpr double pointsPerMm = 72 / 25.4;
constexpr double linePitchPt = linePitchMm * pointsPerMm; // ≈ 29 pt
} // namespace OfficialPage
