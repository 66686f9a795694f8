#pragma once

#include "Campaign.h"

#include <QAbstractListModel>
#include <QStringList>

class ReferenceEditor;

// The current campaign's numbered slogans as an editable list, as the workspace holds them: edit, add,
// remove, reorder, paste many lines. Every edit goes to the ReferenceEditor as the whole list (one
// undo step; a new empty row is no slogan until it has text). A refused edit puts the saved list back
// and says why through refused(). Without an editor the list is read-only.
class SloganListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit SloganListModel(QObject* parent = nullptr);

    void setEditor(ReferenceEditor* editor) { m_editor = editor; }
    // The workspace's slogans after a load or a write. Rows being typed into (empty ones) survive when
    // the slogans are the ones shown already.
    void setSlogans(const QList<Slogan>& slogans);
    QList<Slogan> slogans(qint64 campaignId) const;
    QStringList texts() const { return m_texts; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                  const QModelIndex& destinationParent, int destinationChild) override;

    // Adds one slogan per non-empty line (leading "1." / "1、" / "（1）" numbering dropped) before
    // `row` (-1 = at the end); returns how many.
    int pasteLines(const QString& text, int row = -1);
    static QString stripNumber(const QString& line);

signals:
    // An edit made through this model reached the file.
    void edited();
    void refused(const QString& reason);

private:
    bool commit();

    ReferenceEditor* m_editor = nullptr;
    QStringList m_texts;
    QStringList m_saved; // the workspace's texts, for a refused edit
};
