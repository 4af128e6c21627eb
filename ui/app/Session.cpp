#include "app/Session.h"

#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

namespace custos::ui {

Session::Session(QObject *parent) : QObject(parent) {}

Session::~Session()
{
    if (m_watcher)
        m_watcher->disconnect(this);
}

void Session::open(const QString &path, const QString &user, QByteArray password)
{
    if (m_watcher)
        return;
    if (m_reg)
        close();
    m_watcher = new QFutureWatcher<OpenOutcome>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &Session::finishOpen);
    emit busyChanged(true);
    m_watcher->setFuture(QtConcurrent::run([path, user, pw = std::move(password)]() mutable {
        auto r = reg::Register::open(path, user, pw);
        pw.fill('\0');
        if (!r.ok())
            return OpenOutcome{nullptr, r.message()};
        return OpenOutcome{RegisterPtr(std::move(r.value())), QString()};
    }));
}

void Session::finishOpen()
{
    OpenOutcome outcome = m_watcher->result();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    emit busyChanged(false);
    if (!outcome.reg) {
        emit openFailed(outcome.error);
        return;
    }
    m_reg = std::move(outcome.reg);
    emit opened();
}

void Session::close()
{
    if (!m_reg)
        return;
    emit closing();
    m_reg.reset();
    emit closed();
}

Result<QByteArray> Session::readPasswordFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::BadInput, tr("cannot read the password file %1: %2").arg(path, f.errorString()));
    QByteArray line = f.readLine(64 * 1024);
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace custos::ui
