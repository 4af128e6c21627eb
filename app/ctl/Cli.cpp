#include "Cli.h"

#include "crypto/ProcessGuard.h"
#include "crypto/SecureBytes.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace custos::cli {

int exitCode(ErrorCode c)
{
    switch (c) {
    case ErrorCode::Found: return 1;
    case ErrorCode::BadInput: return 2;
    case ErrorCode::CannotOpen: return 3;
    case ErrorCode::Denied: return 4;
    case ErrorCode::SourceFailed: return 5;
    case ErrorCode::Internal: return 70;
    }
    return 70;
}

QString Args::value(const QString &name)
{
    const QString opt = QStringLiteral("--") + name;
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        if (m_args[i] == opt && i + 1 < m_args.size()) {
            const QString v = m_args[i + 1];
            m_args.remove(i, 2);
            return v;
        }
        if (m_args[i].startsWith(opt + QLatin1Char('='))) {
            const QString v = m_args[i].mid(opt.size() + 1);
            m_args.removeAt(i);
            return v;
        }
    }
    return QString();
}

Result<QString> Args::required(const QString &name)
{
    const QString v = value(name);
    if (v.isEmpty())
        return makeError(ErrorCode::BadInput, QStringLiteral("missing --%1").arg(name));
    return v;
}

bool Args::flag(const QString &name)
{
    return m_args.removeAll(QStringLiteral("--") + name) > 0;
}

QString Args::positional()
{
    for (qsizetype i = 0; i < m_args.size(); ++i)
        if (!m_args[i].startsWith(QLatin1String("--"))) {
            const QString v = m_args[i];
            m_args.removeAt(i);
            return v;
        }
    return QString();
}

Status Args::done() const
{
    if (m_args.isEmpty())
        return okStatus();
    return makeError(ErrorCode::BadInput, QStringLiteral("unexpected argument '%1'").arg(m_args.first()));
}

Result<QByteArray> Cli::readPasswordFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::BadInput, QStringLiteral("cannot read the password file %1: %2").arg(path, f.errorString()));
    QByteArray line = f.readLine(64 * 1024);
    line.detach();
    if (line.endsWith('\n')) { // one trailing "\n" or "\r\n" is not part of the password
        line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);
    }
    if (line.isEmpty())
        return makeError(ErrorCode::BadInput, QStringLiteral("the password file %1 is empty").arg(path));
    return line;
}

Result<QByteArray> Cli::ask(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("no password given: use --password-file FILE or set CUSTOS_PASSWORD, or run on a terminal"));
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    char buf[1024];
    const char *got = std::fgets(buf, sizeof buf, stdin);
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fputc('\n', stderr);
    if (!got)
        return makeError(ErrorCode::BadInput, QStringLiteral("no password given"));
    QByteArray line(buf);
    std::fill(std::begin(buf), std::end(buf), '\0');
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

Result<QByteArray> Cli::password(const QString &prompt)
{
    crypto::guardProcessSecrets(); // no core dump may hold the password from here on
    if (!g.passwordFile.isEmpty())
        return readPasswordFile(g.passwordFile);
    const QByteArray env = qgetenv("CUSTOS_PASSWORD");
    if (!env.isEmpty())
        return env;
    return ask(prompt);
}

Result<std::unique_ptr<reg::Register>> Cli::open()
{
    if (g.registerPath.isEmpty())
        return makeError(ErrorCode::BadInput, QStringLiteral("no register given: use --register PATH or set CUSTOS_REGISTER"));
    if (g.user.isEmpty())
        return makeError(ErrorCode::BadInput, QStringLiteral("no user given: use --user NAME or set CUSTOS_USER"));
    if (!QFile::exists(g.registerPath))
        return makeError(ErrorCode::CannotOpen, QStringLiteral("no register at %1").arg(g.registerPath));
    auto pw = password();
    if (!pw.ok())
        return pw.error();
    auto opened = reg::Register::open(g.registerPath, g.user, *pw);
    crypto::wipe(*pw);
    return opened;
}

void Cli::print(const QString &line) const
{
    if (g.json)
        return;
    QTextStream(stdout) << line << '\n';
}

void Cli::printJson(const QJsonObject &o) const
{
    QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
}

void Cli::progress(const QString &what, qint64 done, qint64 total) const
{
    if (!isatty(STDERR_FILENO))
        return;
    const int pct = total > 0 ? int(100 * done / total) : 0;
    std::fprintf(stderr, "\r%s %3d%%", what.toLocal8Bit().constData(), pct);
    std::fflush(stderr);
}

void Cli::endProgress() const
{
    if (isatty(STDERR_FILENO))
        std::fputs("\r\033[K", stderr);
}

int Cli::fail(const Error &e) const
{
    QTextStream(stderr) << "custosctl: error: " << QString(e.message).replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\n';
    return exitCode(e.code);
}

} // namespace custos::cli
