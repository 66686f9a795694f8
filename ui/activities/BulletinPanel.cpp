#include "BulletinPanel.h"

#include "BulletinActions.h"
#include "BulletinDocument.h"
#include "BulletinDraft.h"
#include "BulletinEditor.h"
#include "Workspace.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

BulletinPanel::BulletinPanel(Workspace& workspace, BulletinEditor& editor, QWidget* parent)
    : QGroupBox(tr("News bulletin (工作动态)"), parent), m_ws(workspace), m_editor(editor),
      m_state(new QLabel(this)), m_text(new QPlainTextEdit(this)),
      m_regenerate(new QPushButton(tr("Regenerate draft…"), this)),
      m_copy(new QPushButton(tr("Copy as text"), this)), m_export(new QPushButton(tr("Export…"), this))
{
    setObjectName(QStringLiteral("bulletinPanel"));
    m_state->setWordWrap(true);
    m_text->setMinimumHeight(180);
    m_text->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_text->setPlaceholderText(tr("The first line is the headline, then the text."));
    m_copy->setToolTip(tr("Copy the headline and text as plain text, for a website or WeChat"));
    m_export->setToolTip(tr("Export the bulletin with up to four of the activity's photos"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_regenerate);
    buttons->addStretch();
    buttons->addWidget(m_copy);
    buttons->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_text);
    layout->addLayout(buttons);

    m_save.setSingleShot(true);
    m_save.setInterval(800);
    connect(&m_save, &QTimer::timeout, this, &BulletinPanel::flush);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_save.start();
        updateState();
    });
    m_text->installEventFilter(this);
    connect(m_regenerate, &QPushButton::clicked, this, &BulletinPanel::regenerate);
    connect(m_copy, &QPushButton::clicked, this, &BulletinPanel::copyAsText);
    connect(m_export, &QPushButton::clicked, this, &BulletinPanel::exportWithDialog);
    connect(&m_editor, &BulletinEditor::changed, this, [this](qint64 id) {
        if (id == m_activity.id && !m_save.isActive())
            reload(); // undo or redo
    });
    connect(&m_editor, &BulletinEditor::writeFailed, this, &BulletinPanel::failed);
    showActivity(Activity());
}

void BulletinPanel::showActivity(const Activity& activity)
{
    if (activity.id != m_activity.id) {
        flush();
        m_session = false;
    }
    m_activity = activity;
    reload();
}

void BulletinPanel::reload()
{
    QString error;
    m_kept.clear();
    if (m_activity.id != 0 && !m_editor.text(m_activity.id, &m_kept, &error))
        emit failed(error);
    m_draft.clear();
    if (m_activity.id != 0 && m_activity.status == ActivityStatus::Done) {
        CampaignSnapshot s;
        s.campaign = m_ws.campaign();
        s.departments = m_ws.departments();
        s.unit = m_ws.unit();
        m_draft = BulletinDraft::text(s, m_activity, m_ws.clock().today());
    }
    showText(m_kept.isNull() ? m_draft : m_kept);
}

void BulletinPanel::showText(const QString& text)
{
    if (m_text->toPlainText() != text) {
        m_loading = true;
        const int position = m_text->textCursor().position();
        m_text->setPlainText(text);
        QTextCursor cursor = m_text->textCursor();
        cursor.setPosition(qMin(position, int(text.size())));
        m_text->setTextCursor(cursor);
        m_loading = false;
    }
    const bool has = !m_kept.isNull() || !m_draft.isEmpty();
    m_text->setEnabled(has);
    m_regenerate->setEnabled(m_activity.status == ActivityStatus::Done);
    m_copy->setEnabled(has);
    m_export->setEnabled(has);
    updateState();
}

void BulletinPanel::updateState()
{
    if (m_activity.id == 0) {
        m_state->clear();
        return;
    }
    if (m_kept.isNull() && m_draft.isEmpty()) {
        m_state->setText(tr("A bulletin is drafted from the activity once it is completed."));
        return;
    }
    const BulletinDraft::Parts parts = BulletinDraft::split(m_text->toPlainText());
    const int length = BulletinDraft::length(parts.paragraphs.join(QString()));
    const QString count = tr("%1 characters (150–400 is usual).").arg(length);
    m_state->setText(m_kept.isNull() && !m_save.isActive()
                         ? tr("Draft written from the activity; it is kept once you edit it. %1").arg(count)
                         : tr("Kept in the file. %1").arg(count));
    m_state->setStyleSheet(m_kept.isNull() && !m_save.isActive()
                               ? QStringLiteral("background: #FFF4D6; padding: 4px;")
                               : QString());
}

void BulletinPanel::flush()
{
    m_save.stop();
    if (m_activity.id == 0 || m_loading)
        return;
    const QString text = m_text->toPlainText();
    if (text == (m_kept.isNull() ? m_draft : m_kept))
        return;
    QString error;
    if (!m_editor.setText(m_activity.id, m_kept, text, tr("Edit Bulletin"), m_session, &error)) {
        emit failed(error);
        reload();
        return;
    }
    m_session = true;
    reload();
}

bool BulletinPanel::regenerate()
{
    flush();
    if (m_activity.id == 0 || m_activity.status != ActivityStatus::Done)
        return false;
    if (!m_kept.isNull() && m_kept != m_draft) {
        const auto answer = QMessageBox::question(
            this, tr("Regenerate draft"),
            tr("Replace this bulletin with a new draft written from the activity?\n\nYour text can be "
               "brought back with Edit › Undo."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    QString error;
    m_session = false;
    if (!m_editor.setText(m_activity.id, m_kept, m_draft, tr("Regenerate Bulletin"), false, &error)) {
        emit failed(error);
        return false;
    }
    reload();
    return true;
}

bool BulletinPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_text && event->type() == QEvent::FocusOut)
        flush();
    else if (watched == m_text && event->type() == QEvent::FocusIn)
        m_session = false; // a new editing session: its own undo step
    return QGroupBox::eventFilter(watched, event);
}

void BulletinPanel::copyAsText()
{
    flush();
    QGuiApplication::clipboard()->setText(BulletinDocument::plainText({{m_text->toPlainText(), {}}}));
}

bool BulletinPanel::exportTo(const QString& format, const QString& path, QString* error)
{
    flush();
    return BulletinActions::write(m_editor, {m_activity.id}, format, path, error);
}

void BulletinPanel::exportWithDialog()
{
    flush();
    BulletinActions::exportWithDialog(window(), m_editor, {m_activity.id},
                                      BulletinDraft::split(m_text->toPlainText()).headline);
}
