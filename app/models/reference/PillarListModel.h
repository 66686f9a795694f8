#pragma once

#include "Campaign.h"
#include "ReferenceListModel.h"

#include <QList>

class Database;

// The current campaign's content pillars (活动内容) with title, short name, colour and full paragraph,
// as the workspace holds them. Pillars keep their ids because activities are filed under them.
class PillarListModel : public ReferenceListModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, ShortNameColumn, ColourColumn, FullTextColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    // `db` answers how many activities a removal would touch.
    explicit PillarListModel(const Database& db, QObject* parent = nullptr);

    // The workspace's rows after a load or a write; `change` is what the write did to them.
    void setPillars(const QList<Pillar>& pillars, RowChange change = RowChange::reset());
    const QList<Pillar>& pillars() const { return m_pillars; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    bool appendNamed(const QString& title, QString* error) override;
    bool removeItem(int row, QString* error) override;
    bool moveItem(int from, int to, QString* error) override;
    QString removalQuestion(int row) const override;

    // The colour a new pillar gets: the first of a fixed palette not yet used.
    QString nextColour() const;

private:
    const Database& m_db;
    QList<Pillar> m_pillars;
};
