#pragma once

#include <QWidget>

class OptionalDateEdit;

// Start and end date side by side, each with a calendar popup; the "活动时间" cell editor.
class DateRangeEdit : public QWidget
{
    Q_OBJECT

public:
    explicit DateRangeEdit(QWidget* parent = nullptr);

    QDate start() const;
    QDate end() const;
    void setRange(QDate start, QDate end);

signals:
    void editingFinished();

private:
    OptionalDateEdit* m_start;
    OptionalDateEdit* m_end;
};
