#pragma once

#include "Campaign.h"

#include <QAbstractListModel>
#include <QStringList>

// The campaign's numbered slogans as an editable list: edit, add, remove, reorder, paste many lines.
// It keeps the texts only; the page saves `slogans()` through CampaignRepository::setSlogans on
// every `edited()`, so the file stays the truth.
class SloganListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit SloganListModel(QObject* parent = nullptr);

    // Replaces the list without emitting edited() (loading, not editing).
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
    void edited();

private:
    QStringList m_texts;
};
