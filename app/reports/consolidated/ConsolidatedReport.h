#pragma once

#include "ConsolidatedInput.h"

#include <QString>

class ExportProgress;
class QIODevice;

// Writes the consolidated summary (汇总报告) as PDF, .xlsx or an editable .odt or .docx. Pure data in,
// file out: no database, no widgets, so it may run in a worker thread once OfficialFonts::instance()
// has been made in the GUI thread (the PDF, ODT and DOCX fonts are resolved there).
namespace ConsolidatedReport {
enum class Format { Pdf, Xlsx, Odt, Docx };

// "pdf", "xlsx", "odt" or "docx" (case-insensitive); false for anything else.
bool formatFromKey(const QString& key, Format* format);
// The format a file name asks for by its suffix (case-insensitive); false for any other suffix.
bool formatFromPath(const QString& path, Format* format);
// Chooses the format from the suffix of `path`; refuses other suffixes with a translated message.
// Writes through QSaveFile: on failure or cancel the target keeps its old content (or stays absent).
bool write(const ConsolidatedInput& input, const QString& path, QString* error,
           ExportProgress* progress = nullptr);
// The same with the format given (the command line's --format), whatever the suffix.
bool writeAs(const ConsolidatedInput& input, Format format, const QString& path, QString* error,
             ExportProgress* progress = nullptr);
bool write(const ConsolidatedInput& input, Format format, QIODevice* device, QString* error,
           ExportProgress* progress = nullptr);
} // namespace ConsolidatedReport
