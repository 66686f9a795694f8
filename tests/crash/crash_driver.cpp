// The parts of the program the crash test (crash.sh) kills that have no command of their own,
// through the same models and storage the window uses:
//   crash_driver edits FILE COUNT     COUNT title edits through ActivityEditor, one transaction each;
//                                     prints "committed K ID" after edit K returned (so it is in the file)
//   crash_driver saveas FILE TARGET   File › Save As: the evidence first (SaveCopy's task), then the file
#include "ActivityEditor.h"
#include "ActivityTableModel.h"
#include "Clock.h"
#include "Database.h"
#include "SaveCopy.h"
#include "Workspace.h"

#include <QEventLoop>
#include <QGuiApplication>

#include <cstdio>

namespace {
int fail(const QString& reason)
{
    std::fprintf(stderr, "crash_driver: %s\n", qPrintable(reason));
    return 1;
}

int edits(Workspace& ws, int count)
{
    ActivityTableModel* model = ws.activityModel();
    const int rows = model->rowCount();
    if (rows == 0)
        return fail(QStringLiteral("no activities"));
    ActivityEditor editor(ws);
    for (int k = 1; k <= count; ++k) {
        const Activity before = model->activityAt(k % rows);
        Activity after = before;
        after.title = QStringLiteral("编辑-%1").arg(k);
        if (!editor.edit(before, after, QStringLiteral("crash test")))
            return fail(QStringLiteral("edit %1 was refused").arg(k));
        std::printf("committed %d %lld\n", k, static_cast<long long>(before.id));
        std::fflush(stdout);
    }
    return 0;
}

int saveAs(Workspace& ws, const QString& target)
{
    QString error;
    SaveCopy::Added added;
    std::unique_ptr<ExportTask> task = SaveCopy::mediaTask(ws, target, &added, &error);
    if (!task)
        return fail(error);
    QEventLoop loop;
    bool ok = false;
    QObject::connect(task.get(), &ExportTask::finished, &loop, [&](bool success, const QString& reason) {
        ok = success;
        error = reason;
        loop.quit();
    });
    task->start();
    loop.exec();
    if (!ok || !SaveCopy::finish(ws, target, added, &error))
        return fail(error);
    std::printf("saved\n");
    return 0;
}
} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // the models draw with fonts, never on a screen
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() != 3 || (args[0] != QLatin1String("edits") && args[0] != QLatin1String("saveas")))
        return fail(QStringLiteral("usage: crash_driver edits FILE COUNT | saveas FILE TARGET"));
    SystemClock clock;
    QString error;
    std::unique_ptr<Workspace> ws = Workspace::open(args[1], clock, &error);
    if (!ws)
        return fail(error);
    return args[0] == QLatin1String("edits") ? edits(*ws, args[2].toInt()) : saveAs(*ws, args[2]);
}
