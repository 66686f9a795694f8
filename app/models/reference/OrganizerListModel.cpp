#include "OrganizerListModel.h"

#include "CampaignRepository.h"

OrganizerListModel::OrganizerListModel(CampaignRepository& repository, QObject* parent)
    : ReferenceListModel(parent), m_repository(repository)
{}

bool OrganizerListModel::load(qint64 campaignId, QString* error)
{
    CampaignContent content;
    if (!m_repository.load(campaignId, &content, error))
        return false;
    beginResetModel();
    m_campaignId = campaignId;
    m_organizers = std::move(content.organizers);
    endResetModel();
    return true;
}

int OrganizerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_organizers.size());
}

int OrganizerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganizerListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Organizer& o = m_organizers[index.row()];
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    if (index.column() == NameColumn)
        return o.name;
    return role == Qt::DisplayRole ? o.activities.simplified() : o.activities;
}

QVariant OrganizerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1; // the notice numbers its organizers
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == NameColumn ? tr("Organizer") : tr("Main activities");
}

Qt::ItemFlags OrganizerListModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? QAbstractTableModel::flags(index) | Qt::ItemIsEditable
                           : QAbstractTableModel::flags(index);
}

QString OrganizerListModel::problem(const QString& name, int row) const
{
    if (name.trimmed().isEmpty())
        return tr("An organizer needs a name.");
    for (int i = 0; i < m_organizers.size(); ++i)
        if (i != row && sameName(m_organizers[i].name, name))
            return tr("“%1” is already an organizer of this campaign.").arg(m_organizers[i].name);
    return {};
}

bool OrganizerListModel::write(QList<Organizer>& list, const QString& undoText, QString* error)
{
    QString problemText;
    if (!m_repository.setOrganizers(m_campaignId, list, &problemText))
        return fail(problemText, error);
    CampaignRepository* repo = &m_repository;
    const qint64 campaign = m_campaignId;
    recordWrite(
        undoText,
        [repo, campaign, before = m_organizers](QString* e) mutable {
            return repo->setOrganizers(campaign, before, e);
        },
        [repo, campaign, after = list](QString* e) mutable {
            return repo->setOrganizers(campaign, after, e);
        });
    return true;
}

bool OrganizerListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QList<Organizer> list = m_organizers;
    Organizer& o = list[index.row()];
    if (index.column() == NameColumn) {
        if (const QString why = problem(value.toString(), index.row()); !why.isEmpty())
            return fail(why);
        o.name = value.toString().trimmed();
    } else {
        o.activities = value.toString();
    }
    if (o == m_organizers[index.row()])
        return true;
    if (!write(list, tr("Edit organizer “%1”").arg(o.name), nullptr))
        return false;
    m_organizers = std::move(list); // fresh ids from the repository
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return succeed();
}

bool OrganizerListModel::appendNamed(const QString& name, QString* error)
{
    if (const QString why = problem(name, -1); !why.isEmpty())
        return fail(why, error);
    QList<Organizer> list = m_organizers;
    Organizer o;
    o.name = name.trimmed();
    list.append(o);
    const int row = int(m_organizers.size());
    if (!write(list, tr("Add organizer “%1”").arg(o.name), error))
        return false;
    beginInsertRows({}, row, row);
    m_organizers = std::move(list);
    endInsertRows();
    return succeed();
}

bool OrganizerListModel::removeItem(int row, QString* error)
{
    if (!isRowValid(row, rowCount()))
        return fail(tr("The organizer no longer exists."), error);
    QList<Organizer> list = m_organizers;
    list.removeAt(row);
    if (!write(list, tr("Delete organizer “%1”").arg(m_organizers[row].name), error))
        return false;
    beginRemoveRows({}, row, row);
    m_organizers = std::move(list);
    endRemoveRows();
    return succeed();
}

bool OrganizerListModel::moveItem(int from, int to, QString* error)
{
    if (!isRowValid(from, rowCount()) || !isRowValid(to, rowCount()))
        return fail(tr("The organizer cannot move there."), error);
    if (from == to)
        return true;
    QList<Organizer> list = m_organizers;
    list.move(from, to);
    if (!write(list, tr("Move organizer “%1”").arg(m_organizers[from].name), error))
        return false;
    beginMoveItem(from, to);
    m_organizers = std::move(list);
    endMoveRows();
    return succeed();
}
