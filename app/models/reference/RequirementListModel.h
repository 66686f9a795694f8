#pragma once

#include "Campaign.h"
#include "ReferenceListModel.h"

#include <QList>

class CampaignRepository;

// One campaign's requirements (活动要求), e.g. "高度重视，加强组织" with its paragraph.
// Nothing refers to requirements, so every edit rewrites the list.
class RequirementListModel : public ReferenceListModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, TextColumn, ColumnCount };

    explicit RequirementListModel(CampaignRepository& repository, QObject* parent = nullptr);

    bool load(qint64 campaignId, QString* error);
    bool reload(QString* error) override { return load(m_campaignId, error); }
    const QList<Requirement>& requirements() const { return m_requirements; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    bool appendNamed(const QString& title, QString* error) override;
    bool removeItem(int row, QString* error) override;
    bool moveItem(int from, int to, QString* error) override;

private:
    QString problem(const QString& title, int row) const;
    // Writes `list` as the campaign's requirements (filling its ids) and records it for undo.
    bool write(QList<Requirement>& list, const QString& undoText, QString* error);

    CampaignRepository& m_repository;
    qint64 m_campaignId = 0;
    QList<Requirement> m_requirements;
};
