#pragma once

#include <QString>

class QApplication;

// The two ways the windowed program starts; implemented by the composition root (Application.cpp).
namespace GuiEntry {
// Opens `file` (or the last / default file when empty), shows the main window and runs the event loop.
int run(QApplication& app, const QString& file);
// --smoke: opens `file`, builds and paints the main window once, prints load and first-paint times.
int smoke(QApplication& app, const QString& file);
// --screenshots DIR: opens `file` as of mid-September of its campaign, saves every view, the welcome
// and the user guide as DIR/<view>.png (tools/make-help-screenshots.sh makes the guide's pictures).
int screenshots(QApplication& app, const QString& file, const QString& dir);
} // namespace GuiEntry
