#include "SubordinateActivityModel.h"

#include "ActivityStatus.h"

#include "SubordinateRepository.h"

SubordinateActivityModel::SubordinateActivityModel(QObject* parent) : QAbstractTableModel(parent) {}

SubordinateActivityModel::~SubordinateActivityModel()
{
    for (Reader& r : m_readers)
        r.thread.join(); // what they post to this model dies with it
}

void SubordinateActivityModel::showUnit(const QString& path, qint64 unitId)
{
    const quint64 request = ++m_request;
    std::erase_if(m_readers, [](Reader& r) {
        if (!*r.done)
            return false;
        r.thread.join();
        return true;
    });
    if (unitId == 0) {
        setActivities({});
        return;
    }
    auto done = std::make_shared<std::atomic<bool>>(false);
    std::thread thread([this, path, unitId, done, request] {
        QList<SubordinateActivity> rows;
        QString error;
        const bool ok = SubordinateRepository::activities(path, unitId, &rows, &error);
        QMetaObject::invokeMethod(
            this,
            [this, ok, request, rows = std::move(rows), error]() mutable {
                if (request != m_request) // asked again since (another unit, or this one after a change)
                    return;
                if (!ok)
                    emit unitFailed(error);
                setActivities(ok ? std::move(rows) : QList<SubordinateActivity>());
            },
            Qt::QueuedConnection);
        *done = true;
    });
    m_readers.push_back({std::move(thread), done});
}

void SubordinateActivityModel::setActivities(QList<SubordinateActivity> activities)
{
    beginResetModel();
    m_rows = std::move(activities);
    endResetModel();
}

int SubordinateActivityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SubordinateActivityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubordinateActivityModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || role != Qt::DisplayRole)
        return {};
    const SubordinateActivity& a = m_rows.at(index.row());
    switch (index.column()) {
    case Title:
        return a.title;
    case Pillar:
        return a.pillar;
    case LeadDepartment:
        return a.leadDepartment;
    case Status:
        return ActivityStatuses::displayName(static_cast<ActivityStatus>(a.status));
    case Evidence:
        return QString::number(a.evidence.size());
    }
    return {};
}

QVariant SubordinateActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Activity");
    case Pillar:
        return tr("Pillar");
    case LeadDepartment:
        return tr("Lead department");
    case Status:
        return tr("Status");
    case Evidence:
        return tr("Evidence");
    }
    return {};
}
