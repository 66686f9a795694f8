#pragma once

#include <QStringList>

#include <functional>

// The commands that take a FILE (check, export, demo, import, attach) given a server address
// instead: the role's unit (or, for reading, `--unit NAME` when the role may read several) is pulled
// into a private local copy, the command runs on it as on a file, and what it changed is written back
// to the server (ServerApply: only the difference, all or nothing, never over another user's change).
// Its lines name the address, not the copy.
namespace ServerFileCommand {

enum class Kind {
    Reads,  // check, export
    Writes, // import, attach
    Fills,  // demo: the unit must have no activities yet
};

// -1 when args[0] is not a server address (the caller runs the command on the file); otherwise the
// exit code. `command` gets args with the copy's path in place of the address.
int run(const QStringList& args, Kind kind, const std::function<int(const QStringList& args)>& command);

} // namespace ServerFileCommand
