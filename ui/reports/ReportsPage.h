#pragma once

#include "DraftFacts.h"
#include "ReportOptions.h"

#include <QTimer>
#include <QWidget>

class ExportRunner;
class QCheckBox;
class QLabel;
class QPrinter;
struct ReportDocument;
class EvidenceEditor;
class ReportSectionModel;
class SummaryEditor;
class SectionEditor;
class Workspace;

// 总结报告: the implementation plan and the activity summary of the current campaign — exported to
// PDF, Excel, ODT, Word or CSV in the background, or printed through a preview with page setup — and the
// summary's narrative sections with their first draft written from the data.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    ReportsPage(Workspace& workspace, SummaryEditor& summary, const EvidenceEditor& evidence,
                QWidget* parent = nullptr);

    SectionEditor* sectionEditor() const { return m_editor; }
    ReportSectionModel* sectionModel() const { return m_sections; }
    ExportRunner* runner() const { return m_runner; }
    // What an export of `kind` would be given now (sections, charts, today, the page's choices).
    ReportOptions options(ReportOptions::Kind kind, ReportOptions::Format format) const;
    // Asks for a file name, then exports in the background.
    void exportReport(ReportOptions::Kind kind, ReportOptions::Format format);
    // Exports to `path` without asking (tests and scripted use).
    void exportTo(ReportOptions::Kind kind, ReportOptions::Format format, const QString& path);
    void printPreview(ReportOptions::Kind kind);
    // Paints the document for `kind` on a printer (what the preview shows).
    bool printTo(ReportOptions::Kind kind, QPrinter* printer, QString* error);

signals:
    void exportFinished(bool ok, const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* exportRow(ReportOptions::Kind kind);
    void reload();
    void refreshSummary();
    DraftFacts draftFacts() const;
    void warn(const QString& title, const QString& text);

    Workspace& m_workspace;
    SummaryEditor& m_summary;
    ReportSectionModel* m_sections;
    SectionEditor* m_editor;
    ExportRunner* m_runner;
    QCheckBox* m_groupByPillar;
    QCheckBox* m_includeLocation;
    QCheckBox* m_includeCharts;
    QLabel* m_status;
    QTimer m_coalesce;
};
