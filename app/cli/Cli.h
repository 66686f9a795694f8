#pragma once

// The command line: `campaign-planner [FILE]` starts the GUI; demo, check, export and --smoke run
// headless with one clear line on stderr and a non-zero exit on failure.
namespace Cli {
int run(int argc, char** argv);
} // namespace Cli
