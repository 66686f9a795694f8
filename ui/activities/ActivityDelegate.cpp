#include "ActivityDelegate.h"

#include "ActivityFilterModel.h"
#include "ActivityTableModel.h"
#include "DateRangeEdit.h"
#include "DepartmentChecklist.h"
#include "OptionalDateEdit.h"

#include <QComboBox>
#include <QPainter>
#include <QSpinBox>

using M = ActivityTableModel;

ActivityDelegate::ActivityDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QWidget* ActivityDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                        const QModelIndex& index) const
{
    switch (index.column()) {
    case M::DatesColumn:
        return new DateRangeEdit(parent);
    case M::DeadlineColumn:
        return new OptionalDateEdit(parent);
    case M::LeadColumn: {
        auto* combo = new QComboBox(parent);
        combo->addItem(tr("(none)"), qint64(0));
        for (const Department& d : m_departments)
            if (!d.archived || d.id == index.data(Qt::EditRole).toLongLong())
                combo->addItem(d.name, d.id);
        return combo;
    }
    case M::AssistingColumn: {
        auto* list = new DepartmentChecklist(parent);
        list->setDepartments(m_departments, {});
        return list;
    }
    case M::StatusColumn: {
        auto* combo = new QComboBox(parent);
        for (int s = 0; s < ActivityStatuses::count; ++s)
            combo->addItem(ActivityStatuses::displayName(static_cast<ActivityStatus>(s)), s);
        return combo;
    }
    case M::ProgressColumn: {
        auto* spin = new QSpinBox(parent);
        spin->setRange(0, 100);
        spin->setSuffix(QStringLiteral("%"));
        spin->setSingleStep(10);
        return spin;
    }
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void ActivityDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto* range = qobject_cast<DateRangeEdit*>(editor)) {
        const QVariantList dates = value.toList();
        range->setRange(dates.value(0).toDate(), dates.value(1).toDate());
    } else if (auto* date = qobject_cast<OptionalDateEdit*>(editor)) {
        date->setValue(value.toDate());
    } else if (auto* list = qobject_cast<DepartmentChecklist*>(editor)) {
        QList<qint64> ids;
        for (const QVariant& v : value.toList())
            ids << v.toLongLong();
        list->setDepartments(m_departments, ids);
        list->setExcluded(index.siblingAtColumn(M::LeadColumn).data(Qt::EditRole).toLongLong());
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void ActivityDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                    const QModelIndex& index) const
{
    if (auto* range = qobject_cast<DateRangeEdit*>(editor)) {
        model->setData(index, QVariantList{range->start(), range->end()});
    } else if (auto* date = qobject_cast<OptionalDateEdit*>(editor)) {
        model->setData(index, date->value());
    } else if (auto* list = qobject_cast<DepartmentChecklist*>(editor)) {
        QVariantList ids;
        for (qint64 id : list->checkedIds())
            ids << id;
        model->setData(index, ids);
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData());
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

void ActivityDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                            const QModelIndex& index) const
{
    QRect r = option.rect;
    // Editors that need more room than a row grow downwards (and wider) over the rows below.
    if (qobject_cast<DepartmentChecklist*>(editor))
        r.setSize(QSize(std::max(r.width(), 200), 220));
    else if (qobject_cast<DateRangeEdit*>(editor))
        r.setWidth(std::max(r.width(), 260));
    else if (qobject_cast<OptionalDateEdit*>(editor))
        r.setWidth(std::max(r.width(), 130));
    editor->setGeometry(r);
    Q_UNUSED(index);
}

void ActivityDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    // Grouped by pillar: a line in the pillar's colour where a new pillar starts.
    const auto* grouped = qobject_cast<const ActivityFilterModel*>(index.model());
    if (grouped && grouped->groupByPillar() &&
        (index.row() == 0 ||
         index.siblingAtRow(index.row() - 1).data(M::PillarIdRole) != index.data(M::PillarIdRole))) {
        const QColor colour = index.data(M::PillarColourRole).value<QColor>();
        painter->fillRect(QRect(option.rect.topLeft(), QSize(option.rect.width(), 2)),
                          colour.isValid() ? colour : QColor(Qt::gray));
    }
    if (index.column() != M::ProgressColumn)
        return;
    const int progress = index.data(Qt::EditRole).toInt();
    const QRect bar(option.rect.left() + 4, option.rect.bottom() - 4, option.rect.width() - 8, 3);
    painter->save();
    painter->fillRect(bar, QColor(0xe5, 0xe7, 0xeb));
    painter->fillRect(QRect(bar.topLeft(), QSize(bar.width() * progress / 100, bar.height())),
                      progress >= 100 ? QColor(0x16, 0xa3, 0x4a) : QColor(0x25, 0x63, 0xeb));
    painter->restore();
}
