#pragma once

#include <QStringList>

// Each headless command takes its own arguments (after the command word) and returns the exit code.
// Output goes to stdout, failures to stderr as one line.
namespace Commands {
int demo(const QStringList& args);
int check(const QStringList& args);
int exportFile(const QStringList& args);
int attach(const QStringList& args);
int importPackage(const QStringList& args);
int importTable(const QStringList& args);
// import FILE --from X: a report package (.zip) or a plan table (any other format).
int importAny(const QStringList& args);
// new-campaign FILE --from-notice NOTICE [--dry-run]
int newCampaignFromNotice(const QStringList& args);
int newCampaign(const QStringList& args);
// server init|add-unit|add-user ADDRESS …: administration of a shared PostgreSQL store.
int server(const QStringList& args);
} // namespace Commands
