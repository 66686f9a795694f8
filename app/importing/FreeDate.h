#pragma once

#include <QDate>
#include <QString>

// Reads the dates people write in plan tables ("9月1日-30日", "9.1-9.30", "9月中旬", "即日起至9月30日",
// "全年", an Excel serial number …) as a start and an end day. The year comes from the campaign unless
// the text names one. What cannot be read is reported as unread, never guessed.
namespace FreeDate {

struct Context
{
    int year = 0;        // the campaign's year
    QDate campaignStart; // for "即日起" and "9月1日起" without an end
    QDate campaignEnd;
};

struct Result
{
    bool ok = false;
    QDate start;
    QDate end;
    bool otherYear = false; // the text names a year other than the campaign's
};

Result parse(const QString& text, const Context& context);
// A spreadsheet's serial day number (1900 date system, as Excel, WPS and LibreOffice store dates).
QDate fromSerial(double serial);

} // namespace FreeDate
