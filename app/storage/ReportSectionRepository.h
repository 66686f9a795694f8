#pragma once

#include "ReportSection.h"

#include <QList>
#include <QString>

class Database;

// The narrative sections of a campaign's activity summary. A campaign that has none yet is offered
// the four usual ones by the caller; nothing is written until the user edits.
class ReportSectionRepository
{
public:
    explicit ReportSectionRepository(const Database& db);

    [[nodiscard]] bool list(qint64 campaignId, QList<ReportSection>* out,
                            QString* error) const;                   // in position order
    [[nodiscard]] bool save(ReportSection& section, QString* error); // insert (at the end) when id == 0
    [[nodiscard]] bool remove(qint64 sectionId, QString* error);
    // Replaces the campaign's sections with `sections` in that order, in one transaction; ids are filled in.
    [[nodiscard]] bool replaceAll(qint64 campaignId, QList<ReportSection>& sections, QString* error);
    [[nodiscard]] bool setOrder(const QList<qint64>& ids, QString* error);

private:
    QString m_connection;
};
