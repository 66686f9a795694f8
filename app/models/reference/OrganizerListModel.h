#pragma once

#include "Campaign.h"
#include "ReferenceListModel.h"

#include <QList>

// The current campaign's national co-organizers (主办单位) in the notice's order, each with its main
// activities (附件1) as free text, as the workspace holds them. Nothing refers to organizers, so every
// edit writes the list whole.
class OrganizerListModel : public ReferenceListModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ActivitiesColumn, ColumnCount };

    using ReferenceListModel::ReferenceListModel;

    // The workspace's rows after a load or a write; `change` is what the write did to them.
    void setOrganizers(const QList<Organizer>& organizers, RowChange change = RowChange::reset());
    const QList<Organizer>& organizers() const { return m_organizers; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    bool appendNamed(const QString& name, QString* error) override;
    bool removeItem(int row, QString* error) override;
    bool moveItem(int from, int to, QString* error) override;

private:
    QList<Organizer> m_organizers;
};
