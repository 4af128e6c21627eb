#pragma once
// Puts a secret (the recovery key) on the clipboard the way password managers do, and only on
// the user's explicit request: the data carries the MIME hint "x-kde-passwordManagerHint" =
// "secret", so clipboard histories (KDE Klipper, GNOME and other clipboard managers that honour
// it) do not keep it, and it is cleared after a timeout (30 s) or when this object goes away, if
// the clipboard still holds it (KeePassXC's behaviour). It keeps only a SHA-256 of the secret to
// recognise it, never the text. Password fields (QLineEdit::Password) never reach the clipboard:
// Qt refuses copy, cut and drag from them (tests/gui/TestClipboard pins it).

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace custos::ui {

class SecretClipboard : public QObject {
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kDefaultClearAfter{30000};
    static constexpr const char *kHintFormat = "x-kde-passwordManagerHint";

    explicit SecretClipboard(QObject *parent = nullptr);
    ~SecretClipboard() override; // clears the clipboard if it still holds the secret

    void setClearAfter(std::chrono::milliseconds after) { m_clearAfter = after; }
    std::chrono::milliseconds clearAfter() const { return m_clearAfter; }

    void copy(const QString &secret);
    bool holdsSecret() const; // the clipboard still holds what copy() placed
    void clearNow();          // clears it if it still holds the secret; forgets it either way

signals:
    void cleared(); // the timeout or clearNow() removed the secret from the clipboard

private:
    QTimer m_timer;
    QByteArray m_digest; // SHA-256 of the secret's UTF-8, while it may be on the clipboard
    std::chrono::milliseconds m_clearAfter = kDefaultClearAfter;
};

} // namespace custos::ui
