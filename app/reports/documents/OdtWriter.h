#pragma once

#include "ReportDocument.h"

#include <QString>

class ExportProgress;
class QIODevice;
class QTextDocument;

// An editable OpenDocument text (.odt, opens in WPS, Word and LibreOffice) with the same blocks as
// the PDF: official fonts by name, 3号 body with a two-character indent, tables with a bold header
// row and merged group rows, charts as embedded pictures. Page size and numbers are left to the
// word processor (QTextDocumentWriter does not write page styles).
namespace OdtWriter {
bool write(const ReportDocument& document, QIODevice* device, ExportProgress* progress, QString* error);
// The QTextDocument the .odt is written from; the caller owns it.
QTextDocument* toTextDocument(const ReportDocument& document, ExportProgress* progress, bool* cancelled);
} // namespace OdtWriter
