#include "NewCampaignDialog.h"

#include "ReferenceEditor.h"
#include "ReferenceRules.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

NewCampaignDialog::NewCampaignDialog(Workspace& workspace, ReferenceEditor& editor, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_editor(editor), m_source(new QComboBox),
      m_year(new QSpinBox),
      m_withUnfinished(new QCheckBox(tr("Also copy its unfinished activities (not started or in progress)"))),
      m_refusal(new QLabel)
{
    setWindowTitle(tr("New Campaign From…"));
    int latest = 0;
    for (const Campaign& c : workspace.campaigns()) {
        m_source->addItem(tr("%1 — %2").arg(c.year).arg(c.title), c.id);
        latest = std::max(latest, c.year);
    }
    m_source->setCurrentIndex(m_source->findData(workspace.currentCampaignId()));
    m_year->setRange(ReferenceRules::firstYear, ReferenceRules::lastYear);
    m_year->setValue(latest + 1);
    m_year->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto* explanation = new QLabel(
        tr("The new campaign starts as a copy of the chosen one: its pillars, organizers, slogans, "
           "requirements and metrics, with its dates moved to the new year. The document number is left "
           "empty for the new notice. Copied activities start again as not started, without actual "
           "figures."));
    explanation->setWordWrap(true);
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_refusal->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("Copy"), m_source);
    form->addRow(tr("Into year"), m_year);
    form->addRow(m_withUnfinished);
    form->addRow(explanation);
    form->addRow(m_refusal);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewCampaignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewCampaignDialog::reject);
    resize(560, sizeHint().height());
}

void NewCampaignDialog::accept()
{
    QString error;
    const qint64 id = m_editor.copyCampaign(m_source->currentData().toLongLong(), m_year->value(),
                                            m_withUnfinished->isChecked(), &error);
    if (id == 0) {
        m_refusal->setText(tr("Not created: %1").arg(error));
        m_refusal->show();
        return;
    }
    m_created = id;
    // The copy is in the file; failing to show it now is reported but does not undo it.
    if (!m_workspace.setCurrentCampaign(id, &error)) {
        m_refusal->setText(tr("The campaign was created but cannot be shown: %1").arg(error));
        m_refusal->show();
        return;
    }
    QDialog::accept();
}
