#pragma once

#include <QDialog>

class QTextBrowser;

// Help › User guide (F1): the illustrated guide shipped in the program (resources/help/<lang>/*.html,
// screenshots made by tools/make-help-screenshots.sh), one page per main view plus the month's
// workflow. Non-modal; F1 on a view opens that view's page.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(QWidget* parent = nullptr);

    // "zh_CN" under a Chinese default locale, else "en" (the guide follows the program's language).
    static QString language();
    // The page for a view id ("activities", "dashboard" …), or the workflow page for anything else.
    static QString pageFor(const QString& viewId);
    // Every page of the guide (file names), for tests and the contents list.
    static QStringList pages();

    void showPage(const QString& viewId);
    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser;
};
