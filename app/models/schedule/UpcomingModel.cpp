#include "UpcomingModel.h"

#include <QColor>
#include <QFont>

void UpcomingModel::setItems(QList<UpcomingItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    m_lines.clear();
    for (int i = 0; i < m_items.size(); ++i) {
        if (i == 0 || m_items.at(i).band != m_items.at(i - 1).band)
            m_lines.append({-1, m_items.at(i).band});
        m_lines.append({i, m_items.at(i).band});
    }
    endResetModel();
}

int UpcomingModel::count(UpcomingItem::Band band) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [band](const UpcomingItem& i) { return i.band == band; }));
}

int UpcomingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant UpcomingModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line& line = m_lines.at(index.row());
    if (line.item < 0) {
        switch (role) {
        case Qt::DisplayRole:
            return QStringLiteral("%1 (%2)").arg(UpcomingList::bandName(line.band)).arg(count(line.band));
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case IsHeadingRole:
            return true;
        case BandRole:
            return int(line.band);
        default:
            return {};
        }
    }
    const UpcomingItem& item = m_items.at(line.item);
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1  %2 · %3")
            .arg(item.due.toString(Qt::ISODate), item.title, UpcomingList::dueText(item));
    case Qt::ToolTipRole:
        return item.title;
    case Qt::ForegroundRole:
        return item.band == UpcomingItem::Band::Overdue ? QColor(0xc6, 0x28, 0x28) : QVariant();
    case ActivityIdRole:
        return item.activityId;
    case IsHeadingRole:
        return false;
    case BandRole:
        return int(item.band);
    case DueRole:
        return item.due;
    default:
        return {};
    }
}

Qt::ItemFlags UpcomingModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (m_lines.at(index.row()).item < 0)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}
