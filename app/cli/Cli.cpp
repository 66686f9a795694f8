#include "Cli.h"

#include "Commands.h"
#include "Console.h"
#include "GuiEntry.h"
#include "ServerFileCommand.h"
#include "server/ServerAddress.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace {

const QStringList kHeadless = {
    QStringLiteral("demo"),   QStringLiteral("check"),  QStringLiteral("export"),
    QStringLiteral("attach"), QStringLiteral("import"), QStringLiteral("new-campaign"),
    QStringLiteral("server"), QStringLiteral("push"),   QStringLiteral("pull")};

QString usage()
{
    return QCoreApplication::translate(
        "Cli",
        "Usage:\n"
        "  campaign-planner [FILE]                 start the program (optionally on FILE)\n"
        "  campaign-planner FILE --smoke           open FILE, paint the window once, print timings\n"
        "  campaign-planner demo FILE --activities N [--seed S] [--year YEAR]\n"
        "                                          create FILE with N generated activities\n"
        "  campaign-planner new-campaign FILE --year YEAR [--from-file OLD.campaign]\n"
        "                                          add a built-in year (FILE made if missing)\n"
        "  campaign-planner new-campaign FILE --from-notice NOTICE [--dry-run]\n"
        "                                          read a notice (.txt .docx .pdf .doc), print what was\n"
        "                                          recognised and create its campaign in FILE\n"
        "  campaign-planner check FILE             integrity and foreign-key check\n"
        "  campaign-planner export FILE --kind KIND --format FORMAT --out PATH [--campaign YEAR]\n"
        "                                          write a plan, summary, dashboard, poster …\n"
        "  campaign-planner export FILE --kind package --out PATH.zip\n"
        "                                          the report package for the upper level\n"
        "  campaign-planner attach FILE --activity UUID PATH…\n"
        "                                          attach photos, videos or documents\n"
        "  campaign-planner import FILE --from PATH.zip\n"
        "                                          import a subordinate unit's report package\n"
        "  campaign-planner import FILE --from PLAN.xlsx|ods|xls|csv|txt|docx|odt|doc|wps|et\n"
        "         [--sheet NAME|N] [--campaign YEAR] [--unit NAME] [--update] [--dry-run]\n"
        "                                          import a plan or activity table\n"
        "  campaign-planner server init postgresql://USER@HOST:PORT/DBNAME[?sslmode=MODE]\n"
        "                                          create the shared store's schema, group role and rights\n"
        "  campaign-planner server add-unit ADDRESS NAME --level county|prefecture|province [--parent NAME]\n"
        "  campaign-planner server add-user ADDRESS NAME --unit NAME [--password-stdin]\n"
        "                                          a login role tied to one unit (password: first line of "
        "stdin)\n"
        "  campaign-planner push FILE ADDRESS [--unit NAME] [--password-stdin]\n"
        "                                          upload FILE as its unit's data (replaces what the\n"
        "                                          server held for the unit; all or nothing)\n"
        "  campaign-planner pull ADDRESS FILE [--unit NAME] [--force] [--password-stdin]\n"
        "                                          write an offline file of one unit's data\n"
        "  Every FILE above (but for new-campaign, push and pull) may be a server's ADDRESS: the command\n"
        "  runs on a copy of the user's unit (check and export: --unit NAME for another it may read) and\n"
        "  writes back only what it changed; demo fills only an empty unit\n"
        "  campaign-planner export ADDRESS --kind consolidated --format pdf|xlsx|odt|docx --out PATH\n"
        "                                          the consolidated summary of the units below, read live\n"
        "  campaign-planner --version | --help");
}

// Under cron, su or in a container XDG_RUNTIME_DIR is unset, and Qt says so on stderr when the GUI
// classes start ("QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to …"). Headless commands print
// only their own lines, so Qt's remarks about the runtime folder are dropped there; everything else
// goes on to Qt's own handler.
QtMessageHandler qtHandler = nullptr;

void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: ")))
        return;
    qtHandler(type, context, message);
}

// Headless work must run on a server with no display and no environment at all.
void preferOffscreen()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("campaign-planner"));
    QCoreApplication::setApplicationName(QStringLiteral("campaign-planner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CP_VERSION));
}

// Command-line output speaks Chinese under a Chinese locale and English otherwise: scripts on
// servers run under C/POSIX and read the English messages. The window follows AppSettings instead.
void speakSystemLanguage(QCoreApplication& app)
{
    if (!QLocale::system().name().startsWith(QLatin1String("zh")))
        return;
    auto* translator = new QTranslator(&app);
    if (translator->load(QStringLiteral(":/i18n/campaign-planner_zh_CN")))
        QCoreApplication::installTranslator(translator);
}

} // namespace

namespace Cli {

int run(int argc, char** argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    describeApplication();

    if (args.contains(QStringLiteral("--version")) || args.contains(QStringLiteral("-v"))) {
        QCoreApplication app(argc, argv);
        Console::out(QStringLiteral("campaign-planner %1").arg(QStringLiteral(CP_VERSION)));
        return 0;
    }
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        if (args.isEmpty() || !kHeadless.contains(args.first())) {
            QCoreApplication app(argc, argv);
            speakSystemLanguage(app);
            Console::out(usage());
            return 0;
        }
    }
    if (!args.isEmpty() && kHeadless.contains(args.first())) {
        qtHandler = qInstallMessageHandler(quietHandler);
        const QString command = args.takeFirst();
        // FILE may be a shared server's address: the command then runs on a local copy of the unit.
        using Kind = ServerFileCommand::Kind;
        const auto onFileOrServer = [&args](Kind kind, int (*run)(const QStringList&)) {
            const int code = ServerFileCommand::run(args, kind, run);
            return code >= 0 ? code : run(args);
        };
        if (command == QLatin1String("export")) {
            preferOffscreen(); // charts and posters need a GUI application, never a display
            QApplication app(argc, argv);
            speakSystemLanguage(app);
            // The consolidated summary of a server reads every unit below the user's live, not a copy of one.
            const qsizetype kind = args.indexOf(QStringLiteral("--kind"));
            if (!args.isEmpty() && ServerAddress::looksLikeServer(args.first()) &&
                ((kind >= 0 && args.value(kind + 1) == QLatin1String("consolidated")) ||
                 args.contains(QStringLiteral("--kind=consolidated"))))
                return Commands::exportFile(args);
            return onFileOrServer(Kind::Reads, Commands::exportFile);
        }
        QCoreApplication app(argc, argv);
        speakSystemLanguage(app);
        if (command == QLatin1String("attach"))
            return onFileOrServer(Kind::Writes, Commands::attach);
        if (command == QLatin1String("import"))
            return onFileOrServer(Kind::Writes, Commands::importAny);
        if (command == QLatin1String("server"))
            return Commands::server(args);
        if (command == QLatin1String("push"))
            return Commands::push(args);
        if (command == QLatin1String("pull"))
            return Commands::pull(args);
        if (command == QLatin1String("new-campaign"))
            return args.contains(QStringLiteral("--from-notice")) ? Commands::newCampaignFromNotice(args)
                                                                  : Commands::newCampaign(args);
        return command == QLatin1String("demo") ? onFileOrServer(Kind::Fills, Commands::demo)
                                                : onFileOrServer(Kind::Reads, Commands::check);
    }
    const bool smoke = args.removeAll(QStringLiteral("--smoke")) > 0;
    QString screenshotDir;
    if (const qsizetype at = args.indexOf(QStringLiteral("--screenshots")); at >= 0 && at + 1 < args.size()) {
        screenshotDir = args.at(at + 1);
        args.remove(at, 2);
    }
    for (const QString& a : std::as_const(args)) {
        if (a.startsWith(QLatin1Char('-'))) {
            QCoreApplication app(argc, argv);
            speakSystemLanguage(app);
            Console::err(usage());
            return Console::fail(QCoreApplication::translate("Cli", "unknown option %1").arg(a), 2);
        }
    }
    if (args.size() > 1) {
        QCoreApplication app(argc, argv);
        speakSystemLanguage(app);
        return Console::fail(QCoreApplication::translate("Cli", "give at most one FILE"), 2);
    }
    const QString file = args.value(0);
    if (!screenshotDir.isEmpty()) {
        preferOffscreen();
        QApplication app(argc, argv);
        return GuiEntry::screenshots(app, file, screenshotDir);
    }
    if (smoke) {
        if (!hasDisplay())
            preferOffscreen();
        QApplication app(argc, argv);
        return GuiEntry::smoke(app, file);
    }
    QApplication app(argc, argv);
    return GuiEntry::run(app, file);
}

} // namespace Cli
