#pragma once

#include "CampaignSnapshot.h"

#include <QDate>
#include <QString>
#include <QStringList>

// `campaign-planner export FILE --kind plan|summary --format pdf|xlsx|odt|docx|csv`: the same document the
// reports page writes, with the summary's narrative read from FILE and the dashboard charts in the
// summary PDF. Needs a QApplication (charts), no display.
namespace ReportCli {
QStringList formats();
bool write(const CampaignSnapshot& snapshot, const QString& campaignFile, const QString& kind,
           const QString& format, const QString& out, QDate today, QString* error);
} // namespace ReportCli
