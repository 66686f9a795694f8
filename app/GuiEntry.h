#pragma once

#include <QString>

class QApplication;

// The two ways the windowed program starts; implemented by the composition root (Application.cpp).
namespace GuiEntry {
// Opens `file` (or the last / default file when empty), shows the main window and runs the event loop.
int run(QApplication& app, const QString& file);
// --smoke: opens `file`, builds and paints the main window once, prints load and first-paint times.
int smoke(QApplication& app, const QString& file);
} // namespace GuiEntry
