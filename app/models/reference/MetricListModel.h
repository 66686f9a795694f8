#pragma once

#include "Metric.h"
#include "ReferenceListModel.h"

#include <QList>

class Database;

// The current campaign's metric definitions (参与人数/人次 …), as the workspace holds them. Metrics
// keep their ids because activity figures refer to them; removing one drops its figures, so the
// question says how many.
class MetricListModel : public ReferenceListModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, UnitColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    // `db` answers how many activities a removal would touch.
    explicit MetricListModel(const Database& db, QObject* parent = nullptr);

    // The workspace's rows after a load or a write; `change` is what the write did to them.
    void setMetrics(const QList<Metric>& metrics, RowChange change = RowChange::reset());
    const QList<Metric>& metrics() const { return m_metrics; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    bool appendNamed(const QString& name, QString* error) override;
    bool removeItem(int row, QString* error) override;
    bool moveItem(int from, int to, QString* error) override;
    QString removalQuestion(int row) const override;

private:
    const Database& m_db;
    QList<Metric> m_metrics;
};
