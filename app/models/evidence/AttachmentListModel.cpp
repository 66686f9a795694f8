#include "AttachmentListModel.h"

#include "AttachmentRepository.h"
#include "EvidenceEditor.h"
#include "EvidenceFiles.h"
#include "ThumbnailLoader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

AttachmentListModel::AttachmentListModel(EvidenceEditor& editor, QObject* parent)
    : QAbstractListModel(parent), m_editor(editor), m_thumbnails(new ThumbnailLoader(120, this))
{
    connect(m_thumbnails, &ThumbnailLoader::ready, this, &AttachmentListModel::thumbnailReady);
    connect(&m_editor, &EvidenceEditor::changed, this, &AttachmentListModel::reload);
}

bool AttachmentListModel::setActivity(qint64 activityId, QString* error)
{
    QString e;
    QList<Attachment> rows;
    const bool read =
        activityId == 0 || AttachmentRepository(m_editor.database()).forActivity(activityId, &rows, &e);
    beginResetModel();
    m_activityId = activityId;
    m_rows = read ? rows : QList<Attachment>();
    endResetModel();
    if (!read && error)
        *error = e;
    return read;
}

void AttachmentListModel::reload(qint64 activityId)
{
    if (activityId != m_activityId || activityId == 0)
        return;
    QString error;
    QList<Attachment> rows;
    const bool read = AttachmentRepository(m_editor.database()).forActivity(activityId, &rows, &error);
    auto ids = [](const QList<Attachment>& list) {
        QList<qint64> out;
        for (const Attachment& a : list)
            out << a.id;
        return out;
    };
    if (read && !rows.isEmpty() && ids(rows) == ids(m_rows)) {
        m_rows = rows; // same rows, new captions or flags: keep the view's selection and editor
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
    } else {
        setActivity(activityId, nullptr);
    }
    emit changed();
}

QString AttachmentListModel::pathOf(int row) const
{
    return EvidenceFiles::pathOf(m_editor.database(), m_rows.at(row));
}

bool AttachmentListModel::attach(const QStringList& paths, QString* error)
{
    return m_activityId != 0 && m_editor.attach(m_activityId, paths, error);
}

bool AttachmentListModel::remove(const QList<int>& rows, QString* error)
{
    QList<Attachment> doomed;
    for (int row : rows)
        if (row >= 0 && row < m_rows.size())
            doomed << m_rows.at(row);
    return m_editor.detach(doomed, error);
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
    const Attachment before = m_rows.at(index.row());
    Attachment after = before;
    if (role == Qt::EditRole)
        after.caption = value.toString().trimmed();
    else if (role == Qt::CheckStateRole && before.kind == Attachment::Kind::Photo)
        after.inReport = value.toInt() == Qt::Checked;
    else
        return false;
    QString error;
    return m_editor.edit(before, after, &error); // the editor's change signal re-reads the rows
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
