#include "PillarListModel.h"

#include "CampaignRepository.h"
#include "ReferenceEditor.h"

#include <QColor>

PillarListModel::PillarListModel(const Database& db, QObject* parent) : ReferenceListModel(parent), m_db(db)
{}

void PillarListModel::setPillars(const QList<Pillar>& pillars, RowChange change)
{
    change = beginChange(change, m_pillars.size(), pillars.size());
    m_pillars = pillars;
    endChange(change);
}

int PillarListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_pillars.size());
}

int PillarListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PillarListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Pillar& p = m_pillars[index.row()];
    if (role == IdRole)
        return p.id;
    if (index.column() == ColourColumn && role == Qt::DecorationRole)
        return QColor::isValidColorName(p.colour) ? QVariant(QColor::fromString(p.colour)) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return p.title;
    case ShortNameColumn:
        return p.shortName;
    case ColourColumn:
        return p.colour;
    case FullTextColumn:
        return role == Qt::DisplayRole ? QVariant(p.fullText.simplified()) : QVariant(p.fullText);
    }
    return {};
}

QVariant PillarListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case ShortNameColumn:
        return tr("Short name");
    case ColourColumn:
        return tr("Colour");
    case FullTextColumn:
        return tr("Full text");
    }
    return {};
}

bool PillarListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Pillar p = m_pillars[index.row()];
    const QString text = value.toString();
    switch (index.column()) {
    case TitleColumn:
        p.title = text.trimmed();
        break;
    case ShortNameColumn:
        p.shortName = text.trimmed();
        break;
    case ColourColumn:
        p.colour = text.isEmpty() || !QColor::isValidColorName(text) ? text : QColor::fromString(text).name();
        break;
    case FullTextColumn:
        p.fullText = text;
        break;
    }
    return edit([&](ReferenceEditor& editor, QString* error) { return editor.edit(p, error); }, nullptr);
}

QString PillarListModel::nextColour() const
{
    static const char* const palette[] = {"#c0392b", "#2e86c1", "#28b463", "#d68910", "#7d3c98",
                                          "#17a589", "#cb4335", "#2874a6", "#b7950b", "#6c3483"};
    for (const char* c : palette) {
        const QString colour = QString::fromLatin1(c);
        if (std::none_of(m_pillars.cbegin(), m_pillars.cend(),
                         [&](const Pillar& p) { return p.colour.compare(colour, Qt::CaseInsensitive) == 0; }))
            return colour;
    }
    return QString::fromLatin1(palette[m_pillars.size() % std::size(palette)]);
}

bool PillarListModel::appendNamed(const QString& title, QString* error)
{
    Pillar p;
    p.title = title.trimmed();
    p.colour = nextColour();
    return edit([&](ReferenceEditor& editor, QString* e) { return editor.add(p, e); }, error);
}

bool PillarListModel::removeItem(int row, QString* error)
{
    const qint64 id = m_pillars.value(row).id;
    return edit([&](ReferenceEditor& editor, QString* e) { return editor.remove<Pillar>(id, e); }, error);
}

bool PillarListModel::moveItem(int from, int to, QString* error)
{
    return edit([&](ReferenceEditor& editor, QString* e) { return editor.move<Pillar>(from, to, e); }, error);
}

QString PillarListModel::removalQuestion(int row) const
{
    QString error;
    int used = 0;
    if (!CampaignRepository(m_db).pillarUsage(m_pillars.value(row).id, &used, &error))
        return tr("Delete the pillar “%1”? Whether activities are filed under it could not be read (%2).")
            .arg(nameAt(row), error);
    if (used == 0)
        return tr("Delete the pillar “%1”? No activity is filed under it.").arg(nameAt(row));
    return tr("Delete the pillar “%1”? %n activity(s) are filed under it and will have no pillar.", nullptr,
              used)
        .arg(nameAt(row));
}
