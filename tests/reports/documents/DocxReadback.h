#pragma once

#include "ReportDocument.h"

#include <QJsonObject>
#include <QString>

// Reads a .docx back with python-docx (docx_readback.py, run by Debian's /usr/bin/python3) and
// compares what it found with the ReportDocument the writer was given, and lays the .docx out with
// LibreOffice to compare with our own PDF of the same document. Each check returns an empty string
// when it holds, else what differs.
namespace DocxReadback {
// `mode` "read" (paragraphs, tables, section, footers, styles, schema order) or "package" (zip,
// XML, content types, relationships).
bool run(const QString& mode, const QString& docx, QJsonObject* out, QString* error);
// Title, headings, body lines, signature and captions in order and in their styles; every table with
// its header row (repeated: w:tblHeader), rows that do not split, group rows spanning the table, and
// every cell's text; one picture per image block.
QString compareContent(const QJsonObject& read, const ReportDocument& doc);
// A4 portrait, the GB/T 9704 margins, odd and even page-number footers, no schema-order errors.
QString checkPage(const QJsonObject& read);
// The text of a PDF as both PDFs are compared: pdftotext, white space removed, page numbers
// ("—3—") removed and the tables' header rows removed (they repeat once per page, and the two
// layouts break pages at different rows).
QString comparableText(const QString& pdf, const ReportDocument& doc, QString* error);
int pageCount(const QString& pdf, QString* error);
// Writes our PDF of `doc` and LibreOffice's PDF of `docx` into `dir` and compares them: A4, the same
// text (comparableText), page counts within a page or 5 %, a page number on every page.
QString compareWithOurPdf(const QString& docx, const ReportDocument& doc, const QString& dir);
} // namespace DocxReadback
