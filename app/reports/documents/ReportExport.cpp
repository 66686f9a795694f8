#include "ReportExport.h"

#include "ActivitySheets.h"
#include "CampaignSummary.h"
#include "CsvWriter.h"
#include "DocxWriter.h"
#include "OdtWriter.h"
#include "PagedRenderer.h"
#include "PlanReport.h"
#include "SummaryReport.h"
#include "WorkbookWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>

#include "WriteFailure.h"
#include "WriteGuard.h"

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ReportExport", text);
}

QList<WorkbookSheet> workbook(const CampaignSnapshot& s, const CampaignSummary& summary,
                              const ReportOptions& o)
{
    QList<WorkbookSheet> sheets;
    if (o.kind == ReportOptions::Kind::Plan)
        sheets.append({QStringLiteral("活动安排"), {PlanReport::table(s, o)}});
    else
        // The statistics stay first as before; the narrative (the user's, else the draft) follows.
        sheets << WorkbookSheet{QStringLiteral("统计表"), SummaryReport::statistics(summary)}
               << WorkbookSheet{QStringLiteral("总结"),
                                {SummaryReport::narrativeTable(SummaryReport::narrative(s, summary, o))}};
    sheets.append({QStringLiteral("活动清单"), {ActivitySheets::allFields(s)}});
    sheets.append({QStringLiteral("按牵头部门"), {ActivitySheets::byLeadDepartment(s)}});
    sheets.append({QStringLiteral("按活动内容"), {ActivitySheets::byPillar(s)}});
    return sheets;
}

} // namespace

namespace ReportExport {

bool write(const CampaignSnapshot& snapshot, const ReportOptions& options, QIODevice* device, QString* error,
           ExportProgress* progress)
{
    const bool plan = options.kind == ReportOptions::Kind::Plan;
    const CampaignSummary summary =
        Summary::summarize(snapshot.campaign, snapshot.activities, snapshot.departments, options.today);
    switch (options.format) {
    case ReportOptions::Format::Xlsx:
        return WorkbookWriter::write(workbook(snapshot, summary, options), device, progress, error);
    case ReportOptions::Format::Csv: {
        QList<ReportTable> tables;
        if (plan)
            tables << PlanReport::table(snapshot, options);
        else
            tables << SummaryReport::statistics(summary) << SummaryReport::completed(snapshot);
        return CsvWriter::write(tables, device, error, progress);
    }
    case ReportOptions::Format::Pdf:
    case ReportOptions::Format::Odt:
    case ReportOptions::Format::Docx:
        break;
    }
    const ReportDocument doc =
        plan ? PlanReport::build(snapshot, options) : SummaryReport::build(snapshot, summary, options);
    if (options.format == ReportOptions::Format::Pdf)
        return writePdf(doc, device, progress, error);
    if (options.format == ReportOptions::Format::Docx)
        return DocxWriter::write(doc, device, progress, error);
    return OdtWriter::write(doc, device, progress, error);
}

bool writeFile(const CampaignSnapshot& snapshot, const ReportOptions& options, const QString& path,
               QString* error, ExportProgress* progress)
{
    return writeAtomically(
        path, [&](QIODevice* device, QString* e) { return write(snapshot, options, device, e, progress); },
        error);
}

bool writePdf(const ReportDocument& doc, QIODevice* device, ExportProgress* progress, QString* error)
{
    QPdfWriter pdf(device);
    pdf.setResolution(600);
    pdf.setTitle(doc.title);
    pdf.setCreator(QStringLiteral("Campaign Planner"));
    PagedRenderer::applyOfficialLayout(&pdf);
    return PagedRenderer::render(doc, &pdf, progress, error);
}

bool writeAtomically(const QString& path, const std::function<bool(QIODevice* device, QString* error)>& write,
                     QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    WriteGuard guard(&file);
    if (!write(&guard, error) || guard.failed()) {
        if (guard.failed())
            *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), guard.reason());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error =
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), WriteFailure::reason(file));
        return false;
    }
    return true;
}

QString suggestedFileName(const CampaignSnapshot& snapshot, const ReportOptions& options)
{
    const QString stem =
        PlanReport::title(snapshot, options.kind == ReportOptions::Kind::Plan ? QStringLiteral("实施方案")
                                                                              : QStringLiteral("总结"));
    QString safe = stem;
    safe.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    return safe + QLatin1Char('.') + ReportOptions::formatKey(options.format);
}

} // namespace ReportExport
