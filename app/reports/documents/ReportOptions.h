#pragma once

#include "ReportSection.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QString>

// A chart drawn by the caller (reports never link the widgets layer) with its caption.
struct ReportChart
{
    QString title;
    QImage image;
};

// What to write: which document, which file format and the choices the user made for it.
struct ReportOptions
{
    enum class Kind { Plan, Summary };
    enum class Format { Pdf, Xlsx, Odt, Csv, Docx };

    Kind kind = Kind::Plan;
    Format format = Format::Pdf;
    bool groupByPillar = true;     // plan table: one block per pillar
    bool includeLocation = false;  // plan table: a 活动地点 column
    QList<ReportSection> sections; // summary narrative, in order; empty = the four usual headings
    QList<ReportChart> charts;     // summary: dashboard charts rendered by the caller
    QDate today;                   // "as of" for overdue figures and the signature date

    static bool kindFromKey(const QString& key, Kind* kind);
    static bool formatFromKey(const QString& key, Format* format);
    static QString formatKey(Format format);
    // The formats that print charts and photos (the paged and editable documents, not the tables).
    static bool hasPictures(Format format);
};
