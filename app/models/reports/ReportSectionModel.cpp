#include "ReportSectionModel.h"

#include "ReportSectionRepository.h"
#include "SummaryDrafts.h"
#include "SummaryEditor.h"
#include "SummaryReport.h"

namespace {

QList<ReportSection> defaults(qint64 campaignId)
{
    QList<ReportSection> out = SummaryReport::defaultSections();
    for (ReportSection& s : out)
        s.campaignId = campaignId;
    return out;
}

} // namespace

ReportSectionModel::ReportSectionModel(SummaryEditor& editor, QObject* parent)
    : QAbstractListModel(parent), m_editor(editor)
{
    connect(&m_editor, &SummaryEditor::changed, this,
            [this](qint64 campaignId, const QList<ReportSection>& stored) {
                if (campaignId == m_campaignId)
                    showStored(stored);
            });
    connect(&m_editor, &SummaryEditor::writeFailed, this, &ReportSectionModel::failed);
}

bool ReportSectionModel::load(qint64 campaignId, QString* error)
{
    QList<ReportSection> stored;
    if (!ReportSectionRepository(m_editor.database()).list(campaignId, &stored, error))
        return false;
    beginResetModel();
    m_campaignId = campaignId;
    m_stored = stored;
    m_sections = stored.isEmpty() ? defaults(campaignId) : stored;
    redraft();
    endResetModel();
    return true;
}

void ReportSectionModel::setDraftSource(const CampaignSnapshot& snapshot, const CampaignSummary& summary,
                                        const DraftFacts& facts)
{
    m_snapshot = snapshot;
    m_summary = summary;
    m_facts = facts;
    m_hasSource = true;
    const QList<ReportSection> old = m_draft;
    redraft();
    if (isDraft() && !m_sections.isEmpty() && old != m_draft)
        emit dataChanged(index(0, 0), index(int(m_sections.size()) - 1, 0), {BodyRole});
}

void ReportSectionModel::redraft()
{
    m_draft = m_hasSource ? SummaryDrafts::draft(m_sections, m_snapshot, m_summary, m_facts) : m_sections;
}

bool ReportSectionModel::isDraft() const
{
    return !SummaryDrafts::hasText(m_sections);
}

int ReportSectionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sections.size());
}

QVariant ReportSectionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ReportSection& s = m_sections[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return s.title;
    case BodyRole:
        return isDraft() ? m_draft.value(index.row()).body : s.body;
    case IdRole:
        return s.id;
    case DraftRole:
        return isDraft();
    default:
        return {};
    }
}

Qt::ItemFlags ReportSectionModel::flags(const QModelIndex& index) const
{
    return QAbstractListModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

bool ReportSectionModel::store(const QList<ReportSection>& after, const QString& undoText, int typingRow)
{
    QString error;
    if (!m_editor.replace(m_campaignId, m_stored, after, undoText, typingRow, &error)) {
        emit failed(error);
        return false;
    }
    return true;
}

void ReportSectionModel::showStored(const QList<ReportSection>& stored)
{
    m_stored = stored;
    const QList<ReportSection> shown = stored.isEmpty() ? defaults(m_campaignId) : stored;
    if (shown.size() != m_sections.size()) { // added or removed: the rows are laid out anew
        beginResetModel();
        m_sections = shown;
        redraft();
        endResetModel();
        return;
    }
    m_sections = shown;
    redraft();
    emit dataChanged(index(0, 0), index(int(m_sections.size()) - 1, 0),
                     {Qt::DisplayRole, Qt::EditRole, BodyRole, IdRole, DraftRole});
}

bool ReportSectionModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || (role != Qt::EditRole && role != BodyRole))
        return false;
    const int row = index.row();
    if (role == Qt::EditRole) {
        const QString title = value.toString().trimmed();
        if (title.isEmpty() || title == m_sections[row].title)
            return !title.isEmpty();
        QList<ReportSection> after = m_sections;
        after[row].title = title;
        return store(after, tr("Rename Section"));
    }
    // Typing into the draft keeps the whole draft with this change: every sentence stays editable.
    QList<ReportSection> after = isDraft() ? m_draft : m_sections;
    after[row].body = value.toString();
    if (after == (isDraft() ? m_draft : m_sections))
        return true;
    return store(after, tr("Edit Summary Text"), row);
}

bool ReportSectionModel::addSection(const QString& title, int row)
{
    if (title.trimmed().isEmpty()) {
        emit failed(tr("A section needs a heading."));
        return false;
    }
    const int at = row < 0 || row > m_sections.size() ? int(m_sections.size()) : row;
    QList<ReportSection> after = m_sections;
    after.insert(at, ReportSection{0, m_campaignId, at, title.trimmed(), QString()});
    return store(after, tr("Add Section"));
}

bool ReportSectionModel::removeSection(int row)
{
    if (row < 0 || row >= m_sections.size())
        return false;
    QList<ReportSection> after = m_sections;
    after.removeAt(row);
    return store(after, tr("Remove Section"));
}

bool ReportSectionModel::moveSection(int from, int to)
{
    if (from < 0 || from >= m_sections.size() || to < 0 || to >= m_sections.size() || from == to)
        return false;
    QList<ReportSection> after = m_sections;
    after.move(from, to);
    return store(after, tr("Move Section"));
}

bool ReportSectionModel::regenerate()
{
    return store(m_draft, tr("Regenerate Draft"));
}
