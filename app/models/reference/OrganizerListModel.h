#pragma once

#include "Campaign.h"
#include "ReferenceListModel.h"

#include <QList>

class CampaignRepository;

// One campaign's national co-organizers (主办单位) in the notice's order, each with its main
// activities (附件1) as free text. Nothing refers to organizers, so every edit rewrites the list.
class OrganizerListModel : public ReferenceListModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ActivitiesColumn, ColumnCount };

    explicit OrganizerListModel(CampaignRepository& repository, QObject* parent = nullptr);

    bool load(qint64 campaignId, QString* error);
    bool reload(QString* error) override { return load(m_campaignId, error); }
    const QList<Organizer>& organizers() const { return m_organizers; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    bool appendNamed(const QString& name, QString* error) override;
    bool removeItem(int row, QString* error) override;
    bool moveItem(int from, int to, QString* error) override;

private:
    QString problem(const QString& name, int row) const;
    // Writes `list` as the campaign's organizers (filling its ids) and records it for undo.
    bool write(QList<Organizer>& list, const QString& undoText, QString* error);

    CampaignRepository& m_repository;
    qint64 m_campaignId = 0;
    QList<Organizer> m_organizers;
};
