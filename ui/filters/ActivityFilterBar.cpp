#include "ActivityFilterBar.h"

#include "OptionalDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace {
// Long enough to skip intermediate keystrokes of a fast typist, short enough to feel immediate.
constexpr int kSearchPauseMs = 150;
} // namespace

ActivityFilterBar::ActivityFilterBar(Use use, QWidget* parent)
    : QWidget(parent), m_campaign(new QComboBox(this)), m_pillar(new QComboBox(this)),
      m_department(new QComboBox(this)), m_status(new QComboBox(this)), m_from(new OptionalDateEdit(this)),
      m_to(new OptionalDateEdit(this)), m_overdue(new QCheckBox(tr("Overdue only"), this)),
      m_group(new QCheckBox(tr("Group by pillar"), this)), m_search(new QLineEdit(this)),
      m_debounce(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search title, description, location, person…"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("activitySearch"));
    m_pillar->setMinimumContentsLength(10);
    m_pillar->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_department->setMinimumContentsLength(8);
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_status->addItem(tr("All statuses"), -1);
    for (int s = 0; s < ActivityStatuses::count; ++s)
        m_status->addItem(ActivityStatuses::displayName(static_cast<ActivityStatus>(s)), s);
    m_from->setToolTip(tr("Activities that run on or after this day"));
    m_to->setToolTip(tr("Activities that run on or before this day"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchPauseMs);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);
    auto* campaignLabel = new QLabel(tr("Campaign:"), this);
    grid->addWidget(campaignLabel, 0, 0);
    grid->addWidget(m_campaign, 0, 1);
    grid->addWidget(new QLabel(tr("Pillar:"), this), 0, 2);
    grid->addWidget(m_pillar, 0, 3);
    grid->addWidget(new QLabel(tr("Department:"), this), 0, 4);
    grid->addWidget(m_department, 0, 5);
    grid->addWidget(new QLabel(tr("Status:"), this), 0, 6);
    grid->addWidget(m_status, 0, 7);
    grid->addWidget(m_search, 1, 0, 1, 4);
    grid->addWidget(new QLabel(tr("From:"), this), 1, 4, Qt::AlignRight);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);
    grid->addLayout(dates, 1, 5);
    grid->addWidget(m_overdue, 1, 6);
    grid->addWidget(m_group, 1, 7);
    grid->setColumnStretch(3, 2);
    grid->setColumnStretch(5, 1);
    if (use == Use::Schedule) {
        campaignLabel->hide();
        m_campaign->hide();
        m_group->hide();
    }

    connect(m_campaign, &QComboBox::activated, this, [this] {
        const qint64 id = m_campaign->currentData().toLongLong();
        if (id != m_campaignId)
            emit campaignChosen(id);
    });
    for (QComboBox* combo : {m_pillar, m_department, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &ActivityFilterBar::emitFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &ActivityFilterBar::emitFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &ActivityFilterBar::emitFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &ActivityFilterBar::emitFilter);
    connect(m_group, &QCheckBox::toggled, this, &ActivityFilterBar::groupByPillarChanged);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ActivityFilterBar::emitFilter);
    connect(m_debounce, &QTimer::timeout, this, &ActivityFilterBar::emitFilter);
}

void ActivityFilterBar::setCampaigns(const QList<Campaign>& campaigns, qint64 currentId)
{
    m_updating = true;
    m_campaignId = currentId;
    m_campaign->clear();
    for (const Campaign& c : campaigns)
        m_campaign->addItem(
            c.title.contains(QString::number(c.year)) ? c.title : tr("%1 %2").arg(c.year).arg(c.title), c.id);
    selectData(m_campaign, currentId);
    m_updating = false;
}

void ActivityFilterBar::setReferenceData(const QList<Pillar>& pillars, const QList<Department>& departments)
{
    const ActivityFilter current = filter();
    m_updating = true;
    m_pillar->clear();
    m_pillar->addItem(tr("All pillars"), qint64(0));
    for (const Pillar& p : pillars) {
        QPixmap swatch(12, 12);
        swatch.fill(QColor(p.colour));
        m_pillar->addItem(QIcon(swatch), p.shortName.isEmpty() ? p.title : p.shortName, p.id);
        m_pillar->setItemData(m_pillar->count() - 1, p.title, Qt::ToolTipRole);
    }
    m_department->clear();
    m_department->addItem(tr("All departments"), qint64(0));
    for (const Department& d : departments)
        if (!d.archived)
            m_department->addItem(d.name, d.id);
    selectData(m_pillar, current.pillarId);
    selectData(m_department, current.departmentId);
    m_updating = false;
}

ActivityFilter ActivityFilterBar::filter() const
{
    ActivityFilter f;
    f.campaignId = m_campaignId;
    f.pillarId = m_pillar->currentData().toLongLong();
    f.departmentId = m_department->currentData().toLongLong();
    f.status = m_status->currentData().isValid() ? m_status->currentData().toInt() : -1;
    f.from = m_from->value();
    f.to = m_to->value();
    f.overdueOnly = m_overdue->isChecked();
    f.text = m_search->text();
    return f;
}

void ActivityFilterBar::setFilter(const ActivityFilter& f)
{
    m_updating = true;
    selectData(m_pillar, f.pillarId);
    selectData(m_department, f.departmentId);
    selectData(m_status, f.status);
    m_from->setValue(f.from);
    m_to->setValue(f.to);
    m_overdue->setChecked(f.overdueOnly);
    m_search->setText(f.text);
    m_debounce->stop();
    m_updating = false;
}

bool ActivityFilterBar::groupByPillar() const
{
    return m_group->isChecked();
}

void ActivityFilterBar::emitFilter()
{
    if (m_updating)
        return;
    m_debounce->stop();
    emit filterChanged(filter());
}

void ActivityFilterBar::selectData(QComboBox* combo, const QVariant& value)
{
    const int i = combo->findData(value);
    combo->setCurrentIndex(i >= 0 ? i : 0);
}
