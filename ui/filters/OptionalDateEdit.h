#pragma once

#include <QDateEdit>

// A date field with a calendar popup that can also be empty ("—"): plans often leave a deadline
// open. The empty state is the minimum date, shown as special text.
class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget* parent = nullptr);

    // Invalid when empty.
    QDate value() const;
    void setValue(QDate date);
    void clearValue() { setValue({}); }

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    static QDate emptyDate() { return {2000, 1, 1}; }
};
