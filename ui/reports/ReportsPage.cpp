#include "ReportsPage.h"

#include "CampaignSummary.h"
#include "EvidenceEditor.h"
#include "ExportRunner.h"
#include "OfficialFonts.h"
#include "PagedRenderer.h"
#include "PlanReport.h"
#include "ReportCharts.h"
#include "ReportExport.h"
#include "ReportSectionModel.h"
#include "SectionEditor.h"
#include "SummaryEditor.h"
#include "SummaryPhotos.h"
#include "SummaryReport.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

ReportsPage::ReportsPage(Workspace& workspace, SummaryEditor& summaryEditor, const EvidenceEditor& evidence,
                         QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_summary(summaryEditor),
      m_sections(new ReportSectionModel(summaryEditor, this)), m_editor(new SectionEditor(m_sections, this)),
      m_runner(new ExportRunner(this)), m_groupByPillar(new QCheckBox(tr("Group by pillar"), this)),
      m_includeLocation(new QCheckBox(tr("Location column"), this)),
      m_includeCharts(new QCheckBox(tr("Include dashboard charts"), this)), m_status(new QLabel(this))
{
    m_groupByPillar->setChecked(true);
    m_includeCharts->setChecked(true);

    auto* plan = new QGroupBox(tr("Implementation plan (实施方案)"), this);
    auto* planLayout = new QHBoxLayout(plan);
    planLayout->addWidget(m_groupByPillar);
    planLayout->addWidget(m_includeLocation);
    planLayout->addStretch();
    planLayout->addWidget(exportRow(ReportOptions::Kind::Plan));

    auto* summary = new QGroupBox(tr("Activity summary (活动总结)"), this);
    auto* summaryLayout = new QVBoxLayout(summary);
    summaryLayout->addWidget(m_editor, 1);
    auto* summaryButtons = new QHBoxLayout;
    summaryButtons->addWidget(m_includeCharts);
    summaryButtons->addStretch();
    summaryButtons->addWidget(exportRow(ReportOptions::Kind::Summary));
    summaryLayout->addLayout(summaryButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(plan);
    layout->addWidget(summary, 1);
    layout->addWidget(m_status);

    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(300);
    // The draft is rewritten for the page on screen; showing the page rewrites it (showEvent).
    connect(&m_coalesce, &QTimer::timeout, this, [this] {
        if (isVisible())
            refreshSummary();
    });
    connect(&workspace, &Workspace::activitiesChanged, this, [this] { m_coalesce.start(); });
    connect(&workspace, &Workspace::referenceDataChanged, this, [this] { m_coalesce.start(); });
    // Evidence decides the draft's "missing evidence" sentences.
    connect(&evidence, &EvidenceEditor::changed, this, [this] { m_coalesce.start(); });
    connect(&workspace, &Workspace::currentCampaignChanged, this, &ReportsPage::reload);
    connect(m_editor, &SectionEditor::failed, this,
            [this](const QString& error) { warn(tr("Summary"), error); });
    connect(m_runner, &ExportRunner::finished, this,
            [this](bool ok, const QString&, const QString& message, bool cancelled) {
                m_status->setText(message);
                if (!ok && !cancelled)
                    warn(tr("Export"), message);
                emit exportFinished(ok, message);
            });
    reload();
}

void ReportsPage::warn(const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal but not blocking: a background export may finish meanwhile
}

QWidget* ReportsPage::exportRow(ReportOptions::Kind kind)
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    const QList<QPair<QString, ReportOptions::Format>> formats = {{tr("PDF…"), ReportOptions::Format::Pdf},
                                                                  {tr("Excel…"), ReportOptions::Format::Xlsx},
                                                                  {tr("ODT…"), ReportOptions::Format::Odt},
                                                                  {tr("Word…"), ReportOptions::Format::Docx},
                                                                  {tr("CSV…"), ReportOptions::Format::Csv}};
    for (const auto& [label, format] : formats) {
        auto* button = new QPushButton(label, row);
        connect(button, &QPushButton::clicked, this,
                [this, kind, format = format] { exportReport(kind, format); });
        layout->addWidget(button);
    }
    auto* print = new QPushButton(tr("Print preview…"), row);
    connect(print, &QPushButton::clicked, this, [this, kind] { printPreview(kind); });
    layout->addWidget(print);
    return row;
}

void ReportsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refreshSummary();
}

void ReportsPage::reload()
{
    QString error;
    if (!m_sections->load(m_workspace.currentCampaignId(), &error))
        m_status->setText(error);
    refreshSummary();
}

DraftFacts ReportsPage::draftFacts() const
{
    DraftFacts facts;
    QString error;
    if (!m_summary.facts(m_workspace.currentCampaignId(), &facts, &error))
        m_status->setText(tr("The evidence could not be read: %1").arg(error));
    return facts;
}

void ReportsPage::refreshSummary()
{
    const CampaignSnapshot s = m_workspace.snapshot();
    m_sections->setDraftSource(
        s, Summary::summarize(s.campaign, s.activities, s.departments, m_workspace.clock().today()),
        draftFacts());
}

ReportOptions ReportsPage::options(ReportOptions::Kind kind, ReportOptions::Format format) const
{
    ReportOptions o;
    o.kind = kind;
    o.format = format;
    o.groupByPillar = m_groupByPillar->isChecked();
    o.includeLocation = m_includeLocation->isChecked();
    o.today = m_workspace.clock().today();
    if (kind == ReportOptions::Kind::Summary) {
        m_editor->flush();
        o.sections = m_sections->sections();
        o.facts = draftFacts();
        const bool pictures = ReportOptions::hasPictures(format);
        const CampaignSnapshot s = pictures ? m_workspace.snapshot() : CampaignSnapshot();
        if (pictures && m_includeCharts->isChecked())
            o.charts =
                ReportCharts::render(Summary::summarize(s.campaign, s.activities, s.departments, o.today));
        if (pictures) {
            // Photos picked for the summary (in the activity gallery) follow the charts.
            QString error;
            QList<ReportChart> photos;
            if (SummaryPhotos::grids(m_workspace, s, &photos, &error))
                o.charts += photos;
            else
                m_status->setText(tr("The report photos could not be read: %1").arg(error));
        }
    }
    return o;
}

void ReportsPage::exportReport(ReportOptions::Kind kind, ReportOptions::Format format)
{
    if (m_runner->isBusy())
        return;
    const ReportOptions o = options(kind, format);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder).filePath(ReportExport::suggestedFileName(m_workspace.snapshot(), o));
    const QString filter = QStringLiteral("*.%1").arg(ReportOptions::formatKey(format));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), suggested, filter);
    if (!path.isEmpty())
        exportTo(kind, format, path);
}

void ReportsPage::exportTo(ReportOptions::Kind kind, ReportOptions::Format format, const QString& path)
{
    if (m_runner->isBusy())
        return;
    m_status->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    m_runner->start(m_workspace.snapshot(), options(kind, format), path);
}

bool ReportsPage::printTo(ReportOptions::Kind kind, QPrinter* printer, QString* error)
{
    const CampaignSnapshot s = m_workspace.snapshot();
    const ReportOptions o = options(kind, ReportOptions::Format::Pdf);
    const ReportDocument doc =
        kind == ReportOptions::Kind::Plan
            ? PlanReport::build(s, o)
            : SummaryReport::build(s, Summary::summarize(s.campaign, s.activities, s.departments, o.today),
                                   o);
    return PagedRenderer::render(doc, printer, nullptr, error);
}

void ReportsPage::printPreview(ReportOptions::Kind kind)
{
    QPrinter printer(QPrinter::HighResolution);
    PagedRenderer::applyOfficialLayout(&printer);
    printer.setDocName(kind == ReportOptions::Kind::Plan ? tr("Implementation plan")
                                                         : tr("Activity summary"));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, kind](QPrinter* p) {
        QString error;
        if (!printTo(kind, p, &error))
            m_status->setText(error);
    });
    dialog.exec();
}
