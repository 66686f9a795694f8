#pragma once

#include "CampaignSnapshot.h"
#include "ReportOptions.h"

#include <QString>

#include <functional>

class ExportProgress;
class QIODevice;
struct ReportDocument;

// One entry point for every plan and summary output, used by the GUI, the CLI and the tests: it
// computes the statistics once (Summary::summarize) and hands the same document to the chosen writer.
namespace ReportExport {
bool write(const CampaignSnapshot& snapshot, const ReportOptions& options, QIODevice* device, QString* error,
           ExportProgress* progress = nullptr);
// Writes through QSaveFile: on failure or cancel the target keeps its old content (or stays absent).
bool writeFile(const CampaignSnapshot& snapshot, const ReportOptions& options, const QString& path,
               QString* error, ExportProgress* progress = nullptr);
// A suggested file name such as "2021年全国“质量月”活动实施方案.pdf".
QString suggestedFileName(const CampaignSnapshot& snapshot, const ReportOptions& options);
// One document as PDF in the official layout (GB/T 9704 margins, "— 1 —" page numbers).
bool writePdf(const ReportDocument& doc, QIODevice* device, ExportProgress* progress, QString* error);
// Runs `write` into a QSaveFile at `path`: the file appears only complete, and a failure or cancel
// leaves what was there before.
bool writeAtomically(const QString& path, const std::function<bool(QIODevice* device, QString* error)>& write,
                     QString* error);
} // namespace ReportExport
