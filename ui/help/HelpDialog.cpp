#include "HelpDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
const QString kIndex = QStringLiteral("index.html");
} // namespace

HelpDialog::HelpDialog(QWidget* parent) : QDialog(parent), m_browser(new QTextBrowser)
{
    setWindowTitle(tr("User guide"));
    setModal(false);
    resize(900, 680);
    m_browser->setOpenExternalLinks(false);
    m_browser->setSearchPaths({QStringLiteral(":/help/") + language(), QStringLiteral(":/help")});
    auto* home = new QPushButton(tr("Contents"));
    auto* back = new QPushButton(tr("Back"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(back, QDialogButtonBox::ActionRole);
    buttons->addButton(home, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    connect(home, &QPushButton::clicked, this, [this] { showPage({}); });
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    showPage({});
}

QString HelpDialog::language()
{
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QStringList HelpDialog::pages()
{
    return QDir(QStringLiteral(":/help/") + language()).entryList({QStringLiteral("*.html")}, QDir::Files);
}

QString HelpDialog::pageFor(const QString& viewId)
{
    const QString page = viewId + QStringLiteral(".html");
    return !viewId.isEmpty() && QFile::exists(QStringLiteral(":/help/%1/%2").arg(language(), page)) ? page
                                                                                                    : kIndex;
}

void HelpDialog::showPage(const QString& viewId)
{
    m_browser->setSource(QUrl(pageFor(viewId)));
}
