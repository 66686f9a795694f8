#include "DateRangeEdit.h"

#include "OptionalDateEdit.h"

#include <QHBoxLayout>
#include <QLabel>

DateRangeEdit::DateRangeEdit(QWidget* parent)
    : QWidget(parent), m_start(new OptionalDateEdit(this)), m_end(new OptionalDateEdit(this))
{
    setAutoFillBackground(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_start);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_end);
    setFocusProxy(m_start);
    // A start after the end is offered as a one-day activity rather than refused while typing.
    connect(m_start, &QDateEdit::dateChanged, this, [this] {
        if (m_start->value().isValid() && (!m_end->value().isValid() || m_end->value() < m_start->value()))
            m_end->setValue(m_start->value());
    });
}

QDate DateRangeEdit::start() const
{
    return m_start->value();
}

QDate DateRangeEdit::end() const
{
    return m_end->value();
}

void DateRangeEdit::setRange(QDate start, QDate end)
{
    m_start->setValue(start);
    m_end->setValue(end);
}
