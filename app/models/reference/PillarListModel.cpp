#include "PillarListModel.h"

#include "CampaignRepository.h"

#include <QColor>

PillarListModel::PillarListModel(CampaignRepository& repository, QObject* parent)
    : ReferenceListModel(parent), m_repository(repository)
{}

bool PillarListModel::load(qint64 campaignId, QString* error)
{
    CampaignContent content;
    if (!m_repository.load(campaignId, &content, error))
        return false;
    beginResetModel();
    m_campaignId = campaignId;
    m_pillars = std::move(content.pillars);
    endResetModel();
    return true;
}

int PillarListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_pillars.size());
}

int PillarListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PillarListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Pillar& p = m_pillars[index.row()];
    if (role == IdRole)
        return p.id;
    if (index.column() == ColourColumn && role == Qt::DecorationRole)
        return QColor::isValidColorName(p.colour) ? QVariant(QColor::fromString(p.colour)) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return p.title;
    case ShortNameColumn:
        return p.shortName;
    case ColourColumn:
        return p.colour;
    case FullTextColumn:
        return role == Qt::DisplayRole ? QVariant(p.fullText.simplified()) : QVariant(p.fullText);
    }
    return {};
}

QVariant PillarListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case ShortNameColumn:
        return tr("Short name");
    case ColourColumn:
        return tr("Colour");
    case FullTextColumn:
        return tr("Full text");
    }
    return {};
}

Qt::ItemFlags PillarListModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? QAbstractTableModel::flags(index) | Qt::ItemIsEditable
                           : QAbstractTableModel::flags(index);
}

QString PillarListModel::problem(const Pillar& p, int row) const
{
    if (p.title.trimmed().isEmpty())
        return tr("A pillar needs a title.");
    if (!p.colour.isEmpty() && !QColor::isValidColorName(p.colour))
        return tr("“%1” is not a colour; use the form #rrggbb.").arg(p.colour);
    for (int i = 0; i < m_pillars.size(); ++i)
        if (i != row && sameName(m_pillars[i].title, p.title))
            return tr("The campaign already has a pillar titled “%1”.").arg(m_pillars[i].title);
    return {};
}

bool PillarListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Pillar p = m_pillars[index.row()];
    const QString text = value.toString();
    switch (index.column()) {
    case TitleColumn:
        p.title = text.trimmed();
        break;
    case ShortNameColumn:
        p.shortName = text.trimmed();
        break;
    case ColourColumn:
        p.colour = text.isEmpty() || !QColor::isValidColorName(text) ? text : QColor::fromString(text).name();
        break;
    case FullTextColumn:
        p.fullText = text;
        break;
    }
    if (p == m_pillars[index.row()])
        return true;
    if (const QString why = problem(p, index.row()); !why.isEmpty())
        return fail(why);
    QString error;
    if (!m_repository.savePillar(p, &error))
        return fail(error);
    CampaignRepository* repo = &m_repository;
    recordWrite(
        tr("Edit pillar “%1”").arg(p.title),
        [repo, old = m_pillars[index.row()]](QString* e) mutable { return repo->savePillar(old, e); },
        [repo, p](QString* e) mutable { return repo->savePillar(p, e); });
    m_pillars[index.row()] = p;
    emit dataChanged(index, index);
    return succeed();
}

QString PillarListModel::nextColour() const
{
    static const char* const palette[] = {"#c0392b", "#2e86c1", "#28b463", "#d68910", "#7d3c98",
                                          "#17a589", "#cb4335", "#2874a6", "#b7950b", "#6c3483"};
    for (const char* c : palette) {
        const QString colour = QString::fromLatin1(c);
        if (std::none_of(m_pillars.cbegin(), m_pillars.cend(),
                         [&](const Pillar& p) { return p.colour.compare(colour, Qt::CaseInsensitive) == 0; }))
            return colour;
    }
    return QString::fromLatin1(palette[m_pillars.size() % std::size(palette)]);
}

bool PillarListModel::appendNamed(const QString& title, QString* error)
{
    Pillar p;
    p.campaignId = m_campaignId;
    p.position = m_pillars.isEmpty() ? 0 : m_pillars.last().position + 1;
    p.title = title.trimmed();
    p.colour = nextColour();
    if (const QString why = problem(p, -1); !why.isEmpty())
        return fail(why, error);
    QString problemText;
    if (!m_repository.savePillar(p, &problemText))
        return fail(problemText, error);
    const int row = int(m_pillars.size());
    beginInsertRows({}, row, row);
    m_pillars.append(p);
    endInsertRows();
    return succeed();
}

bool PillarListModel::removeItem(int row, QString* error)
{
    if (!isRowValid(row, rowCount()))
        return fail(tr("The pillar no longer exists."), error);
    QString problemText;
    if (!m_repository.removePillar(m_pillars[row].id, &problemText))
        return fail(problemText, error);
    beginRemoveRows({}, row, row);
    m_pillars.removeAt(row);
    endRemoveRows();
    return succeed();
}

bool PillarListModel::moveItem(int from, int to, QString* error)
{
    if (!isRowValid(from, rowCount()) || !isRowValid(to, rowCount()))
        return fail(tr("The pillar cannot move there."), error);
    if (from == to)
        return true;
    QList<qint64> ids;
    for (const Pillar& p : std::as_const(m_pillars))
        ids.append(p.id);
    ids.move(from, to);
    QString problemText;
    if (!m_repository.setPillarOrder(ids, &problemText))
        return fail(problemText, error);
    QList<qint64> before = ids;
    before.move(to, from);
    CampaignRepository* repo = &m_repository;
    recordWrite(
        tr("Move pillar “%1”").arg(m_pillars[from].title),
        [repo, before](QString* e) { return repo->setPillarOrder(before, e); },
        [repo, ids](QString* e) { return repo->setPillarOrder(ids, e); });
    beginMoveItem(from, to);
    m_pillars.move(from, to);
    for (int i = 0; i < m_pillars.size(); ++i)
        m_pillars[i].position = i;
    endMoveRows();
    return succeed();
}

QString PillarListModel::removalQuestion(int row) const
{
    QString error;
    int used = 0;
    if (!m_repository.pillarUsage(m_pillars.value(row).id, &used, &error))
        return tr("Delete the pillar “%1”? Whether activities are filed under it could not be read (%2).")
            .arg(nameAt(row), error);
    if (used == 0)
        return tr("Delete the pillar “%1”? No activity is filed under it.").arg(nameAt(row));
    return tr("Delete the pillar “%1”? %n activity(s) are filed under it and will have no pillar.", nullptr,
              used)
        .arg(nameAt(row));
}
