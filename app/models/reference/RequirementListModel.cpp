#include "RequirementListModel.h"

#include "CampaignRepository.h"

RequirementListModel::RequirementListModel(CampaignRepository& repository, QObject* parent)
    : ReferenceListModel(parent), m_repository(repository)
{}

bool RequirementListModel::load(qint64 campaignId, QString* error)
{
    CampaignContent content;
    if (!m_repository.load(campaignId, &content, error))
        return false;
    beginResetModel();
    m_campaignId = campaignId;
    m_requirements = std::move(content.requirements);
    endResetModel();
    return true;
}

int RequirementListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_requirements.size());
}

int RequirementListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequirementListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Requirement& o = m_requirements[index.row()];
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    if (index.column() == TitleColumn)
        return o.title;
    return role == Qt::DisplayRole ? o.text.simplified() : o.text;
}

QVariant RequirementListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1; // the notice numbers its requirements
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == TitleColumn ? tr("Requirement") : tr("Text");
}

Qt::ItemFlags RequirementListModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? QAbstractTableModel::flags(index) | Qt::ItemIsEditable
                           : QAbstractTableModel::flags(index);
}

QString RequirementListModel::problem(const QString& title, int row) const
{
    if (title.trimmed().isEmpty())
        return tr("A requirement needs a title.");
    for (int i = 0; i < m_requirements.size(); ++i)
        if (i != row && sameName(m_requirements[i].title, title))
            return tr("The campaign already has the requirement “%1”.").arg(m_requirements[i].title);
    return {};
}

bool RequirementListModel::write(QList<Requirement>& list, const QString& undoText, QString* error)
{
    QString problemText;
    if (!m_repository.setRequirements(m_campaignId, list, &problemText))
        return fail(problemText, error);
    CampaignRepository* repo = &m_repository;
    const qint64 campaign = m_campaignId;
    recordWrite(
        undoText,
        [repo, campaign, before = m_requirements](QString* e) mutable {
            return repo->setRequirements(campaign, before, e);
        },
        [repo, campaign, after = list](QString* e) mutable {
            return repo->setRequirements(campaign, after, e);
        });
    return true;
}

bool RequirementListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QList<Requirement> list = m_requirements;
    Requirement& o = list[index.row()];
    if (index.column() == TitleColumn) {
        if (const QString why = problem(value.toString(), index.row()); !why.isEmpty())
            return fail(why);
        o.title = value.toString().trimmed();
    } else {
        o.text = value.toString();
    }
    if (o == m_requirements[index.row()])
        return true;
    if (!write(list, tr("Edit requirement “%1”").arg(o.title), nullptr))
        return false;
    m_requirements = std::move(list); // fresh ids from the repository
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return succeed();
}

bool RequirementListModel::appendNamed(const QString& title, QString* error)
{
    if (const QString why = problem(title, -1); !why.isEmpty())
        return fail(why, error);
    QList<Requirement> list = m_requirements;
    Requirement o;
    o.title = title.trimmed();
    list.append(o);
    const int row = int(m_requirements.size());
    if (!write(list, tr("Add requirement “%1”").arg(o.title), error))
        return false;
    beginInsertRows({}, row, row);
    m_requirements = std::move(list);
    endInsertRows();
    return succeed();
}

bool RequirementListModel::removeItem(int row, QString* error)
{
    if (!isRowValid(row, rowCount()))
        return fail(tr("The requirement no longer exists."), error);
    QList<Requirement> list = m_requirements;
    list.removeAt(row);
    if (!write(list, tr("Delete requirement “%1”").arg(m_requirements[row].title), error))
        return false;
    beginRemoveRows({}, row, row);
    m_requirements = std::move(list);
    endRemoveRows();
    return succeed();
}

bool RequirementListModel::moveItem(int from, int to, QString* error)
{
    if (!isRowValid(from, rowCount()) || !isRowValid(to, rowCount()))
        return fail(tr("The requirement cannot move there."), error);
    if (from == to)
        return true;
    QList<Requirement> list = m_requirements;
    list.move(from, to);
    if (!write(list, tr("Move requirement “%1”").arg(m_requirements[from].title), error))
        return false;
    beginMoveItem(from, to);
    m_requirements = std::move(list);
    endMoveRows();
    return succeed();
}
