#include "MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

MessageBar::MessageBar(QWidget* parent) : QFrame(parent), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("MessageBar"));
    setStyleSheet(QStringLiteral("#MessageBar { background: #fdecea; border: 1px solid #e5a09a; "
                                 "border-radius: 3px; } #MessageBar QLabel { color: #8a1c12; }"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setText(QStringLiteral("×"));
    close->setToolTip(tr("Close"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(close);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showError(const QString& text)
{
    m_label->setText(text);
    show();
}

QString MessageBar::text() const
{
    return m_label->text();
}
