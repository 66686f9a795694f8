#include "BulletinDocument.h"

#include "BulletinDraft.h"

namespace BulletinDocument {

ReportDocument build(const QList<BulletinPage>& pages)
{
    ReportDocument doc;
    for (const BulletinPage& page : pages) {
        const BulletinDraft::Parts parts = BulletinDraft::split(page.text);
        if (doc.title.isEmpty())
            doc.title = parts.headline;
        if (!doc.blocks.isEmpty())
            doc.add(ReportBlock::Kind::PageBreak, {});
        doc.add(ReportBlock::Kind::Title, parts.headline);
        for (const QString& paragraph : parts.paragraphs)
            doc.add(ReportBlock::Kind::Paragraph, paragraph);
        if (!page.photos.isNull())
            doc.addImage(page.photos, QString());
    }
    return doc;
}

QString plainText(const QList<BulletinPage>& pages)
{
    QStringList out;
    for (const BulletinPage& page : pages) {
        const BulletinDraft::Parts parts = BulletinDraft::split(page.text);
        out << (QStringList{parts.headline} + parts.paragraphs).join(QStringLiteral("\n\n"));
    }
    return out.join(QStringLiteral("\n\n——————\n\n")) + QLatin1Char('\n');
}

} // namespace BulletinDocument
