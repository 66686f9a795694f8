#include "ActivityDetailPanel.h"

#include "ActivityEditor.h"
#include "ActivityFiguresEditor.h"
#include "ActivityHistoryModel.h"
#include "ActivityTableModel.h"
#include "BulletinPanel.h"
#include "DepartmentChecklist.h"
#include "EvidenceGallery.h"
#include "OptionalDateEdit.h"
#include "Workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSpinBox>

ActivityDetailPanel::ActivityDetailPanel(Workspace& workspace, ActivityEditor& editor,
                                         EvidenceEditor& evidence, BulletinEditor& bulletins, QWidget* parent)
    : QScrollArea(parent), m_ws(workspace), m_editor(editor)
{
    setObjectName(QStringLiteral("activityDetail"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // fields shrink with the panel instead
    build(evidence, bulletins);
    refresh();
    connect(m_ws.activityModel(), &QAbstractItemModel::dataChanged, this, [this] {
        const int row = m_ws.activityModel()->rowOfId(m_id);
        if (row >= 0 && !(m_ws.activityModel()->activityAt(row) == m_shown))
            load(m_ws.activityModel()->activityAt(row));
    });
    connect(m_ws.activityModel(), &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_id != 0 && m_ws.activityModel()->rowOfId(m_id) < 0)
            showActivity(0);
    });
    connect(m_ws.activityModel(), &QAbstractItemModel::modelReset, this, [this] { showActivity(m_id); });
}

void ActivityDetailPanel::build(EvidenceEditor& evidence, BulletinEditor& bulletins)
{
    m_form = new QWidget(this);
    m_heading = new QLabel(m_form);
    m_heading->setWordWrap(true);
    m_heading->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 12pt;"));
    m_pillar = new QComboBox(m_form);
    m_pillar->setMinimumContentsLength(12);
    m_pillar->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_title = new QLineEdit(m_form);
    m_description = new QPlainTextEdit(m_form);
    m_description->setFixedHeight(70);
    m_description->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_start = new OptionalDateEdit(m_form);
    m_end = new OptionalDateEdit(m_form);
    m_deadline = new OptionalDateEdit(m_form);
    m_lead = new QComboBox(m_form);
    m_assisting = new DepartmentChecklist(m_form);
    m_assisting->setFixedHeight(110);
    m_location = new QLineEdit(m_form);
    m_owner = new QLineEdit(m_form);
    m_phone = new QLineEdit(m_form);
    m_status = new QComboBox(m_form);
    for (int s = 0; s < ActivityStatuses::count; ++s)
        m_status->addItem(ActivityStatuses::displayName(static_cast<ActivityStatus>(s)), s);
    m_progress = new QSpinBox(m_form);
    m_progress->setRange(0, 100);
    m_progress->setSuffix(QStringLiteral("%"));
    m_progress->setSingleStep(10);
    m_notes = new QPlainTextEdit(m_form);
    m_notes->setFixedHeight(60);
    m_notes->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_figures = new ActivityFiguresEditor(m_form);
    m_figures->setMinimumHeight(130);

    auto* dates = new QHBoxLayout;
    dates->addWidget(m_start);
    dates->addWidget(new QLabel(QStringLiteral("–"), m_form));
    dates->addWidget(m_end);
    auto* state = new QHBoxLayout;
    state->addWidget(m_status);
    state->addWidget(m_progress);
    auto* person = new QHBoxLayout;
    person->addWidget(m_owner, 1);
    person->addWidget(m_phone, 1);
    m_owner->setPlaceholderText(tr("Name"));
    m_phone->setPlaceholderText(tr("Phone"));

    auto* form = new QFormLayout(m_form);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_heading);
    form->addRow(tr("Pillar:"), m_pillar);
    form->addRow(tr("Activity:"), m_title);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Dates:"), dates);
    form->addRow(tr("Deadline:"), m_deadline);
    form->addRow(tr("Lead department:"), m_lead);
    form->addRow(tr("Assisting:"), m_assisting);
    form->addRow(tr("Location:"), m_location);
    form->addRow(tr("Person in charge:"), person);
    form->addRow(tr("Status:"), state);
    form->addRow(tr("Notes:"), m_notes);
    form->addRow(new QLabel(tr("Figures (target and actual):"), m_form));
    form->addRow(m_figures);
    form->addRow(m_gallery = new EvidenceGallery(evidence, m_form));
    form->addRow(m_bulletin = new BulletinPanel(m_ws, bulletins, m_form));
    m_history = new ActivityHistoryModel(m_ws, this);
    m_historyView = new QListView(m_form);
    m_historyView->setObjectName(QStringLiteral("activityHistory"));
    m_historyView->setModel(m_history);
    // The panel is narrow: a long change wraps onto a second line rather than losing its new value.
    m_historyView->setWordWrap(true);
    m_historyView->setResizeMode(QListView::Adjust);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setSelectionMode(QAbstractItemView::NoSelection);
    m_historyView->setFixedHeight(180);
    form->addRow(new QLabel(tr("Change history:"), m_form));
    form->addRow(m_historyView);
    setWidget(m_form);

    for (QLineEdit* e : {m_title, m_location, m_owner, m_phone})
        connect(e, &QLineEdit::editingFinished, this, &ActivityDetailPanel::commit);
    for (OptionalDateEdit* e : {m_start, m_end, m_deadline})
        connect(e, &QDateEdit::editingFinished, this, &ActivityDetailPanel::commit);
    for (QComboBox* c : {m_pillar, m_lead, m_status})
        connect(c, &QComboBox::activated, this, &ActivityDetailPanel::commit);
    connect(m_progress, &QSpinBox::editingFinished, this, &ActivityDetailPanel::commit);
    connect(m_assisting, &DepartmentChecklist::checkedChanged, this, &ActivityDetailPanel::commit);
    connect(m_figures, &ActivityFiguresEditor::figuresEdited, this, &ActivityDetailPanel::commit);
    // Multi-line texts have no "editing finished": save when the field loses focus.
    m_description->installEventFilter(this);
    m_notes->installEventFilter(this);
}

void ActivityDetailPanel::refresh()
{
    m_loading = true;
    m_pillar->clear();
    m_pillar->addItem(tr("(none)"), qint64(0));
    for (const Pillar& p : m_ws.campaign().pillars) {
        QPixmap swatch(12, 12);
        swatch.fill(QColor(p.colour));
        m_pillar->addItem(QIcon(swatch), p.shortName.isEmpty() ? p.title : p.shortName, p.id);
    }
    m_lead->clear();
    m_lead->addItem(tr("(none)"), qint64(0));
    for (const Department& d : m_ws.departments())
        if (!d.archived)
            m_lead->addItem(d.name, d.id);
    m_figures->setMetrics(m_ws.campaign().metrics);
    m_loading = false;
    showActivity(m_id);
}

void ActivityDetailPanel::showActivity(qint64 id)
{
    const int row = id != 0 ? m_ws.activityModel()->rowOfId(id) : -1;
    m_id = row >= 0 ? id : 0;
    m_form->setEnabled(row >= 0);
    load(row >= 0 ? m_ws.activityModel()->activityAt(row) : Activity());
    m_gallery->showActivity(m_id);
    m_history->setActivity(m_id);
    if (row < 0)
        m_heading->setText(tr("Select an activity to see all its fields."));
}

void ActivityDetailPanel::load(const Activity& a)
{
    m_loading = true;
    m_shown = a;
    m_heading->setText(a.title);
    auto select = [](QComboBox* combo, const QVariant& v) {
        combo->setCurrentIndex(std::max(0, combo->findData(v)));
    };
    select(m_pillar, a.pillarId);
    if (m_title->text() != a.title)
        m_title->setText(a.title);
    if (m_description->toPlainText() != a.description)
        m_description->setPlainText(a.description);
    m_start->setValue(a.start);
    m_end->setValue(a.end);
    m_deadline->setValue(a.deadline);
    select(m_lead, a.leadDepartmentId);
    m_assisting->setDepartments(m_ws.departments(), a.assistingDepartmentIds);
    m_assisting->setExcluded(a.leadDepartmentId);
    m_location->setText(a.location);
    m_owner->setText(a.owner);
    m_phone->setText(a.phone);
    select(m_status, int(a.status));
    m_progress->setValue(a.progress);
    if (m_notes->toPlainText() != a.notes)
        m_notes->setPlainText(a.notes);
    m_figures->setFigures(a.figures);
    m_bulletin->showActivity(a);
    m_loading = false;
}

Activity ActivityDetailPanel::edited() const
{
    Activity a = m_shown;
    a.pillarId = m_pillar->currentData().toLongLong();
    a.title = m_title->text().trimmed();
    a.description = m_description->toPlainText();
    a.start = m_start->value();
    a.end = m_end->value();
    a.deadline = m_deadline->value();
    a.leadDepartmentId = m_lead->currentData().toLongLong();
    a.assistingDepartmentIds = m_assisting->checkedIds();
    a.assistingDepartmentIds.removeAll(a.leadDepartmentId); // a new lead stops assisting
    a.location = m_location->text().trimmed();
    a.owner = m_owner->text().trimmed();
    a.phone = m_phone->text().trimmed();
    ActivityStatuses::fromInt(m_status->currentData().toInt(), &a.status);
    a.progress = m_progress->value();
    a.notes = m_notes->toPlainText();
    a.figures = m_figures->figures();
    return a;
}

void ActivityDetailPanel::commit()
{
    if (m_loading || m_id == 0)
        return;
    const Activity after = edited();
    if (after == m_shown)
        return;
    if (!m_editor.edit(m_shown, after, {}))
        load(m_shown); // refused: show what is stored; the page shows the reason
}

bool ActivityDetailPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut && (watched == m_description || watched == m_notes))
        commit();
    return QScrollArea::eventFilter(watched, event);
}
