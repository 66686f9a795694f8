#pragma once

#include <QTableView>

// The activity table as a plan reader expects it: fixed row heights (needed for 100 000 rows),
// sortable headers, whole-row selection, editing on double click or typing, sensible column widths.
class ActivityTableView : public QTableView
{
    Q_OBJECT

public:
    explicit ActivityTableView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;
    // Source-model ids of the selected rows, in view order.
    QList<qint64> selectedIds() const;
    // Selects the rows with these ids and scrolls to the first one.
    void selectIds(const QList<qint64>& ids);

signals:
    void currentIdChanged(qint64 id);

private:
    void applyColumnWidths();
};
