#pragma once

#include "ReportSection.h"

#include <QAbstractListModel>
#include <QList>

class Database;
class Workspace;

// The narrative sections of one campaign's activity summary, in order: the heading is the display
// and edit role, the text is BodyRole. Every change is written to the campaign file at once. A
// campaign without stored sections shows the four usual ones; they are written on the first edit.
// Text edits are not on the workspace's undo stack (the text editor keeps its own undo).
class ReportSectionModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { BodyRole = Qt::UserRole + 1, IdRole };

    explicit ReportSectionModel(const Workspace& workspace, QObject* parent = nullptr);

    bool load(qint64 campaignId, QString* error);
    qint64 campaignId() const { return m_campaignId; }
    QList<ReportSection> sections() const { return m_sections; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // Each returns false (and emits failed) when the file could not be written; the model is unchanged.
    bool addSection(const QString& title, int row = -1);
    bool removeSection(int row);
    bool moveSection(int from, int to);

signals:
    void failed(const QString& error);

private:
    bool persistDefaults();

    const Database& m_db;
    qint64 m_campaignId = 0;
    QList<ReportSection> m_sections;
    bool m_stored = false; // false while showing unsaved default sections
};
