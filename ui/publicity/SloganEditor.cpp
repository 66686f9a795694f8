#include "SloganEditor.h"

#include "SloganListModel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QListView>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace {

// Shows each slogan with its number, as the notice lists them.
class NumberedDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->text = QStringLiteral("%1. %2").arg(index.row() + 1).arg(option->text);
    }
};

} // namespace

SloganEditor::SloganEditor(SloganListModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_view(new QListView(this)), m_add(new QPushButton(tr("Add"), this)),
      m_remove(new QPushButton(tr("Remove"), this)), m_up(new QPushButton(tr("Up"), this)),
      m_down(new QPushButton(tr("Down"), this)), m_paste(new QPushButton(tr("Paste lines"), this))
{
    m_view->setModel(m_model);
    m_view->setItemDelegate(new NumberedDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setWordWrap(true);
    m_paste->setToolTip(tr("Add one slogan per line from the clipboard; numbers such as “1.” are dropped."));

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_remove, m_up, m_down, m_paste})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &SloganEditor::addSlogan);
    connect(m_remove, &QPushButton::clicked, this, &SloganEditor::removeSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_paste, &QPushButton::clicked, this, [this] { paste(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SloganEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SloganEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &SloganEditor::updateButtons);
    updateButtons();
}

int SloganEditor::currentRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void SloganEditor::addSlogan()
{
    const int row = currentRow() < 0 ? m_model->rowCount() : currentRow() + 1;
    if (!m_model->insertRows(row, 1))
        return;
    const QModelIndex index = m_model->index(row);
    m_view->setCurrentIndex(index);
    m_view->edit(index);
}

void SloganEditor::removeSelected()
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() > b.row(); });
    for (const QModelIndex& i : rows)
        m_model->removeRow(i.row());
}

void SloganEditor::moveSelected(int delta)
{
    const int row = currentRow();
    if (row < 0 || row + delta < 0 || row + delta >= m_model->rowCount())
        return;
    // moveRows' destination is the row the item goes before.
    if (m_model->moveRow({}, row, {}, delta > 0 ? row + 2 : row - 1))
        m_view->setCurrentIndex(m_model->index(row + delta));
}

int SloganEditor::paste(const QString& text)
{
    const QString lines = text.isEmpty() ? QApplication::clipboard()->text() : text;
    const int row = currentRow() < 0 ? -1 : currentRow() + 1;
    return m_model->pasteLines(lines, row);
}

void SloganEditor::updateButtons()
{
    const int row = currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
}
