#include "UnitProfileForm.h"

#include "ReferenceEditor.h"
#include "Workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

UnitProfileForm::UnitProfileForm(Workspace& workspace, ReferenceEditor& editor, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_editor(editor), m_name(new QLineEdit),
      m_region(new QLineEdit), m_level(new QComboBox), m_refusal(new QLabel)
{
    m_name->setPlaceholderText(tr("e.g. Qinghe County Market Supervision Administration"));
    m_region->setPlaceholderText(tr("e.g. Qinghe County, Xingtai, Hebei"));
    m_level->addItem(tr("County"), int(UnitProfile::Level::County));
    m_level->addItem(tr("Prefecture"), int(UnitProfile::Level::Prefecture));
    m_level->addItem(tr("Province"), int(UnitProfile::Level::Province));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_refusal->hide();
    auto* hint = new QLabel(tr("The unit that owns this file. Its name is printed on plans, summaries and "
                               "posters."));
    hint->setWordWrap(true);

    auto* form = new QFormLayout(this);
    form->addRow(hint);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Region"), m_region);
    form->addRow(tr("Level"), m_level);
    form->addRow(m_refusal);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    connect(m_name, &QLineEdit::editingFinished, this, &UnitProfileForm::save);
    connect(m_region, &QLineEdit::editingFinished, this, &UnitProfileForm::save);
    connect(m_level, &QComboBox::activated, this, &UnitProfileForm::save);
    reload();
}

void UnitProfileForm::reload()
{
    const UnitProfile& unit = m_workspace.unit();
    const QSignalBlocker b1(m_name), b2(m_region), b3(m_level);
    m_name->setText(unit.name);
    m_region->setText(unit.region);
    m_level->setCurrentIndex(m_level->findData(int(unit.level)));
    m_refusal->hide();
}

QString UnitProfileForm::refusal() const
{
    return m_refusal->isHidden() ? QString() : m_refusal->text();
}

void UnitProfileForm::save()
{
    UnitProfile unit;
    unit.name = m_name->text().trimmed();
    unit.region = m_region->text().trimmed();
    unit.level = static_cast<UnitProfile::Level>(m_level->currentData().toInt());
    QString problem;
    if (m_editor.editUnit(unit, &problem)) {
        m_refusal->hide();
        return;
    }
    m_refusal->setText(tr("Not saved: %1").arg(problem));
    m_refusal->show();
}
