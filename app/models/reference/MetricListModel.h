#pragma once

#include "Metric.h"
#include "ReferenceListModel.h"

#include <QList>

class CampaignRepository;

// One campaign's metric definitions (参与人数/人次 …). Metrics keep their ids because activity
// figures refer to them; removing one drops its figures, so the question says how many.
class MetricListModel : public ReferenceListModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, UnitColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit MetricListModel(CampaignRepository& repository, QObject* parent = nullptr);

    bool load(qint64 campaignId, QString* error);
    bool reload(QString* error) override { return load(m_campaignId, error); }
    const QList<Metric>& metrics() const { return m_metrics; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    bool appendNamed(const QString& name, QString* error) override;
    bool removeItem(int row, QString* error) override;
    bool moveItem(int from, int to, QString* error) override;
    QString removalQuestion(int row) const override;

private:
    QString problem(const Metric& m, int row) const;

    CampaignRepository& m_repository;
    qint64 m_campaignId = 0;
    QList<Metric> m_metrics;
};
