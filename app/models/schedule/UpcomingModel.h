#pragma once

#include "UpcomingList.h"

#include <QAbstractListModel>

// The upcoming list as rows for a view: a heading row per band ("Overdue (12)") followed by its items.
// Headings are not selectable; items carry the activity id so a click can open the activity.
class UpcomingModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { ActivityIdRole = Qt::UserRole + 1, IsHeadingRole, BandRole, DueRole };

    using QAbstractListModel::QAbstractListModel;

    void setItems(QList<UpcomingItem> items);
    const QList<UpcomingItem>& items() const { return m_items; }
    int count(UpcomingItem::Band band) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Line
    {
        int item = -1; // -1 for a heading
        UpcomingItem::Band band = UpcomingItem::Band::Overdue;
    };
    QList<UpcomingItem> m_items;
    QList<Line> m_lines;
};
