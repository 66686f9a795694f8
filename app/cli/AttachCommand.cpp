#include "Commands.h"
#include "Console.h"

#include "Database.h"
#include "EvidenceFiles.h"
#include "FileLock.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Commands {

// campaign-planner attach FILE --activity UUID PATH…
int attach(const QStringList& args)
{
    // "Commands": the context lupdate gives tr() in this namespace, where the translations are.
    auto tr = [](const char* text) { return QCoreApplication::translate("Commands", text); };
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The campaign file."));
    p.addPositionalArgument(QStringLiteral("PATH"), tr("Photos, videos or documents to attach."));
    p.addOption({QStringLiteral("activity"), tr("The activity's id (UUID)."), QStringLiteral("UUID")});
    p.addHelpOption();
    if (!p.parse(QStringList{QStringLiteral("attach")} + args))
        return Console::fail(p.errorText(), 2);
    if (p.isSet(QStringLiteral("help"))) {
        Console::out(p.helpText());
        return 0;
    }
    QStringList positional = p.positionalArguments();
    if (positional.size() < 2 || !p.isSet(QStringLiteral("activity")))
        return Console::fail(tr("usage: campaign-planner attach FILE --activity UUID PATH…"), 2);
    const QString file = positional.takeFirst();
    QString error;
    // The program's own lock: no window may have the file open while files are stored for it.
    const std::unique_ptr<FileLock> lock = FileLock::take(file, &error);
    if (!lock)
        return Console::fail(error);
    std::unique_ptr<Database> db = Database::open(file, &error);
    if (!db)
        return Console::fail(error);
    qint64 id = 0;
    if (!EvidenceFiles::activityId(*db, QUuid(p.value(QStringLiteral("activity"))), &id, &error))
        return Console::fail(error);
    QList<Attachment> rows;
    if (!EvidenceFiles::attach(*db, id, positional, EvidenceFiles::currentUser(), &rows, &error))
        return Console::fail(error);
    for (const Attachment& a : std::as_const(rows))
        Console::out(tr("Attached %1 (%2)").arg(a.fileName, a.sha256.left(12)));
    return 0;
}

} // namespace Commands
