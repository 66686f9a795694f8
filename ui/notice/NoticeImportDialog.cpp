#include "NoticeImportDialog.h"

#include "NoticeReviewDialog.h"
#include "notice/NoticeContent.h"
#include "notice/NoticeFile.h"
#include "notice/NoticeReader.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

NoticeImportDialog::NoticeImportDialog(Workspace& workspace, ReferenceEditor& editor, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_editor(editor), m_text(new QPlainTextEdit),
      m_refusal(new QLabel), m_recognise(new QPushButton(tr("Recognise…")))
{
    setWindowTitle(tr("New Campaign from Notice"));
    auto* explanation = new QLabel(tr(
        "Paste the text of this year's 质量月 notice (national, provincial or prefectural), or open it as a "
        "file. The next step shows what was recognised, next to the sentence it came from, for you to "
        "correct. Nothing is written to the file before you create the campaign."));
    explanation->setWordWrap(true);
    m_text->setPlaceholderText(tr("关于开展20XX年全国“质量月”活动的通知 …"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_refusal->hide();
    auto* open = new QPushButton(tr("Open File…"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_recognise, QDialogButtonBox::AcceptRole);
    m_recognise->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_refusal);
    layout->addWidget(buttons);
    connect(open, &QPushButton::clicked, this, &NoticeImportDialog::openFile);
    connect(m_recognise, &QPushButton::clicked, this, &NoticeImportDialog::recognise);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(720, 520);
}

QString NoticeImportDialog::refusal() const
{
    return m_refusal->isHidden() ? QString() : m_refusal->text();
}

void NoticeImportDialog::refuse(const QString& reason)
{
    m_refusal->setText(reason);
    m_refusal->show();
}

bool NoticeImportDialog::loadFile(const QString& path)
{
    QString text, error;
    if (!NoticeFile::read(path, &text, &error)) {
        refuse(error);
        return false;
    }
    m_text->setPlainText(text);
    m_refusal->hide();
    return true;
}

void NoticeImportDialog::openFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Notice"), QString(), NoticeFile::dialogFilter());
    if (!path.isEmpty())
        loadFile(path);
}

void NoticeImportDialog::recognise()
{
    const NoticeFields fields = NoticeReader::read(m_text->toPlainText());
    if (!fields.title.found() && !fields.year.found()) {
        refuse(NoticeContent::problem(fields));
        return;
    }
    m_refusal->hide();
    NoticeReviewDialog review(m_workspace, m_editor, fields, this);
    emit reviewOpened(&review);
    if (review.exec() == QDialog::Accepted) {
        m_created = review.campaignId();
        accept();
    }
}
