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
    // An empty field opens its calendar on today rather than on the placeholder year 2000.
    if (calendarWidget() && !d.isValid())
        calendarWidget()->setSelectedDate(QDate::currentDate());
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
