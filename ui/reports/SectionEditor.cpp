#include "SectionEditor.h"

#include "ReportSectionModel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QVBoxLayout>

SectionEditor::SectionEditor(ReportSectionModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_list(new QListView(this)), m_body(new QPlainTextEdit(this)),
      m_drafts(new QListWidget(this)), m_insert(new QPushButton(tr("Insert at cursor"), this)),
      m_regenerate(new QPushButton(tr("Regenerate draft…"), this)), m_draftNote(new QLabel(this))
{
    m_list->setModel(model);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    auto* add = new QPushButton(tr("Add"), this);
    auto* rename = new QPushButton(tr("Rename"), this);
    auto* up = new QPushButton(tr("Up"), this);
    auto* down = new QPushButton(tr("Down"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    auto* buttons = new QGridLayout;
    buttons->addWidget(add, 0, 0);
    buttons->addWidget(rename, 0, 1);
    buttons->addWidget(remove, 0, 2);
    buttons->addWidget(up, 1, 0);
    buttons->addWidget(down, 1, 1);
    auto* leftPane = new QWidget(this);
    leftPane->setMaximumWidth(300);
    auto* left = new QVBoxLayout(leftPane);
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(new QLabel(tr("Sections"), this));
    left->addWidget(m_list);
    left->addLayout(buttons);

    m_body->setPlaceholderText(tr("Write this section here, or insert draft sentences from the right."));
    m_draftNote->setWordWrap(true);
    m_draftNote->setText(tr("First draft, written from the activities and their figures. It follows them "
                            "until you change a sentence or choose “Regenerate draft”; then it is kept in "
                            "the file. Replace every 【请填写：…】 before sending."));
    m_draftNote->setStyleSheet(QStringLiteral("background: #FFF4D6; padding: 4px;"));
    auto* middle = new QVBoxLayout;
    middle->addWidget(new QLabel(tr("Text"), this));
    middle->addWidget(m_draftNote);
    middle->addWidget(m_body);

    m_drafts->setWordWrap(true);
    m_drafts->setMaximumWidth(320);
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Draft paragraphs from the figures"), this));
    right->addWidget(m_drafts);
    right->addWidget(m_insert);
    m_regenerate->setToolTip(tr("Write every section anew from the current activities and figures"));
    right->addWidget(m_regenerate);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(leftPane);
    layout->addLayout(middle, 1);
    layout->addLayout(right);

    m_save.setSingleShot(true);
    m_save.setInterval(600);
    connect(&m_save, &QTimer::timeout, this, &SectionEditor::flush);
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        if (m_shownRow >= 0)
            m_save.start();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SectionEditor::showCurrent);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_shownRow = -1;
        m_list->setCurrentIndex(m_model->index(0, 0));
        showCurrent();
    });
    connect(model, &QAbstractItemModel::dataChanged, this, &SectionEditor::modelChanged);
    connect(model, &ReportSectionModel::failed, this, &SectionEditor::failed);
    connect(add, &QPushButton::clicked, this, &SectionEditor::addSection);
    connect(rename, &QPushButton::clicked, this, [this] { m_list->edit(m_list->currentIndex()); });
    connect(up, &QPushButton::clicked, this, [this] { moveSection(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveSection(+1); });
    connect(remove, &QPushButton::clicked, this, &SectionEditor::removeSection);
    connect(m_insert, &QPushButton::clicked, this, &SectionEditor::insertDraft);
    connect(m_drafts, &QListWidget::itemDoubleClicked, this, &SectionEditor::insertDraft);
    connect(m_regenerate, &QPushButton::clicked, this, &SectionEditor::regenerate);
    m_list->setCurrentIndex(model->index(0, 0));
    showCurrent();
}

int SectionEditor::currentRow() const
{
    return m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
}

void SectionEditor::flush()
{
    m_save.stop();
    if (m_shownRow < 0 || m_shownRow >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(m_shownRow, 0);
    if (index.data(ReportSectionModel::BodyRole).toString() != m_body->toPlainText())
        m_model->setData(index, m_body->toPlainText(), ReportSectionModel::BodyRole);
}

void SectionEditor::showCurrent()
{
    flush();
    m_shownRow = -1; // no save while the editor is refilled
    const int row = currentRow();
    m_body->setEnabled(row >= 0);
    m_body->setPlainText(row >= 0 ? m_model->index(row, 0).data(ReportSectionModel::BodyRole).toString()
                                  : QString());
    m_shownRow = row;
    refreshDrafts();
}

void SectionEditor::modelChanged(const QModelIndex& from, const QModelIndex& to)
{
    // Undo, redo or new figures under the draft change the text shown; typing not yet saved wins.
    if (m_shownRow >= from.row() && m_shownRow <= to.row() && !m_save.isActive()) {
        const QString body = m_model->index(m_shownRow, 0).data(ReportSectionModel::BodyRole).toString();
        if (body != m_body->toPlainText()) {
            const int position = m_body->textCursor().position();
            const int row = m_shownRow;
            m_shownRow = -1; // no save while the editor is refilled
            m_body->setPlainText(body);
            QTextCursor cursor = m_body->textCursor();
            cursor.setPosition(qMin(position, int(body.size())));
            m_body->setTextCursor(cursor);
            m_shownRow = row;
        }
    }
    refreshDrafts();
}

bool SectionEditor::regenerate()
{
    flush();
    if (!m_model->isDraft()) {
        const auto answer = QMessageBox::question(
            this, tr("Regenerate draft"),
            tr("Replace the text of every section with a new draft written from the current activities and "
               "figures?\n\nYour text can be brought back with Edit › Undo."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    return m_model->regenerate();
}

void SectionEditor::refreshDrafts()
{
    m_drafts->clear();
    m_draftNote->setVisible(m_model->isDraft());
    const int row = currentRow();
    if (row < 0)
        return;
    for (const QString& paragraph : m_model->draft().value(row).body.split(QLatin1Char('\n')))
        if (!paragraph.trimmed().isEmpty())
            m_drafts->addItem(paragraph.trimmed());
    if (m_drafts->count() > 0)
        m_drafts->setCurrentRow(0);
    m_insert->setEnabled(m_drafts->count() > 0);
}

void SectionEditor::insertDraft()
{
    const QListWidgetItem* item = m_drafts->currentItem();
    if (!item || currentRow() < 0)
        return;
    m_body->insertPlainText(item->text());
    flush();
}

void SectionEditor::addSection()
{
    bool ok = false;
    const QString title =
        QInputDialog::getText(this, tr("New section"), tr("Heading:"), QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || title.isEmpty())
        return;
    flush();
    m_shownRow = -1; // rows shift: nothing may be saved into the wrong section meanwhile
    const int row = currentRow() + 1;
    if (m_model->addSection(title, row))
        m_list->setCurrentIndex(m_model->index(row, 0));
    showCurrent();
}

void SectionEditor::removeSection()
{
    const int row = currentRow();
    if (row < 0)
        return;
    flush();
    m_shownRow = -1;
    if (m_model->removeSection(row))
        m_list->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1), 0));
    showCurrent();
}

void SectionEditor::moveSection(int delta)
{
    const int row = currentRow();
    flush();
    m_shownRow = -1;
    if (row >= 0 && m_model->moveSection(row, row + delta))
        m_list->setCurrentIndex(m_model->index(row + delta, 0));
    showCurrent();
}
