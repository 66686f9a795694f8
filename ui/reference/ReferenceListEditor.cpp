#include "ReferenceListEditor.h"

#include "ReferenceListModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ReferenceListEditor::ReferenceListEditor(ReferenceListModel* model, const QString& newItemPlaceholder,
                                         QWidget* parent)
    : QWidget(parent), m_model(model), m_view(new QTableView), m_nameEdit(new QLineEdit),
      m_add(new QPushButton(tr("Add"))), m_up(new QPushButton(tr("Move up"))),
      m_down(new QPushButton(tr("Move down"))), m_remove(new QPushButton(tr("Delete…"))),
      m_refusal(new QLabel)
{
    m_nameEdit->setPlaceholderText(newItemPlaceholder);
    m_nameEdit->setClearButtonEnabled(true);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_refusal->hide();

    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_nameEdit, 1);
    addRow->addWidget(m_add);
    auto* buttons = new QVBoxLayout;
    for (QPushButton* b : {m_up, m_down, m_remove})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* tableRow = new QHBoxLayout;
    tableRow->addWidget(m_view, 1);
    tableRow->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(addRow);
    layout->addLayout(tableRow, 1);
    layout->addWidget(m_refusal);

    connect(m_add, &QPushButton::clicked, this, &ReferenceListEditor::add);
    connect(m_nameEdit, &QLineEdit::returnPressed, this, &ReferenceListEditor::add);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_remove, &QPushButton::clicked, this, &ReferenceListEditor::removeCurrent);
    connect(model, &ReferenceListModel::refused, this, &ReferenceListEditor::showRefusal);
    connect(model, &ReferenceListModel::changed, this, [this] { showRefusal({}); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { currentRowChanged(current); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { showFirstRowIfNone(); });
    connect(model, &QAbstractItemModel::rowsMoved, this, &ReferenceListEditor::updateButtons);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ReferenceListEditor::updateButtons);
    updateButtons();
}

void ReferenceListEditor::setLongTextColumn(int column, const QString& label)
{
    m_detailColumn = column;
    m_view->setColumnHidden(column, true);
    m_detailLabel = new QLabel(label);
    m_detail = new QPlainTextEdit;
    m_detail->setTabChangesFocus(true);
    m_detail->setMaximumHeight(m_detail->fontMetrics().lineSpacing() * 7 + 12);
    m_detail->installEventFilter(this);
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    layout->insertWidget(layout->count() - 1, m_detailLabel);
    layout->insertWidget(layout->count() - 1, m_detail);
    showFirstRowIfNone();
}

void ReferenceListEditor::setStretchColumn(int column)
{
    m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
}

QString ReferenceListEditor::refusal() const
{
    return m_refusal->isHidden() ? QString() : m_refusal->text();
}

void ReferenceListEditor::add()
{
    if (!m_model->appendNamed(m_nameEdit->text(), nullptr))
        return; // the model announced why; the typed name stays for correcting
    m_nameEdit->clear();
    const QModelIndex added = m_model->index(m_model->rowCount() - 1, m_model->nameColumn());
    m_view->setCurrentIndex(added);
    m_view->scrollTo(added);
}

void ReferenceListEditor::removeCurrent()
{
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete"), m_model->removalQuestion(row), QMessageBox::NoButton,
                    this);
    const QAbstractButton* remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    if (box.clickedButton() == remove)
        m_model->removeItem(row, nullptr);
}

void ReferenceListEditor::move(int delta)
{
    const QModelIndex current = m_view->currentIndex();
    const int to = current.row() + delta;
    if (!current.isValid() || to < 0 || to >= m_model->rowCount())
        return;
    commitDetail();
    if (m_model->moveItem(current.row(), to, nullptr))
        m_view->setCurrentIndex(m_model->index(to, current.column()));
}

void ReferenceListEditor::showRefusal(const QString& reason)
{
    m_refusal->setText(reason.isEmpty() ? QString() : tr("Not saved: %1").arg(reason));
    m_refusal->setVisible(!reason.isEmpty());
}

void ReferenceListEditor::currentRowChanged(const QModelIndex& current)
{
    updateButtons();
    if (!m_detail)
        return;
    commitDetail();
    m_detailIndex = current.isValid() ? m_model->index(current.row(), m_detailColumn) : QModelIndex();
    m_detail->setEnabled(m_detailIndex.isValid());
    m_detail->setPlainText(m_detailIndex.isValid() ? m_detailIndex.data(Qt::EditRole).toString() : QString());
    m_detailLabel->setText(
        m_detailIndex.isValid()
            ? tr("%1 — %2").arg(m_model->headerData(m_detailColumn, Qt::Horizontal).toString(),
                                m_model->nameAt(current.row()))
            : m_model->headerData(m_detailColumn, Qt::Horizontal).toString());
}

void ReferenceListEditor::showFirstRowIfNone()
{
    // The text box edits the current row, so an empty selection would leave it blank and disabled.
    if (m_detail && !m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, m_model->nameColumn()));
    else
        currentRowChanged(m_view->currentIndex());
}

void ReferenceListEditor::commitDetail()
{
    if (!m_detail || !m_detailIndex.isValid())
        return;
    if (m_detail->toPlainText() != m_detailIndex.data(Qt::EditRole).toString())
        m_model->setData(m_detailIndex, m_detail->toPlainText(), Qt::EditRole);
}

void ReferenceListEditor::updateButtons()
{
    const int row = m_view->currentIndex().row();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
    m_remove->setEnabled(row >= 0);
}

bool ReferenceListEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_detail && event->type() == QEvent::FocusOut)
        commitDetail();
    return QWidget::eventFilter(watched, event);
}
