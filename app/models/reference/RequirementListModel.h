#pragma once

#include "Campaign.h"
#include "ReferenceListModel.h"

#include <QList>

// The current campaign's requirements (活动要求), e.g. "高度重视，加强组织" with its paragraph, as the
// workspace holds them. Nothing refers to requirements, so every edit writes the list whole.
class RequirementListModel : public ReferenceListModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, TextColumn, ColumnCount };

    using ReferenceListModel::ReferenceListModel;

    // The workspace's rows after a load or a write; `change` is what the write did to them.
    void setRequirements(const QList<Requirement>& requirements, RowChange change = RowChange::reset());
    const QList<Requirement>& requirements() const { return m_requirements; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    bool appendNamed(const QString& title, QString* error) override;
    bool removeItem(int row, QString* error) override;
    bool moveItem(int from, int to, QString* error) override;

private:
    QList<Requirement> m_requirements;
};
