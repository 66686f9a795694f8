#pragma once

#include "ReportDocument.h"

#include <QImage>
#include <QList>
#include <QString>

// One bulletin ready to print: its kept (or drafted) text and up to four of its photos as one picture.
struct BulletinPage
{
    QString text; // the headline on the first line, then the body
    QImage photos;
};

// Bulletins as one document, each starting on its own page (PageBreak blocks, so every writer —
// PDF, ODT, DOCX — renders them alike): the headline as title, the body, the photos under it.
namespace BulletinDocument {
ReportDocument build(const QList<BulletinPage>& pages);
// The same bulletins as plain text for a website or WeChat: each headline and body, a blank line
// between paragraphs and a line of dashes between bulletins.
QString plainText(const QList<BulletinPage>& pages);
} // namespace BulletinDocument
