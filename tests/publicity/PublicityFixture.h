#pragma once

#include "CampaignFile.h"
#include "Database.h"
#include "PublicityDocument.h"
#include "PublicityWriter.h"
#include "SnapshotLoader.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The built-in 2021 campaign with a bureau and one activity, and the independent readers
// (pdftotext, zbarimg) the publicity tests check outputs with.
namespace PublicityFixture {

inline CampaignSnapshot snapshot(const QTemporaryDir& dir)
{
    QString error;
    const QString path = dir.filePath(QStringLiteral("fixture.campaign"));
    if (!QFile::exists(path)) {
        auto created = CampaignFile::createDefault(path, &error);
        if (!created)
            qFatal("createDefault: %s", qPrintable(error));
    }
    auto db = Database::open(path, &error);
    CampaignSnapshot snap;
    if (!db || !SnapshotLoader::load(*db, 0, &snap, &error))
        qFatal("load: %s", qPrintable(error));
    snap.unit.name = QStringLiteral("临江市市场监督管理局");
    Activity a;
    a.id = 7;
    a.title = QStringLiteral("“质量安全进社区”消费品质量宣传咨询日");
    a.location = QStringLiteral("临江市人民广场东侧");
    a.start = QDate(2021, 9, 15);
    a.end = QDate(2021, 9, 15);
    a.leadDepartmentId = snap.departments.isEmpty() ? 0 : snap.departments.first().id;
    a.owner = QStringLiteral("王敏");
    a.phone = QStringLiteral("0571-12345678");
    a.description = QStringLiteral("现场发放消费品质量安全宣传资料，开展儿童用品和电动自行车质量安全咨询，"
                                   "受理12315投诉举报。");
    snap.activities = {a};
    return snap;
}

// Everything in `s` but whitespace, for comparing text that a reader may break or space differently.
inline QString squeeze(const QString& s)
{
    QString out;
    for (const QChar c : s)
        if (!c.isSpace())
            out += c;
    return out;
}

inline QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline bool hasTool(const QString& name)
{
    return !QStandardPaths::findExecutable(name).isEmpty();
}

// pdftotext -raw keeps the order in which the text was drawn: each fitted block's lines stay together.
inline QString pdfText(const QString& pdf, int page = 0)
{
    QStringList args{QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    return run(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"));
}

// Paints page `page` into a larger image whose border starts magenta; returns how many border pixels
// (beyond one pixel of antialiasing) the page changed.
inline int paintedOutside(const Publicity::PublicityDocument& doc, int page, qreal dpi)
{
    const QSizeF px = doc.pageSizeDots() * dpi / 1200.0;
    const int pad = 20;
    QImage image(QSize(int(px.width()) + 2 * pad + 2, int(px.height()) + 2 * pad + 2), QImage::Format_RGB32);
    const QRgb sentinel = qRgb(255, 0, 255);
    image.fill(sentinel);
    {
        QPainter p(&image);
        doc.paintPage(p, page, QRectF(QPointF(pad, pad), px));
    }
    const QRect inside = QRectF(QPointF(pad, pad), px).toAlignedRect().adjusted(-1, -1, 1, 1);
    int changed = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (!inside.contains(x, y) && image.pixel(x, y) != sentinel)
                ++changed;
    return changed;
}

} // namespace PublicityFixture
