#pragma once

#include "SubordinateUnit.h"

#include <QAbstractTableModel>
#include <QList>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

// One imported unit's activities as the package page lists them: activity, pillar, lead department,
// status, evidence count. A plain list model, so a unit with 100 000 activities shows at once (the
// view asks only for the rows it paints).
class SubordinateActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Pillar, LeadDepartment, Status, Evidence, ColumnCount };

    explicit SubordinateActivityModel(QObject* parent = nullptr);
    ~SubordinateActivityModel() override;

    void setActivities(QList<SubordinateActivity> activities);
    // Shows the unit `unitId` of the file at `path` (none for 0), read on another thread: a unit of
    // 100 000 activities takes a fifth of a second. Only the last unit asked for is shown.
    void showUnit(const QString& path, qint64 unitId);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void unitFailed(const QString& error);

private:
    QList<SubordinateActivity> m_rows;
    struct Reader
    {
        std::thread thread;
        std::shared_ptr<std::atomic<bool>> done;
    };
    quint64 m_request = 0;         // the last showUnit(); only its answer is shown
    std::vector<Reader> m_readers; // finished ones are joined at the next request, the rest at the end
};
