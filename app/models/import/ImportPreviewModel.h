#pragma once

#include "importing/ImportPreview.h"

#include <QAbstractTableModel>
#include <QHash>

// The rows of an import preview as they will be stored, for the wizard: each row's activity, its
// dates (the wording and what was read), departments (new ones marked), pillar, figures and problems.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RowColumn,
        TitleColumn,
        DatesColumn,
        LeadColumn,
        AssistingColumn,
        PillarColumn,
        FiguresColumn,
        IssuesColumn,
        ColumnCount
    };
    enum Role { SeverityRole = Qt::UserRole + 1 }; // 0 ready, 1 warning, 2 error

    explicit ImportPreviewModel(QObject* parent = nullptr);

    void setPreview(const ImportPreview& preview, const ImportContext& context);
    const ImportPreview& preview() const { return m_preview; }
    // The pillar a group goes to changed; rows are not read again.
    void setGroupMapping(int group, qint64 pillarId, bool createNew);
    int rowOfSourceRow(int sourceRow) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const ImportRow& row, int column) const;
    QString pillarText(const QString& group) const;

    ImportPreview m_preview;
    QHash<qint64, QString> m_departments;
    QHash<qint64, QString> m_pillars;
    QHash<qint64, Metric> m_metrics;
};
