// custos: the desktop console. Parses the command line and hands over to custos_ui.

#include "app/Format.h"
#include "app/Language.h"
#include "app/Launch.h"
#include "app/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStringList>

#include <cstdio>

using custos::ui::Language;

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

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Custos"));
    QCoreApplication::setApplicationName(QStringLiteral("custos"));
    QCoreApplication::setApplicationVersion(custos::ui::versionString());
}

struct Options {
    QCommandLineOption registerPath, user, passwordFile, screenshot, lang, version, help;
};

// The options in the installed language (in English while no translator is installed).
Options makeOptions()
{
    const QString path = QCoreApplication::translate("main", "PATH");
    const QString name = QCoreApplication::translate("main", "NAME");
    const QString file = QCoreApplication::translate("main", "FILE");
    const QString dir = QCoreApplication::translate("main", "DIR");
    const QString lang = QCoreApplication::translate("main", "LANG");
    return Options{
        {QStringLiteral("register"), QCoreApplication::translate("main", "Register file to open."), path},
        {QStringLiteral("user"), QCoreApplication::translate("main", "User name."), name},
        {QStringLiteral("password-file"),
         QCoreApplication::translate("main", "Read the password from the first line of %1 and open the register at once.").arg(file), file},
        {QStringLiteral("screenshot"),
         QCoreApplication::translate("main", "Render every screen to %1/<screen>.png at 1280x800 and exit.").arg(dir), dir},
        {QStringLiteral("lang"),
         QCoreApplication::translate("main", "Interface language: en, de or fr (default: the last choice in View > Language, else the "
                                             "system language, else en)."),
         lang},
        {QStringLiteral("version"), QCoreApplication::translate("main", "Print the version and exit.")},
        {QStringList{QStringLiteral("help"), QStringLiteral("h")}, QCoreApplication::translate("main", "Show this help.")},
    };
}

bool parse(QCommandLineParser &parser, const Options &o, const QStringList &args)
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "Custos custody operations console"));
    parser.addOptions({o.registerPath, o.user, o.passwordFile, o.screenshot, o.lang, o.version, o.help});
    return parser.parse(args) && parser.positionalArguments().isEmpty();
}

// Help, version and argument errors: printed in the chosen language under a QCoreApplication, so
// they need no display. Returns the exit code.
int printOnly(int argc, char *argv[], const QStringList &args, const QString &requestedLang)
{
    QCoreApplication core(argc, argv);
    setIdentity();
    Language language;
    language.apply(Language::preferred(requestedLang));
    const Options o = makeOptions();
    QCommandLineParser parser;
    if (!parse(parser, o, args)) {
        const QString why = parser.errorText().isEmpty()
                                ? QCoreApplication::translate("main", "unexpected argument '%1'").arg(parser.positionalArguments().value(0))
                                : parser.errorText();
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "custos: %1 (see custos --help)").arg(why)));
        return 2;
    }
    if (const QString lang = parser.value(o.lang); !lang.isEmpty() && !Language::isSupported(lang)) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate("main", "custos: there is no '%1' interface language; choose en, de or fr.").arg(lang)));
        return 2;
    }
    if (parser.isSet(o.help)) {
        // The usage line names the program as invoked; it is called custos wherever it lives.
        QString help = parser.helpText();
        const QString invoked = QCoreApplication::arguments().constFirst();
        if (const qsizetype at = help.indexOf(invoked); at >= 0)
            help.replace(at, invoked.size(), QStringLiteral("custos"));
        std::fprintf(stdout, "%s", qPrintable(help));
        return 0;
    }
    if (parser.isSet(o.version)) {
        std::fprintf(stdout, "custos %s\n", qPrintable(custos::ui::versionString()));
        return 0;
    }
    std::fprintf(stderr, "%s\n",
                 qPrintable(QCoreApplication::translate("main", "custos: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set). "
                                                                "To run headless, render the screens with QT_QPA_PLATFORM=offscreen custos "
                                                                "--screenshot DIR --register PATH --user NAME --password-file FILE, or use "
                                                                "custosctl.")));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    // A first look, before any application object exists, decides what kind of run this is.
    const Options o = makeOptions();
    QCommandLineParser parser;
    const bool parsed = parse(parser, o, args);
    const QString lang = parser.value(o.lang); // read even when other arguments are wrong, to complain in it
    const bool screenshots = parsed && parser.isSet(o.screenshot);
    if (!parsed || (!lang.isEmpty() && !Language::isSupported(lang)) || parser.isSet(o.help) || parser.isSet(o.version) ||
        (noDisplay() && !screenshots))
        return printOnly(argc, argv, args, Language::isSupported(lang) ? lang : QString());

    custos::ui::LaunchOptions options;
    options.registerPath = parser.value(o.registerPath);
    options.user = parser.value(o.user);
    options.passwordFile = parser.value(o.passwordFile);
    options.screenshotDir = parser.value(o.screenshot);
    if (noDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    setIdentity();
    Language language;
    language.apply(Language::preferred(lang));
    custos::ui::applyTheme(app);
    return options.screenshotDir.isEmpty() ? custos::ui::runWindow(options) : custos::ui::takeScreenshots(options);
}
