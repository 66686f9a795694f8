#include "OptionalDateEdit.h"

#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLineEdit>

OptionalDateEdit::OptionalDateEdit(QWidget* parent) : QDateEdit(parent)
{
    setCalendarPopup(true);
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setMinimumDate(emptyDate());
    setSpecialValueText(QStringLiteral("—"));
    setDate(emptyDate());
    setToolTip(tr("Delete clears the date."));
}

QDate OptionalDateEdit::value() const
{
    return date() == emptyDate() ? QDate() : date();
}

void OptionalDateEdit::setValue(QDate d)
{
    setDate(d.isValid() && d > emptyDate() ? d : emptyDate());
}

void OptionalDateEdit::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Delete ||
        (event->key() == Qt::Key_Backspace && lineEdit()->selectedText() == text())) {
        clearValue();
        emit editingFinished();
        return;
    }
    QDateEdit::keyPressEvent(event);
}

void OptionalDateEdit::mousePressEvent(QMouseEvent* event)
{
    QDateEdit::mousePressEvent(event);
    // An empty field opens its calendar on this month rather than on the placeholder January 2000.
    if (!value().isValid() && calendarWidget()) {
        const QDate today = QDate::currentDate();
        calendarWidget()->setCurrentPage(today.year(), today.month());
    }
}
