#include "WelcomeDialog.h"

#include "ReferenceEditor.h"
#include "Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

WelcomeDialog::WelcomeDialog(const Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_name(new QLineEdit), m_region(new QLineEdit), m_level(new QComboBox),
      m_previousLabel(new QLabel), m_importNotice(new QPushButton(tr("Import this year's notice…")))
{
    setWindowTitle(tr("Welcome"));
    const Campaign& c = workspace.campaign().campaign;
    auto* intro = new QLabel(
        tr("<p><b>Welcome to Campaign Planner.</b></p><p>This file holds the %1 campaign (No. %2 national "
           "Quality Month, theme: %3). Tell us which unit you are; it appears on plans, summaries and "
           "posters.</p>")
            .arg(c.year)
            .arg(c.ordinal())
            .arg(c.theme.toHtmlEscaped()));
    intro->setWordWrap(true);
    auto* missing = new QLabel(tr("This year's campaign content is not built in; please import the notice."));
    missing->setObjectName(QStringLiteral("contentMissing"));
    missing->setWordWrap(true);
    missing->setStyleSheet(QStringLiteral("background: #fff4ce; border: 1px solid #e0c060; padding: 6px;"));
    missing->setVisible(!c.contentComplete);

    m_name->setPlaceholderText(tr("e.g. 某县市场监督管理局"));
    m_region->setPlaceholderText(tr("e.g. 某县"));
    m_level->addItem(tr("County"), int(UnitProfile::Level::County));
    m_level->addItem(tr("Prefecture"), int(UnitProfile::Level::Prefecture));
    m_level->addItem(tr("Province"), int(UnitProfile::Level::Province));
    setUnit(workspace.unit());

    auto* form = new QFormLayout;
    form->addRow(tr("Unit name"), m_name);
    form->addRow(tr("Region"), m_region);
    form->addRow(tr("Level"), m_level);

    auto* choose = new QPushButton(tr("Carry over from last year's file…"));
    choose->setObjectName(QStringLiteral("choosePreviousFile"));
    m_previousLabel->setWordWrap(true);
    setPreviousFile({});
    auto* previous = new QHBoxLayout;
    previous->addWidget(choose);
    previous->addWidget(m_previousLabel, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Later"));
    buttons->addButton(m_importNotice, QDialogButtonBox::ActionRole);
    m_importNotice->hide(); // until the notice import provides its action (after addButton, which shows it)

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(missing);
    layout->addLayout(form);
    layout->addLayout(previous);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(560, sizeHint().height());

    connect(choose, &QPushButton::clicked, this, &WelcomeDialog::choosePreviousFile);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_importNotice, &QPushButton::clicked, this, [this] {
        accept();
        emit importNoticeRequested();
    });
}

UnitProfile WelcomeDialog::unit() const
{
    UnitProfile u;
    u.name = m_name->text().trimmed();
    u.region = m_region->text().trimmed();
    u.level = UnitProfile::Level(m_level->currentData().toInt());
    return u;
}

void WelcomeDialog::setUnit(const UnitProfile& unit)
{
    m_name->setText(unit.name);
    m_region->setText(unit.region);
    m_level->setCurrentIndex(m_level->findData(int(unit.level)));
}

void WelcomeDialog::setPreviousFile(const QString& path)
{
    m_previousFile = path;
    m_previousLabel->setText(path.isEmpty()
                                 ? tr("Departments and unit from an earlier campaign file (optional).")
                                 : QFileInfo(path).fileName());
    m_previousLabel->setToolTip(path);
}

void WelcomeDialog::setImportNoticeAction(QAction* action)
{
    m_importNotice->setVisible(action != nullptr);
    if (action)
        connect(this, &WelcomeDialog::importNoticeRequested, action, &QAction::trigger);
}

void WelcomeDialog::choosePreviousFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Last year's campaign file"), QString(),
                                                      tr("Campaign files (*.campaign)"));
    if (!path.isEmpty())
        setPreviousFile(path);
}

bool WelcomeDialog::apply(ReferenceEditor& editor, QString* error) const
{
    // The old file first: its unit, if any, is then replaced by what the user typed here.
    int added = 0;
    if (!m_previousFile.isEmpty() && !editor.carryOverFrom(m_previousFile, &added, error))
        return false;
    const UnitProfile typed = unit();
    if (typed.name.isEmpty() && typed.region.isEmpty())
        return true; // nothing typed: keep what the old file brought
    return editor.editUnit(typed, error);
}
