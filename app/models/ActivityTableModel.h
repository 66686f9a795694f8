#pragma once

#include "Activity.h"
#include "Campaign.h"
#include "CampaignState.h"
#include "Clock.h"
#include "Department.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QList>
#include <QSet>

class ActivityEditor;

Q_DECLARE_METATYPE(Activity)

// The current campaign's activities, held in memory in id order, as the columns of a local plan.
// Edits made through setData() are validated and handed to the ActivityEditor (undoable, written
// at once); the apply…() calls only change memory and are used by ActivityStore after a write.
class ActivityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        TitleColumn,
        DatesColumn,
        LeadColumn,
        AssistingColumn,
        LocationColumn,
        OwnerColumn,
        DeadlineColumn,
        StatusColumn,
        ProgressColumn,
        ColumnCount
    };
    enum Role {
        ActivityRole = Qt::UserRole + 1, // the raw Activity
        IdRole,                          // qint64
        SortRole,                        // a value that sorts naturally for the column
        UrgencyRole,                     // int(DeadlineRules::Urgency) for "today" of the clock
        PillarColourRole,                // QColor, invalid when the activity has no pillar
        PillarIdRole,                    // qint64
        MissingPhotoRole,                // bool: done but no photo attached (evidence check)
    };

    explicit ActivityTableModel(const Clock& clock, QObject* parent = nullptr);

    void setEditor(ActivityEditor* editor) { m_editor = editor; }
    const Clock& clock() const { return m_clock; }
    // A finished campaign (已报送) is history: no row is due or overdue. Refreshes every row on a change.
    void setCampaignState(CampaignState state);
    // "Today" for deadline colours and filters; invalid while the campaign is finished.
    QDate deadlineDay() const { return CampaignStates::deadlineDay(m_campaignState, m_clock.today()); }

    // Names and colours the columns show; refreshes every row.
    void setReferenceData(const QList<Department>& departments, const QList<Pillar>& pillars);
    // Replaces every row in one reset (opening a file or switching campaign).
    void setActivities(QList<Activity> activities);

    const QList<Activity>& activities() const { return m_rows; }
    const Activity& activityAt(int row) const { return m_rows.at(row); }
    int rowOfId(qint64 id) const; // -1 when absent
    // Done activities without a photo, flagged in the status column (set by EvidenceCheck).
    void setMissingPhotos(const QSet<qint64>& ids);
    QString departmentName(qint64 id) const { return m_departmentNames.value(id); }
    QString assistingText(const Activity& a) const;
    // Position of the pillar in its campaign, for grouping; pillars without position sort last.
    int pillarOrder(qint64 pillarId) const { return m_pillarOrder.value(pillarId, INT_MAX); }
    QString pillarTitle(qint64 pillarId) const { return m_pillarTitles.value(pillarId); }
    // The text a column shows, without going through QVariant (sorting uses it).
    QString displayText(const Activity& a, int column) const;
    static QString fieldName(int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Memory-only changes after the file was written; keep id order and emit the model signals.
    void applyUpdated(const QList<Activity>& activities);
    void applyInserted(const QList<Activity>& activities);
    void applyRemoved(const QList<qint64>& ids);

signals:
    // An edit was refused (invalid value or the file could not be written); `reason` is for the user.
    void editRejected(const QString& reason);

private:
    QVariant sortValue(const Activity& a, int column) const;
    QVariant background(const Activity& a) const;

    const Clock& m_clock;
    CampaignState m_campaignState = CampaignState::Planning;
    ActivityEditor* m_editor = nullptr;
    QList<Activity> m_rows;
    QHash<qint64, QString> m_departmentNames;
    QHash<qint64, QColor> m_pillarColours;
    QHash<qint64, int> m_pillarOrder;
    QHash<qint64, QString> m_pillarTitles;
    QSet<qint64> m_missingPhotos;
};
