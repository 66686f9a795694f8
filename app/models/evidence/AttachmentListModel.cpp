#include "AttachmentListModel.h"

#include "AttachmentRepository.h"
#include "EvidenceFiles.h"
#include "ThumbnailLoader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

AttachmentListModel::AttachmentListModel(const Database& db, QObject* parent)
    : QAbstractListModel(parent), m_db(db), m_thumbnails(new ThumbnailLoader(120, this))
{
    connect(m_thumbnails, &ThumbnailLoader::ready, this, &AttachmentListModel::thumbnailReady);
}

bool AttachmentListModel::setActivity(qint64 activityId, QString* error)
{
    QString e;
    const QList<Attachment> rows =
        activityId ? AttachmentRepository(m_db).forActivity(activityId, &e) : QList<Attachment>();
    beginResetModel();
    m_activityId = activityId;
    m_rows = e.isEmpty() ? rows : QList<Attachment>();
    endResetModel();
    if (!e.isEmpty() && error)
        *error = e;
    return e.isEmpty();
}

QString AttachmentListModel::pathOf(int row) const
{
    return EvidenceFiles::pathOf(m_db, m_rows.at(row));
}

bool AttachmentListModel::attach(const QStringList& paths, QString* error)
{
    QList<Attachment> added;
    if (m_activityId == 0 ||
        !EvidenceFiles::attach(m_db, m_activityId, paths, EvidenceFiles::currentUser(), &added, error))
        return false;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
    m_rows.append(added);
    endInsertRows();
    emit changed();
    return true;
}

bool AttachmentListModel::removeAt(int row, QString* error)
{
    if (row < 0 || row >= m_rows.size() || !EvidenceFiles::detach(m_db, m_rows.at(row), error))
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    emit changed();
    return true;
}

int AttachmentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AttachmentListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Attachment& a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return a.caption.isEmpty() ? a.fileName : a.caption;
    case Qt::EditRole:
        return a.caption;
    case Qt::ToolTipRole: {
        QString tip = a.fileName + QLatin1Char('\n') + QLocale().formattedDataSize(a.size);
        if (a.taken.isValid())
            tip += QLatin1Char('\n') + QCoreApplication::translate("AttachmentListModel", "Taken %1")
                                           .arg(QLocale().toString(a.taken, QLocale::ShortFormat));
        if (!a.addedBy.isEmpty())
            tip += QLatin1Char('\n') +
                   QCoreApplication::translate("AttachmentListModel", "Added by %1").arg(a.addedBy);
        return tip;
    }
    case Qt::DecorationRole:
        if (a.kind == Attachment::Kind::Photo) {
            const QImage thumb = m_thumbnails->thumbnail(a.sha256, pathOf(index.row()));
            return thumb.isNull() ? QVariant() : QVariant(thumb);
        }
        return ThumbnailLoader::card(QFileInfo(a.fileName).suffix().toUpper(), 120);
    case Qt::CheckStateRole:
        return a.kind == Attachment::Kind::Photo ? QVariant(a.inReport ? Qt::Checked : Qt::Unchecked)
                                                 : QVariant();
    case PathRole:
        return pathOf(index.row());
    case KindRole:
        return static_cast<int>(a.kind);
    case ShaRole:
        return a.sha256;
    case FileNameRole:
        return a.fileName;
    default:
        return {};
    }
}

bool AttachmentListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return false;
    Attachment& a = m_rows[index.row()];
    QString error;
    if (role == Qt::EditRole) {
        if (!AttachmentRepository(m_db).setCaption(a.id, value.toString(), &error))
            return false;
        a.caption = value.toString().trimmed();
    } else if (role == Qt::CheckStateRole && a.kind == Attachment::Kind::Photo) {
        const bool on = value.toInt() == Qt::Checked;
        if (!AttachmentRepository(m_db).setInReport(a.id, on, &error))
            return false;
        a.inReport = on;
    } else {
        return false;
    }
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags AttachmentListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (index.isValid()) {
        f |= Qt::ItemIsEditable;
        if (m_rows.at(index.row()).kind == Attachment::Kind::Photo)
            f |= Qt::ItemIsUserCheckable;
    }
    return f;
}

void AttachmentListModel::thumbnailReady(const QString& sha256)
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).sha256 == sha256)
            emit dataChanged(index(i), index(i), {Qt::DecorationRole});
}
