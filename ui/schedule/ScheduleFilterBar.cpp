#include "ScheduleFilterBar.h"

#include "ActivityStatus.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>

namespace {

void refill(QComboBox* box, const QString& any, const QList<QPair<qint64, QString>>& items)
{
    const QVariant current = box->currentData();
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(any, qint64(0));
    for (const auto& [id, name] : items)
        box->addItem(name, id);
    const int i = box->findData(current);
    box->setCurrentIndex(i < 0 ? 0 : i);
}

// A date edit whose lowest value reads "any": an empty end of the range.
QDateEdit* optionalDate(const QString& any, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setSpecialValueText(any);
    edit->setDate(edit->minimumDate());
    return edit;
}

QDate valueOf(const QDateEdit* edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

} // namespace

ScheduleFilterBar::ScheduleFilterBar(QWidget* parent)
    : QWidget(parent), m_pillar(new QComboBox(this)), m_department(new QComboBox(this)),
      m_status(new QComboBox(this)), m_from(optionalDate(tr("From: any"), this)),
      m_to(optionalDate(tr("To: any"), this)), m_overdue(new QCheckBox(tr("Overdue only"), this)),
      m_text(new QLineEdit(this))
{
    m_status->addItem(tr("Any status"), -1);
    for (int s = 0; s < ActivityStatuses::count; ++s)
        m_status->addItem(ActivityStatuses::displayName(ActivityStatus(s)), s);
    m_text->setPlaceholderText(tr("Search title, place, owner…"));
    m_text->setClearButtonEnabled(true);
    m_pillar->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_pillar);
    row->addWidget(m_department);
    row->addWidget(m_status);
    row->addWidget(m_from);
    row->addWidget(m_to);
    row->addWidget(m_overdue);
    row->addWidget(m_text, 1);
    setReferenceData({}, {});
    for (QComboBox* box : {m_pillar, m_department, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, &ScheduleFilterBar::filterChanged);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &ScheduleFilterBar::filterChanged);
    connect(m_overdue, &QCheckBox::toggled, this, &ScheduleFilterBar::filterChanged);
    connect(m_text, &QLineEdit::textChanged, this, &ScheduleFilterBar::filterChanged);
}

void ScheduleFilterBar::setReferenceData(const QList<Pillar>& pillars, const QList<Department>& departments)
{
    QList<QPair<qint64, QString>> p, d;
    for (const Pillar& x : pillars)
        p.append({x.id, x.shortName.isEmpty() ? x.title : x.shortName});
    for (const Department& x : departments)
        if (!x.archived)
            d.append({x.id, x.name});
    refill(m_pillar, tr("All pillars"), p);
    refill(m_department, tr("All departments"), d);
}

ActivityFilter ScheduleFilterBar::filter() const
{
    ActivityFilter f;
    f.pillarId = m_pillar->currentData().toLongLong();
    f.departmentId = m_department->currentData().toLongLong();
    f.status = m_status->currentData().toInt();
    f.from = valueOf(m_from);
    f.to = valueOf(m_to);
    f.overdueOnly = m_overdue->isChecked();
    f.text = m_text->text();
    return f;
}
