#include "ImportWizard.h"

#include "ImportMappingPanel.h"
#include "ImportPreviewModel.h"
#include "PlanImportEditor.h"
#include "TableLoadTask.h"
#include "Workspace.h"
#include "formats/TableReader.h"
#include "importing/ColumnRoles.h"
#include "importing/ImportSummary.h"
#include "importing/PlanRecognizer.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

ImportWizard::ImportWizard(Workspace& workspace, ActivityEditor& activities, Target target, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_target(target),
      m_editor(std::make_unique<PlanImportEditor>(workspace, activities)), m_file(new QLineEdit(this)),
      m_choose(new QPushButton(tr("Choose…"), this)), m_table(new QComboBox(this)),
      m_encoding(new QComboBox(this)), m_delimiter(new QComboBox(this)),
      m_textOptionsLabel(new QLabel(tr("Text file:"), this)), m_figures(new QComboBox(this)),
      m_skipDuplicates(new QRadioButton(tr("Skip them"), this)),
      m_updateDuplicates(new QRadioButton(tr("Update them from the table"), this)),
      m_unitName(new QLineEdit(this)), m_mapping(new ImportMappingPanel(this)),
      m_model(new ImportPreviewModel(this)), m_view(new QTableView(this)), m_summary(new QLabel(this)),
      m_problems(new QListWidget(this)), m_import(new QPushButton(tr("Import"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    setWindowTitle(target == Target::OwnPlan ? tr("Import Plan") : tr("Import a Subordinate Unit's Table"));
    m_context = m_editor->context();
    if (m_target == Target::SubordinateUnit) {
        // The unit's departments and activities are not this file's.
        m_context.departments.clear();
        m_context.existing.clear();
    }
    m_mapping->setContext(m_context);

    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("Excel, WPS, Word, LibreOffice or CSV file"));
    m_table->setObjectName(QStringLiteral("table"));
    m_encoding->addItem(tr("Detect"), QByteArray());
    for (const char* e : {"UTF-8", "GB18030", "UTF-16LE", "UTF-16BE"})
        m_encoding->addItem(QString::fromLatin1(e), QByteArray(e));
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_figures->addItem(tr("targets (the plan)"), false);
    m_figures->addItem(tr("what was achieved (a summary)"), true);
    m_skipDuplicates->setChecked(true);
    m_unitName->setPlaceholderText(tr("e.g. 青山县市场监督管理局"));
    m_unitName->setObjectName(QStringLiteral("unitName"));

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    auto* textRow = new QHBoxLayout;
    textRow->addWidget(m_encoding);
    textRow->addWidget(m_delimiter);
    textRow->addStretch();
    auto* duplicateGroup = new QButtonGroup(this);
    duplicateGroup->addButton(m_skipDuplicates);
    duplicateGroup->addButton(m_updateDuplicates);

    auto* form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Sheet or table:"), m_table);
    form->addRow(m_textOptionsLabel, textRow);
    form->addRow(tr("Figures are:"), m_figures);
    if (m_target == Target::OwnPlan) {
        // Built only where it is shown: a layout never added to the form would have no owner.
        auto* duplicates = new QHBoxLayout;
        duplicates->addWidget(m_skipDuplicates);
        duplicates->addWidget(m_updateDuplicates);
        duplicates->addStretch();
        form->addRow(tr("Activities already in the plan:"), duplicates);
    } else {
        form->addRow(tr("Subordinate unit:"), m_unitName);
    }
    m_unitName->setVisible(m_target == Target::SubordinateUnit);
    m_skipDuplicates->setVisible(m_target == Target::OwnPlan);
    m_updateDuplicates->setVisible(m_target == Target::OwnPlan);

    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("preview"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_view, 3);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_problems, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_mapping);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({420, 860});

    m_import->setDefault(true);
    m_import->setEnabled(false);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    m_textOptionsLabel->hide();
    m_encoding->hide();
    m_delimiter->hide();

    connect(m_choose, &QPushButton::clicked, this, &ImportWizard::chooseFile);
    connect(m_table, &QComboBox::activated, this, &ImportWizard::tableChosen);
    connect(m_encoding, &QComboBox::activated, this, &ImportWizard::reload);
    connect(m_delimiter, &QComboBox::activated, this, &ImportWizard::reload);
    connect(m_figures, &QComboBox::activated, this, [this] {
        m_layout.figuresAreActual = m_figures->currentData().toBool();
        rebuild();
    });
    connect(m_mapping, &ImportMappingPanel::columnChanged, this,
            [this](int column, const ColumnAssignment& a) {
                if (column < m_layout.columns.size()) {
                    m_layout.columns[column] = a;
                    rebuild();
                }
            });
    connect(m_mapping, &ImportMappingPanel::groupChanged, this,
            [this](int group, qint64 pillarId, bool createNew) {
                m_model->setGroupMapping(group, pillarId, createNew);
                const GroupMapping& g = m_model->preview().groups.at(group);
                m_groupChoices.insert(g.text, g);
            });
    connect(m_problems, &QListWidget::currentRowChanged, this, &ImportWizard::showProblem);
    connect(m_unitName, &QLineEdit::textChanged, this, [this] {
        m_import->setEnabled(m_model->rowCount() > 0 && !m_unitName->text().trimmed().isEmpty());
    });
    connect(m_import, &QPushButton::clicked, this, &ImportWizard::runImport);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_task)
            m_task->cancel();
        reject();
    });
    resize(1280, 760);
}

ImportWizard::~ImportWizard() = default;

bool ImportWizard::isLoading() const
{
    return m_task != nullptr;
}

QString ImportWizard::summaryText() const
{
    return m_summary->text();
}

void ImportWizard::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Plan"), QString(),
                                                      TableReader::nameFilters().join(QStringLiteral(";;")));
    if (!path.isEmpty())
        openFile(path);
}

void ImportWizard::openFile(const QString& path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool text = suffix == QLatin1String("csv") || suffix == QLatin1String("txt");
    m_textOptionsLabel->setVisible(text);
    m_encoding->setVisible(text);
    m_delimiter->setVisible(text);
    m_encoding->setCurrentIndex(0);
    m_delimiter->setCurrentIndex(0);
    m_groupChoices.clear();
    reload();
}

void ImportWizard::reload()
{
    if (m_path.isEmpty())
        return;
    TableReader::Options options;
    options.encoding = m_encoding->currentData().toByteArray();
    const QString delimiter = m_delimiter->currentData().toString();
    options.delimiter = delimiter.isEmpty() ? QChar() : delimiter.front();
    m_task = std::make_unique<TableLoadTask>(m_path, options);
    connect(m_task.get(), &TableLoadTask::progress, this, [this](qint64 done, qint64 total) {
        if (total > 0)
            m_summary->setText(tr("Reading the file… %1 %").arg(done * 100 / total));
    });
    connect(m_task.get(), &TableLoadTask::finished, this, &ImportWizard::loadFinished);
    setBusy(true, tr("Reading the file…"));
    m_task->start();
}

void ImportWizard::setBusy(bool busy, const QString& text)
{
    m_choose->setEnabled(!busy);
    m_table->setEnabled(!busy);
    m_encoding->setEnabled(!busy);
    m_delimiter->setEnabled(!busy);
    m_mapping->setEnabled(!busy);
    if (busy) {
        m_import->setEnabled(false);
        m_summary->setText(text);
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
}

void ImportWizard::loadFinished(bool ok, const QString& error)
{
    std::unique_ptr<TableLoadTask> task = std::move(m_task);
    setBusy(false);
    m_table->clear();
    m_model->setPreview({}, m_context);
    m_mapping->setLayout({});
    m_mapping->setGroups({});
    m_problems->clear();
    if (!ok) {
        m_document.reset();
        m_summary->setText(
            QStringLiteral("<span style='color:#b00020'>%1</span>").arg(error.toHtmlEscaped()));
        emit loaded();
        return;
    }
    m_document = std::make_unique<TableDocument>(task->document());
    if (!m_document->encoding.isEmpty()) {
        const int e = m_encoding->findText(m_document->encoding);
        if (m_encoding->currentIndex() == 0 && e >= 0)
            m_encoding->setItemText(0, tr("Detect (%1)").arg(m_document->encoding));
        const int d = m_delimiter->findData(QString(m_document->delimiter));
        if (m_delimiter->currentIndex() == 0 && d >= 0)
            m_delimiter->setItemText(0, tr("Detect (%1)").arg(m_delimiter->itemText(d)));
    }
    for (const TableGrid& t : m_document->tables)
        m_table->addItem(tr("%1 (%n rows)", nullptr, t.rowCount()).arg(t.name));
    const int best = ImportSummary::chooseTable(m_document->tables, m_context);
    m_table->setCurrentIndex(qMax(0, best));
    tableChosen(m_table->currentIndex());
    emit loaded();
}

void ImportWizard::tableChosen(int index)
{
    if (!m_document || index < 0 || index >= m_document->tables.size())
        return;
    m_layout = ColumnRoles::detect(m_document->tables.at(index), m_context);
    m_figures->setCurrentIndex(m_layout.figuresAreActual ? 1 : 0);
    m_mapping->setLayout(m_layout);
    rebuild();
}

void ImportWizard::rebuild()
{
    const int index = m_table->currentIndex();
    if (!m_document || index < 0 || index >= m_document->tables.size())
        return;
    ImportPreview preview = PlanRecognizer::build(m_document->tables.at(index), m_layout, m_context);
    for (GroupMapping& g : preview.groups) {
        const auto it = m_groupChoices.constFind(g.text);
        if (it != m_groupChoices.cend()) {
            g.pillarId = it->pillarId;
            g.createNew = it->createNew;
        }
    }
    m_model->setPreview(preview, m_context);
    m_mapping->setGroups(preview.groups);
    m_view->resizeColumnToContents(ImportPreviewModel::RowColumn);
    m_view->setColumnWidth(ImportPreviewModel::TitleColumn, 260);

    QString summary;
    if (m_layout.headerRow < 0)
        summary = tr(
            "No heading row was recognised (活动内容, 活动时间, 牵头单位 …). Set what each column holds on "
            "the left; every row is read as an activity.");
    else
        summary = ImportSummary::headline(preview);
    if (preview.duplicateCount() > 0 && m_target == Target::OwnPlan)
        summary += QStringLiteral("；") + tr("%n already in the plan", nullptr, preview.duplicateCount());
    if (!preview.newDepartments.isEmpty() && m_target == Target::OwnPlan)
        summary += QStringLiteral("；") +
                   tr("new departments: %1").arg(preview.newDepartments.join(QStringLiteral("、")));
    m_summary->setText(summary);

    m_problems->clear();
    const QStringList problems = ImportSummary::problems(preview);
    for (int i = 0; i < problems.size() && i < 1000; ++i)
        m_problems->addItem(problems.at(i));
    m_problems->setVisible(!problems.isEmpty());
    const bool importable = preview.rows.size() > preview.errorCount();
    m_import->setEnabled(importable &&
                         (m_target == Target::OwnPlan || !m_unitName->text().trimmed().isEmpty()));
}

void ImportWizard::showProblem(int row)
{
    if (row < 0)
        return;
    // "Row 7: …" → the preview row of table row 7.
    const QString text = m_problems->item(row)->text();
    const QRegularExpression number(QStringLiteral("(\\d+)"));
    const QRegularExpressionMatch m = number.match(text);
    if (!m.hasMatch())
        return;
    const int previewRow = m_model->rowOfSourceRow(m.captured(1).toInt() - 1);
    if (previewRow >= 0) {
        m_view->selectRow(previewRow);
        m_view->scrollTo(m_model->index(previewRow, 0));
    }
}

void ImportWizard::runImport()
{
    const ImportPreview& preview = m_model->preview();
    QString error;
    if (m_target == Target::SubordinateUnit) {
        UnitTableImport::Result r;
        if (!m_editor->runForUnit(preview, m_unitName->text(), &r, &error)) {
            QMessageBox::warning(this, windowTitle(), error);
            return;
        }
        m_result = tr("%1: %n activities imported", nullptr, r.activities).arg(r.unit.name);
        accept();
        return;
    }
    PlanImportEditor::Choices choices;
    choices.updateDuplicates = m_updateDuplicates->isChecked();
    PlanImportEditor::Outcome outcome;
    if (!m_editor->run(preview, choices, &outcome, &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    m_result = tr("Imported %1 new and %2 updated activities; %3 rows skipped")
                   .arg(outcome.added)
                   .arg(outcome.updated)
                   .arg(outcome.skipped);
    accept();
}
