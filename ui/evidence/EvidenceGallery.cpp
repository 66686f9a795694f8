#include "EvidenceGallery.h"

#include "AttachmentListModel.h"
#include "EvidenceEditor.h"
#include "PhotoViewer.h"

#include <QAction>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

EvidenceGallery::EvidenceGallery(EvidenceEditor& editor, QWidget* parent)
    : QWidget(parent), m_editor(editor), m_model(new AttachmentListModel(editor, this))
{
    setAcceptDrops(true);
    m_view = new QListView(this);
    m_view->setModel(m_model);
    m_view->setViewMode(QListView::IconMode);
    m_view->setIconSize(QSize(120, 90));
    m_view->setGridSize(QSize(150, 140));
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setWordWrap(true);
    m_view->setMinimumHeight(160);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setAcceptDrops(false); // the gallery itself takes the drop
    m_add = new QPushButton(tr("Add files…"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->hide();
    auto* hint =
        new QLabel(tr("Drop photos, videos or documents here. Checked photos appear in the summary."), this);
    hint->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>Evidence</b>"), this));
    layout->addWidget(m_view);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    connect(m_add, &QPushButton::clicked, this, &EvidenceGallery::addFromDialog);
    connect(m_remove, &QPushButton::clicked, this, &EvidenceGallery::removeSelected);
    auto* removeKey = new QAction(this); // Delete in the gallery removes, like in a file manager
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(removeKey);
    connect(removeKey, &QAction::triggered, this, &EvidenceGallery::removeSelected);
    connect(m_view, &QListView::activated, this, [this](const QModelIndex& index) { open(index.row()); });
    connect(m_model, &AttachmentListModel::changed, this, &EvidenceGallery::evidenceChanged);
    connect(&editor, &EvidenceEditor::writeFailed, this, &EvidenceGallery::showError);
    showActivity(0);
}

void EvidenceGallery::showActivity(qint64 activityId)
{
    QString error;
    if (!m_model->setActivity(activityId, &error))
        showError(error);
    else
        m_message->hide();
    setEnabled(activityId != 0);
}

bool EvidenceGallery::attach(const QStringList& paths)
{
    QString error;
    if (!m_model->attach(paths, &error)) {
        showError(error);
        return false;
    }
    m_message->hide();
    return true;
}

void EvidenceGallery::open(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    if (m_model->at(row).kind != Attachment::Kind::Photo) {
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(m_model->pathOf(row))))
            showError(tr("No program is set up to open %1.").arg(m_model->at(row).fileName));
        return;
    }
    QStringList paths, captions;
    int current = 0;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (m_model->at(i).kind != Attachment::Kind::Photo)
            continue;
        if (i == row)
            current = int(paths.size());
        paths << m_model->pathOf(i);
        captions << m_model->index(i).data().toString();
    }
    PhotoViewer viewer(paths, captions, current, this);
    viewer.exec();
}

void EvidenceGallery::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && m_model->activityId() != 0)
        event->acceptProposedAction();
}

void EvidenceGallery::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (!paths.isEmpty() && attach(paths))
        event->acceptProposedAction();
}

void EvidenceGallery::addFromDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Attach evidence"), QString(),
        tr("Photos, videos and documents (%1)").arg(AttachmentKinds::dialogPatterns()));
    if (!paths.isEmpty())
        attach(paths);
}

void EvidenceGallery::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex& i : m_view->selectionModel()->selectedIndexes())
        rows << i.row();
    QString error;
    if (!m_model->remove(rows, &error))
        showError(error);
}

void EvidenceGallery::showError(const QString& error)
{
    m_message->setText(error);
    m_message->show();
}
