#include "PublicityPage.h"

#include "PublicityDocument.h"
#include "PublicityOptionsPanel.h"
#include "PublicityPreview.h"
#include "PublicityWriter.h"
#include "SloganEditor.h"
#include "SloganListModel.h"
#include "Workspace.h"

#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPageSetupDialog>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Publicity;

PublicityPage::PublicityPage(Workspace* workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace),
      m_slogans(workspace ? workspace->sloganModel() : new SloganListModel(this)),
      m_sloganEditor(new SloganEditor(m_slogans, this)), m_options(new PublicityOptionsPanel(this)),
      m_preview(new PublicityPreview(this)), m_message(new QLabel(this)), m_pageLabel(new QLabel(this)),
      m_previous(new QPushButton(tr("Previous page"), this)), m_next(new QPushButton(tr("Next page"), this)),
      m_print(new QPushButton(tr("Print…"), this)), m_pdf(new QPushButton(tr("Save PDF…"), this)),
      m_png(new QPushButton(tr("Save PNG (300 dpi)…"), this)), m_printer(QPrinter::HighResolution)
{
    m_printer.setFullPage(true);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* pageSetup = new QPushButton(tr("Page setup…"), this);

    auto* slogans = new QGroupBox(tr("Slogans"), this);
    (new QVBoxLayout(slogans))->addWidget(m_sloganEditor);
    auto* material = new QGroupBox(tr("Material"), this);
    (new QVBoxLayout(material))->addWidget(m_options);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(slogans, 1);
    leftLayout->addWidget(material);
    leftLayout->addWidget(m_message);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(left);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* navigation = new QHBoxLayout;
    navigation->addWidget(m_previous);
    navigation->addWidget(m_pageLabel);
    navigation->addWidget(m_next);
    navigation->addStretch();
    for (QPushButton* b : {pageSetup, m_print, m_pdf, m_png})
        navigation->addWidget(b);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_preview, 1);
    rightLayout->addLayout(navigation);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(scroll);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    (new QHBoxLayout(this))->addWidget(splitter);

    // Typing in the QR text or switching choices quickly repaints once.
    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(150);
    connect(&m_rebuild, &QTimer::timeout, this, &PublicityPage::rebuild);
    connect(m_options, &PublicityOptionsPanel::changed, &m_rebuild, qOverload<>(&QTimer::start));
    connect(m_slogans, &SloganListModel::edited, this, [this] { showMessage(tr("Slogans saved."), false); });
    connect(m_slogans, &SloganListModel::refused, this, [this](const QString& reason) {
        showMessage(tr("The slogans could not be saved: %1").arg(reason), true);
    });
    connect(m_preview, &PublicityPreview::pageChanged, this, &PublicityPage::updatePageLabel);
    connect(m_previous, &QPushButton::clicked, this,
            [this] { m_preview->setCurrentPage(m_preview->currentPage() - 1); });
    connect(m_next, &QPushButton::clicked, this,
            [this] { m_preview->setCurrentPage(m_preview->currentPage() + 1); });
    connect(pageSetup, &QPushButton::clicked, this, &PublicityPage::pageSetup);
    connect(m_print, &QPushButton::clicked, this, &PublicityPage::print);
    connect(m_pdf, &QPushButton::clicked, this, &PublicityPage::exportPdf);
    connect(m_png, &QPushButton::clicked, this, &PublicityPage::exportPng);
    if (m_workspace) {
        connect(m_workspace, &Workspace::referenceDataChanged, this, &PublicityPage::reloadFromWorkspace);
        connect(m_workspace, &Workspace::currentCampaignChanged, this, &PublicityPage::reloadFromWorkspace);
        connect(m_workspace, &Workspace::activitiesChanged, this, [this] {
            m_options->setCampaign(m_workspace->snapshot());
            m_rebuild.start();
        });
    }
    reloadFromWorkspace();
}

PublicityPage::~PublicityPage() = default;

QString PublicityPage::message() const
{
    return m_message->text();
}

void PublicityPage::reloadFromWorkspace()
{
    if (!m_workspace)
        return;
    m_options->setCampaign(m_workspace->snapshot()); // the slogan list is the workspace's and follows
    rebuild();
}

void PublicityPage::rebuild()
{
    m_rebuild.stop();
    if (!m_workspace)
        return;
    auto document = std::make_shared<PublicityDocument>(m_workspace->snapshot(), m_options->options());
    QString error;
    if (!document->prepare(&error)) {
        m_document.reset();
        m_preview->setMessage(error);
        showMessage(error, true);
    } else {
        m_document = document;
        m_preview->setDocument(m_document);
        if (m_message->property("error").toBool())
            showMessage({}, false);
    }
    for (QPushButton* b : {m_print, m_pdf, m_png})
        b->setEnabled(m_document != nullptr);
    updatePageLabel();
}

void PublicityPage::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void PublicityPage::updatePageLabel()
{
    const int count = m_preview->pageCount();
    m_pageLabel->setText(count ? tr("Page %1 of %2").arg(m_preview->currentPage() + 1).arg(count)
                               : QString());
    m_previous->setEnabled(m_preview->currentPage() > 0);
    m_next->setEnabled(m_preview->currentPage() + 1 < count);
}

void PublicityPage::pageSetup()
{
    if (m_document)
        m_printer.setPageLayout(m_document->pageLayout());
    QPageSetupDialog dialog(&m_printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QPageLayout layout = m_printer.pageLayout();
    m_options->setPaper(layout.pageSize().id(), layout.orientation() == QPageLayout::Landscape);
}

void PublicityPage::print()
{
    if (!m_document)
        return;
    m_printer.setPageLayout(m_document->pageLayout());
    m_printer.setDocName(m_document->title());
    QPrintPreviewDialog dialog(&m_printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* printer) {
        // Paper chosen in the dialog wins: lay the material out again for it.
        Options o = m_document->options();
        o.pageSize = printer->pageLayout().pageSize().id();
        o.landscape = printer->pageLayout().orientation() == QPageLayout::Landscape;
        PublicityDocument forPrinter(m_workspace->snapshot(), o);
        QString error;
        if (forPrinter.prepare(&error))
            PublicityWriter::paintAll(forPrinter, printer);
    });
    dialog.exec();
}

bool PublicityPage::savePdf(const QString& path, QString* error) const
{
    if (!m_document) {
        *error = message();
        return false;
    }
    return PublicityWriter::savePdf(*m_document, path, error);
}

bool PublicityPage::savePng(const QString& path, QStringList* written, QString* error) const
{
    if (!m_document) {
        *error = message();
        return false;
    }
    return PublicityWriter::savePng(*m_document, path, 300, written, error);
}

void PublicityPage::exportPdf()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save PDF"),
                                                      dir + QStringLiteral("/poster.pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (savePdf(path, &error))
        showMessage(tr("Saved %1").arg(path), false);
    else
        showMessage(error, true);
}

void PublicityPage::exportPng()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save PNG"), dir + QStringLiteral("/poster.png"), tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    QStringList written;
    if (savePng(path, &written, &error))
        showMessage(tr("Saved %1").arg(written.join(QStringLiteral(", "))), false);
    else
        showMessage(error, true);
}
