#include "ReportOptions.h"

bool ReportOptions::kindFromKey(const QString& key, Kind* kind)
{
    if (key == QLatin1String("plan"))
        *kind = Kind::Plan;
    else if (key == QLatin1String("summary"))
        *kind = Kind::Summary;
    else
        return false;
    return true;
}

bool ReportOptions::formatFromKey(const QString& key, Format* format)
{
    for (Format f : {Format::Pdf, Format::Xlsx, Format::Odt, Format::Csv, Format::Docx}) {
        if (formatKey(f) == key) {
            *format = f;
            return true;
        }
    }
    return false;
}

QString ReportOptions::formatKey(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    case Format::Odt:
        return QStringLiteral("odt");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Docx:
        return QStringLiteral("docx");
    }
    return {};
}

bool ReportOptions::hasPictures(Format format)
{
    return format == Format::Pdf || format == Format::Odt || format == Format::Docx;
}
