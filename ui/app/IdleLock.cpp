#include "app/IdleLock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>
#include <QTimer>

namespace custos::ui {

namespace {
const char kKey[] = "security/idleLockMinutes";
}

int IdleLock::savedMinutes()
{
    bool ok = false;
    const int m = QSettings().value(QLatin1String(kKey), kDefaultMinutes).toInt(&ok);
    return ok ? qBound(0, m, kMaxMinutes) : kDefaultMinutes;
}

void IdleLock::saveMinutes(int minutes)
{
    QSettings().setValue(QLatin1String(kKey), qBound(0, minutes, kMaxMinutes));
}

IdleLock::IdleLock(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_active)
            emit idle();
    });
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleLock::setInterval(int milliseconds)
{
    m_interval = qMax(0, milliseconds);
    rearm();
}

int IdleLock::interval() const
{
    return m_interval;
}

void IdleLock::setActive(bool active)
{
    m_active = active;
    rearm();
}

void IdleLock::poke()
{
    if (m_active && m_interval > 0)
        m_timer->start(m_interval);
}

void IdleLock::rearm()
{
    if (m_active && m_interval > 0)
        m_timer->start(m_interval);
    else
        m_timer->stop();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
        poke();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace custos::ui
