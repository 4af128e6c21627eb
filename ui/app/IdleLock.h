#pragma once
// Locks the console after a quiet spell: an application-wide event filter restarts a timer on
// every key press, mouse press or move, wheel turn and touch; when the timer runs out, idle()
// is emitted (MainWindow then drops the register and returns to Unlock). The time is a
// workstation preference (QSettings "security/idleLockMinutes", default 10; 0 never locks).

#include <QObject>

class QTimer;

namespace custos::ui {

class IdleLock : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultMinutes = 10;
    static constexpr int kMaxMinutes = 480;
    static int savedMinutes();
    static void saveMinutes(int minutes);

    explicit IdleLock(QObject *parent = nullptr);
    ~IdleLock() override;

    void setInterval(int milliseconds); // 0 switches the lock off (tests use short intervals)
    int interval() const;
    void setActive(bool active);        // armed only while a register is open
    bool isActive() const { return m_active; }
    void poke();                        // counts as activity

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rearm();
    QTimer *m_timer;
    int m_interval = 0;
    bool m_active = false;
};

} // namespace custos::ui
