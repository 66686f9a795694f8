#include "DeadlineReminder.h"

#include "UpcomingModel.h"
#include "UpcomingPanel.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

DeadlineReminder::DeadlineReminder(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_panel(new UpcomingPanel(workspace, this))
{
    setWindowTitle(tr("Deadlines"));
    setModal(false);
    resize(560, 380);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_panel, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_panel, &UpcomingPanel::activityActivated, this, &DeadlineReminder::activityActivated);
}

DeadlineReminder* DeadlineReminder::showIfNeeded(Workspace& workspace, QWidget* parent)
{
    auto* reminder = new DeadlineReminder(workspace, parent);
    if (reminder->m_panel->model()->items().isEmpty()) {
        delete reminder;
        return nullptr;
    }
    reminder->setAttribute(Qt::WA_DeleteOnClose);
    reminder->show();
    return reminder;
}
