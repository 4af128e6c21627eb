#pragma once
// Unlock: register file (with Browse… and the recently used files), user and password. The
// page only collects input and shows state; the Session opens the register in a worker.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace custos::ui {

class UnlockPage : public QWidget {
    Q_OBJECT
public:
    explicit UnlockPage(QWidget *parent = nullptr);

    void setRecentRegisters(const QStringList &paths);
    void setRegisterPath(const QString &path);
    void setUser(const QString &user);
    QString registerPath() const;
    QString user() const;

    void setBusy(bool busy);
    void showError(const QString &message); // empty hides the message
    // A headline over core's sentence ("The register could not be opened." + why).
    void showOpenError(const QString &headline, const QString &message);
    QString errorText() const;
    void clearPassword();
    void focusFirstEmpty();

protected:
    void changeEvent(QEvent *event) override;

signals:
    // The password is a fresh buffer the receiver owns (and wipes).
    void unlockRequested(const QString &path, const QString &user, QByteArray password);
    void createRequested(); // "Create new register…"

private:
    void retranslateUi();
    void browse();
    void submit();

    QLabel *m_tagline;
    QLabel *m_intro;
    QLabel *m_pathLabel;
    QLabel *m_userLabel;
    QLabel *m_passwordLabel;
    QComboBox *m_path;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QPushButton *m_browse;
    QPushButton *m_unlock;
    QPushButton *m_create;
    QProgressBar *m_busy;
    QLabel *m_busyText;
    QLabel *m_error;
};

} // namespace custos::ui
