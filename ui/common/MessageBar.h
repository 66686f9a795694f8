#pragma once

#include <QFrame>

class QLabel;

// A thin coloured bar above a page's content that says why something was refused, until the user
// closes it or the next message replaces it. Visible where the user is looking, unlike a status bar.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    explicit MessageBar(QWidget* parent = nullptr);

    void showError(const QString& text);
    QString text() const;

private:
    QLabel* m_label;
};
