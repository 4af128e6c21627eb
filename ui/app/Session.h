#pragma once
// The opened register, shared by every page. Opening derives the key with Argon2id (about half
// a second by design), so it runs in a worker; the GUI thread only gets the result.
// Workers that read the register (dashboard totals, audit verification) hold their own
// reference, so locking never pulls the database out from under a running worker: the
// connection closes when the last of them is done.

#include "register/Register.h"
#include "util/Result.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace custos::ui {

using RegisterPtr = std::shared_ptr<reg::Register>;

struct OpenOutcome {
    RegisterPtr reg;
    QString error; // core's sentence when reg is null
};

class Session : public QObject {
    Q_OBJECT
public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    bool isOpen() const { return m_reg != nullptr; }
    bool isOpening() const { return m_watcher != nullptr; }
    RegisterPtr reg() const { return m_reg; }

    // Opens in a worker; emits opened() or openFailed(sentence). The password bytes are wiped
    // once the key is derived. Ignored while an open is already running.
    void open(const QString &path, const QString &user, QByteArray password);
    // Emits closing() so views drop what they show, then releases the register.
    void close();

    // First line of FILE without its line ending, as custosctl reads it.
    static Result<QByteArray> readPasswordFile(const QString &path);

signals:
    void busyChanged(bool busy);
    void opened();
    void openFailed(const QString &message);
    void closing();
    void closed();

private:
    void finishOpen();

    RegisterPtr m_reg;
    QFutureWatcher<OpenOutcome> *m_watcher = nullptr;
};

} // namespace custos::ui
