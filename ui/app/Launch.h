#pragma once
// What the custos executable does once its arguments are parsed.

#include <QString>

namespace custos::ui {

struct LaunchOptions {
    QString registerPath;
    QString user;
    QString passwordFile;
    QString screenshotDir;
};

// The screens --screenshot renders, in order, each to DIR/<name>.png.
QStringList screenshotNames();

// Shows the main window; with a register, user and password file it opens that register at
// once (in the worker, as Unlock does). Returns the application's exit code.
int runWindow(const LaunchOptions &options);

// Renders every screen of the opened register to DIR/<screen>.png at 1280x800 via
// QWidget::grab(), never showing a window. 0 on success; otherwise prints a sentence to
// stderr and returns 2 (bad usage), 3 (cannot open the register) or 1 (a screen failed).
int takeScreenshots(const LaunchOptions &options);

} // namespace custos::ui
