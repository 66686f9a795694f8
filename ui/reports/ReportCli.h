#pragma once

#include "CampaignSnapshot.h"
#include "ReportOptions.h"
#include "ReportSection.h"

#include <QDate>
#include <QString>
#include <QStringList>

// `campaign-planner export FILE --kind plan|summary --format pdf|xlsx|odt|docx|csv`: the same document
// the reports page writes, with the dashboard charts in the summary PDF, ODT and DOCX. The command line
// reads the summary's narrative and its picked photos from FILE and hands them in. Needs a QApplication
// (charts), no display.
namespace ReportCli {
QStringList formats();
// Whether the summary in `format` shows pictures (charts and photos): ReportOptions::hasPictures.
bool hasPictures(const QString& format);
bool write(const CampaignSnapshot& snapshot, const QList<ReportSection>& sections,
           const QList<ReportChart>& photos, const QString& kind, const QString& format, const QString& out,
           QDate today, QString* error);
} // namespace ReportCli
