#pragma once

#include <QWidget>

class QListView;
class QPushButton;
class SloganListModel;

// The campaign's slogan list with add, remove, move up/down and "paste lines" buttons. Edits go to
// the model; whoever owns the model saves them.
class SloganEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SloganEditor(SloganListModel* model, QWidget* parent = nullptr);

    QListView* view() const { return m_view; }
    int currentRow() const;

    void addSlogan();
    void removeSelected();
    void moveSelected(int delta);
    // Adds the clipboard's lines (or `text` when given) after the current row.
    int paste(const QString& text = {});

private:
    void updateButtons();

    SloganListModel* m_model;
    QListView* m_view;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_paste;
};
