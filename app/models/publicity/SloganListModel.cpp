#include "SloganListModel.h"

#include "ReferenceEditor.h"

#include <QRegularExpression>

SloganListModel::SloganListModel(QObject* parent) : QAbstractListModel(parent) {}

void SloganListModel::setSlogans(const QList<Slogan>& slogans)
{
    QStringList texts;
    for (const Slogan& s : slogans)
        texts << s.text;
    m_saved = texts;
    QStringList shown = m_texts;
    shown.removeIf([](const QString& t) { return t.trimmed().isEmpty(); });
    if (texts == shown)
        return;
    beginResetModel();
    m_texts = texts;
    endResetModel();
}

bool SloganListModel::commit()
{
    QString error = tr("Slogans cannot be changed here.");
    if (m_editor && m_editor->setSlogans(m_texts, &error)) {
        emit edited();
        return true;
    }
    beginResetModel();
    m_texts = m_saved;
    endResetModel();
    emit refused(error);
    return false;
}

QList<Slogan> SloganListModel::slogans(qint64 campaignId) const
{
    QList<Slogan> out;
    for (const QString& t : m_texts) {
        if (t.trimmed().isEmpty())
            continue;
        Slogan s;
        s.campaignId = campaignId;
        s.position = int(out.size()) + 1;
        s.text = t.trimmed();
        out << s;
    }
    return out;
}

int SloganListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_texts.size());
}

QVariant SloganListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString& text = m_texts.at(index.row());
    switch (role) {
    case Qt::DisplayRole: // the view numbers the rows: a number here would change without dataChanged
    case Qt::EditRole:
    case Qt::ToolTipRole:
        return text;
    default:
        return {};
    }
}

bool SloganListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString text = value.toString().simplified();
    if (text.isEmpty() || text == m_texts.at(index.row()))
        return false;
    m_texts[index.row()] = text;
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole});
    return commit();
}

Qt::ItemFlags SloganListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

bool SloganListModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || row > m_texts.size() || count <= 0)
        return false;
    beginInsertRows({}, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_texts.insert(row, QString());
    endInsertRows();
    return true; // empty rows are not slogans yet: edited() comes with their text
}

bool SloganListModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_texts.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_texts.remove(row, count);
    endRemoveRows();
    return commit();
}

bool SloganListModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                               const QModelIndex& destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0 ||
        sourceRow + count > m_texts.size() || destinationChild < 0 || destinationChild > m_texts.size() ||
        (destinationChild >= sourceRow && destinationChild <= sourceRow + count))
        return false;
    beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild);
    const QStringList moving = m_texts.mid(sourceRow, count);
    m_texts.remove(sourceRow, count);
    const int to = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_texts.insert(to + i, moving.at(i));
    endMoveRows();
    return commit();
}

QString SloganListModel::stripNumber(const QString& line)
{
    static const QRegularExpression number(QStringLiteral(
        "^\\s*(?:[（(]\\s*\\d+\\s*[)）]|\\d+\\s*[.．、:：)）]|[一二三四五六七八九十]+\\s*[、．.])\\s*"));
    return line.trimmed().remove(number).simplified();
}

int SloganListModel::pasteLines(const QString& text, int row)
{
    QStringList lines;
    for (const QString& l : text.split(QRegularExpression(QStringLiteral("[\\r\\n]+"))))
        if (const QString s = stripNumber(l); !s.isEmpty())
            lines << s;
    if (lines.isEmpty())
        return 0;
    if (row < 0 || row > m_texts.size())
        row = int(m_texts.size());
    beginInsertRows({}, row, row + int(lines.size()) - 1);
    for (int i = 0; i < lines.size(); ++i)
        m_texts.insert(row + i, lines.at(i));
    endInsertRows();
    return commit() ? int(lines.size()) : 0;
}
