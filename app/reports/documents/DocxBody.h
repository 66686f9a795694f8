#pragma once

#include "ReportDocument.h"

#include <QList>
#include <QString>

class ExportProgress;
class QXmlStreamWriter;

// word/document.xml for a ReportDocument, written straight into the writer's device: every block as
// a paragraph in its style (see DocxStyles), tables through DocxTable, pictures inline and centred
// above their captions, and the section — A4, GB/T 9704 margins, odd and even page-number footers.
// Headings, attachment labels and pictures keep with what follows; the closing paragraph keeps with
// the signature, so the unit and date never stand alone on the last page.
class DocxBody
{
public:
    // A picture the body refers to: its relationship id and the block that holds the image.
    struct Picture
    {
        QString relationId;
        qsizetype block = -1;
    };

    DocxBody(QXmlStreamWriter* xml, ExportProgress* progress);
    // False only when cancelled through the progress.
    bool write(const ReportDocument& document);
    const QList<Picture>& pictures() const { return m_pictures; }

private:
    void paragraph(const QString& style, const QString& text, bool keepNext = false, int spaceBefore = 0);
    void lines(const QString& style, const QString& text, bool keepLast, int spaceBefore = 0);
    void spacer(const QString& style);
    bool table(const ReportTable& t);
    void picture(const ReportBlock& b, qsizetype index);
    void section();

    QXmlStreamWriter* m_xml;
    ExportProgress* m_progress;
    QList<Picture> m_pictures;
    qint64 m_done = 0, m_total = 0;
    bool m_started = false;   // something is on the page, so a page break means something
    bool m_pageBreak = false; // the next paragraph starts a new page
};
