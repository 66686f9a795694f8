#include "ReportSectionModel.h"

#include "ReportSectionRepository.h"
#include "SummaryReport.h"

namespace {

QList<ReportSection> defaults(qint64 campaignId)
{
    QList<ReportSection> out = SummaryReport::defaultSections();
    for (ReportSection& s : out)
        s.campaignId = campaignId;
    return out;
}

} // namespace

ReportSectionModel::ReportSectionModel(const Database& db, QObject* parent)
    : QAbstractListModel(parent), m_db(db)
{}

bool ReportSectionModel::load(qint64 campaignId, QString* error)
{
    QList<ReportSection> stored;
    if (!ReportSectionRepository(m_db).list(campaignId, &stored, error))
        return false;
    beginResetModel();
    m_campaignId = campaignId;
    m_stored = !stored.isEmpty();
    m_sections = m_stored ? stored : defaults(campaignId);
    endResetModel();
    return true;
}

int ReportSectionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sections.size());
}

QVariant ReportSectionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ReportSection& s = m_sections[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return s.title;
    case BodyRole:
        return s.body;
    case IdRole:
        return s.id;
    default:
        return {};
    }
}

Qt::ItemFlags ReportSectionModel::flags(const QModelIndex& index) const
{
    return QAbstractListModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

bool ReportSectionModel::persistDefaults()
{
    if (m_stored)
        return true;
    QString error;
    QList<ReportSection> copy = m_sections;
    if (!ReportSectionRepository(m_db).replaceAll(m_campaignId, copy, &error)) {
        emit failed(error);
        return false;
    }
    m_sections = copy;
    m_stored = true;
    return true;
}

bool ReportSectionModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || (role != Qt::EditRole && role != BodyRole))
        return false;
    if (!persistDefaults())
        return false;
    ReportSection s = m_sections[index.row()];
    if (role == Qt::EditRole)
        s.title = value.toString().trimmed();
    else
        s.body = value.toString();
    if (s == m_sections[index.row()])
        return true;
    QString error;
    if (!ReportSectionRepository(m_db).save(s, &error)) {
        emit failed(error);
        return false;
    }
    m_sections[index.row()] = s;
    emit dataChanged(index, index, {role == Qt::EditRole ? Qt::DisplayRole : int(BodyRole), role});
    return true;
}

bool ReportSectionModel::addSection(const QString& title, int row)
{
    if (!persistDefaults())
        return false;
    ReportSection s{0, m_campaignId, 0, title.trimmed(), QString()};
    QString error;
    ReportSectionRepository repo(m_db);
    if (!repo.save(s, &error)) {
        emit failed(error);
        return false;
    }
    const int at = row < 0 || row > m_sections.size() ? int(m_sections.size()) : row;
    beginInsertRows({}, at, at);
    m_sections.insert(at, s);
    endInsertRows();
    if (at != m_sections.size() - 1) {
        QList<qint64> ids;
        for (const ReportSection& x : m_sections)
            ids << x.id;
        if (!repo.setOrder(ids, &error))
            emit failed(error);
    }
    return true;
}

bool ReportSectionModel::removeSection(int row)
{
    if (row < 0 || row >= m_sections.size() || !persistDefaults())
        return false;
    QString error;
    if (!ReportSectionRepository(m_db).remove(m_sections[row].id, &error)) {
        emit failed(error);
        return false;
    }
    beginRemoveRows({}, row, row);
    m_sections.removeAt(row);
    endRemoveRows();
    return true;
}

bool ReportSectionModel::moveSection(int from, int to)
{
    if (from < 0 || from >= m_sections.size() || to < 0 || to >= m_sections.size() || from == to ||
        !persistDefaults())
        return false;
    QList<ReportSection> moved = m_sections;
    moved.move(from, to);
    QList<qint64> ids;
    for (const ReportSection& s : moved)
        ids << s.id;
    QString error;
    if (!ReportSectionRepository(m_db).setOrder(ids, &error)) {
        emit failed(error);
        return false;
    }
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_sections = moved;
    for (int i = 0; i < m_sections.size(); ++i)
        m_sections[i].position = i;
    endMoveRows();
    return true;
}
