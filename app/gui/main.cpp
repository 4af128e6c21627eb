// custos: the desktop console. Parses the command line and hands over to custos_ui.

#include "app/Format.h"
#include "app/Launch.h"
#include "app/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStringList>

#include <cstdio>

namespace {

// On Linux a GUI needs X11 or Wayland unless a Qt platform is chosen explicitly.
bool noDisplay()
{
#ifdef Q_OS_LINUX
    return qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
           qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return false;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Custos custody operations console"));
    const QCommandLineOption registerOpt(QStringLiteral("register"), QStringLiteral("Register file to open."), QStringLiteral("PATH"));
    const QCommandLineOption userOpt(QStringLiteral("user"), QStringLiteral("User name."), QStringLiteral("NAME"));
    const QCommandLineOption passwordOpt(QStringLiteral("password-file"),
                                         QStringLiteral("Read the password from the first line of FILE and open the register at once."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption screenshotOpt(QStringLiteral("screenshot"),
                                           QStringLiteral("Render every screen to DIR/<screen>.png at 1280x800 and exit."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption versionOpt(QStringLiteral("version"), QStringLiteral("Print the version and exit."));
    const QCommandLineOption helpOpt(QStringList{QStringLiteral("help"), QStringLiteral("h")}, QStringLiteral("Show this help."));
    parser.addOptions({registerOpt, userOpt, passwordOpt, screenshotOpt, versionOpt, helpOpt});
    if (!parser.parse(args) || !parser.positionalArguments().isEmpty()) {
        const QString why = parser.errorText().isEmpty()
                                ? QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().value(0))
                                : parser.errorText();
        std::fprintf(stderr, "custos: %s (see custos --help)\n", qPrintable(why));
        return 2;
    }
    if (parser.isSet(helpOpt)) {
        // parse() runs before QApplication exists, so the help text cannot know our name.
        std::fprintf(stdout, "%s", qPrintable(parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("custos"))));
        return 0;
    }
    if (parser.isSet(versionOpt)) {
        std::fprintf(stdout, "custos %s\n", qPrintable(custos::ui::versionString()));
        return 0;
    }

    custos::ui::LaunchOptions options;
    options.registerPath = parser.value(registerOpt);
    options.user = parser.value(userOpt);
    options.passwordFile = parser.value(passwordOpt);
    options.screenshotDir = parser.value(screenshotOpt);

    if (noDisplay()) {
        if (options.screenshotDir.isEmpty()) {
            std::fprintf(stderr, "custos: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set). To run headless, render "
                                 "the screens with QT_QPA_PLATFORM=offscreen custos --screenshot DIR --register PATH --user NAME "
                                 "--password-file FILE, or use custosctl.\n");
            return 2;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Custos"));
    QApplication::setApplicationName(QStringLiteral("custos"));
    QApplication::setApplicationVersion(custos::ui::versionString());
    custos::ui::applyTheme(app);
    return options.screenshotDir.isEmpty() ? custos::ui::runWindow(options) : custos::ui::takeScreenshots(options);
}
