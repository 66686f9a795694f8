#pragma once

#include "Campaign.h"
#include "ReferenceListModel.h"

#include <QList>

class CampaignRepository;

// One campaign's content pillars (活动内容) with title, short name, colour and full paragraph.
// Pillars keep their ids because activities are filed under them.
class PillarListModel : public ReferenceListModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, ShortNameColumn, ColourColumn, FullTextColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit PillarListModel(CampaignRepository& repository, QObject* parent = nullptr);

    bool load(qint64 campaignId, QString* error);
    bool reload(QString* error) override { return load(m_campaignId, error); }
    qint64 campaignId() const { return m_campaignId; }
    const QList<Pillar>& pillars() const { return m_pillars; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    bool appendNamed(const QString& title, QString* error) override;
    bool removeItem(int row, QString* error) override;
    bool moveItem(int from, int to, QString* error) override;
    QString removalQuestion(int row) const override;

    // The colour a new pillar gets: the first of a fixed palette not yet used.
    QString nextColour() const;

private:
    QString problem(const Pillar& p, int row) const;

    CampaignRepository& m_repository;
    qint64 m_campaignId = 0;
    QList<Pillar> m_pillars;
};
