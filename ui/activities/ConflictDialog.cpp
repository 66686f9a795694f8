#include "ConflictDialog.h"

#include "ActivityConflictModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Fields both people changed stand out in bold.
class BoldBoth : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::FontRole && index.data(ActivityConflictModel::BothChangedRole).toBool()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

ConflictDialog::ConflictDialog(ActivityConflictModel& model, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Changed by Someone Else"));
    const QString who = model.otherUsers();
    // Whole sentences, so each language joins them its own way.
    auto* sentence = new QLabel(
        who.isEmpty()
            ? tr("Someone else changed this on the server while you were editing it. Your change has "
                 "not been saved. Keep yours (on top of their other changes) or take theirs?")
            : tr("%1 changed this on the server while you were editing it. Your change has not been "
                 "saved. Keep yours (on top of their other changes) or take theirs?")
                  .arg(who));
    sentence->setWordWrap(true);

    auto* proxy = new BoldBoth(this);
    proxy->setSourceModel(&model);
    auto* table = new QTableView;
    table->setModel(proxy);
    table->verticalHeader()->hide();
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setWordWrap(true);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setMinimumWidth(820);

    auto* buttons = new QDialogButtonBox;
    QPushButton* mine = buttons->addButton(tr("Keep Mine"), QDialogButtonBox::AcceptRole);
    QPushButton* theirs = buttons->addButton(tr("Take Theirs"), QDialogButtonBox::RejectRole);
    mine->setDefault(true);
    connect(mine, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepMine;
        accept();
    });
    connect(theirs, &QPushButton::clicked, this, [this] {
        m_choice = Choice::TakeTheirs;
        reject();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(sentence);
    layout->addWidget(table);
    layout->addWidget(buttons);
}
