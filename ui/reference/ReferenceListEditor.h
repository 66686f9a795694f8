#pragma once

#include <QPersistentModelIndex>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class ReferenceListModel;

// A reference list as the user edits it: a table edited in place, a name field with Add, buttons to
// move and delete (asking first), and an optional text box for one long column (a pillar's full
// paragraph, an organizer's activities). Refusals from the model show in red under the table.
class ReferenceListEditor : public QWidget
{
    Q_OBJECT

public:
    ReferenceListEditor(ReferenceListModel* model, const QString& newItemPlaceholder,
                        QWidget* parent = nullptr);

    // Hides `column` from the table and edits it in a text box for the current row.
    void setLongTextColumn(int column, const QString& label);
    void setStretchColumn(int column);

    QTableView* view() const { return m_view; }
    QLineEdit* nameEdit() const { return m_nameEdit; }
    QPushButton* addButton() const { return m_add; }
    QString refusal() const;

private:
    void add();
    void removeCurrent();
    void move(int delta);
    void showRefusal(const QString& reason);
    void currentRowChanged(const QModelIndex& current);
    void showFirstRowIfNone();
    void commitDetail();
    void updateButtons();
    bool eventFilter(QObject* watched, QEvent* event) override;

    ReferenceListModel* m_model;
    QTableView* m_view;
    QLineEdit* m_nameEdit;
    QPushButton* m_add;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_remove;
    QLabel* m_refusal;
    QLabel* m_detailLabel = nullptr;
    QPlainTextEdit* m_detail = nullptr;
    int m_detailColumn = -1;
    QPersistentModelIndex m_detailIndex;
};
