#pragma once
// "Create new register": the file, the custodian's details, the first admin (name and password
// twice), then the creation itself in a worker (Argon2id calibrated for this machine, the
// register and its key file written, the custodian's details saved), the recovery key shown
// once, and a confirmation step where the user types back one group of it.

#include "crypto/Kdf.h"
#include "util/Result.h"

#include <QFutureWatcher>
#include <QWizard>

#include <chrono>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace custos::ui {

class SecretClipboard;

struct CreateOutcome {
    QString error; // core's sentence; empty on success
    QString recoveryKey;
    crypto::KdfParams kdf;
};

class NewRegisterWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilePage, CustodianPage, AdminPage, CreatePage, RecoveryPage, ConfirmPage };

    explicit NewRegisterWizard(QWidget *parent = nullptr);
    ~NewRegisterWizard() override;

    // Skips the calibration and uses these costs (tests).
    void setKdfParams(const crypto::KdfParams &kdf) { m_fixedKdf = kdf; }

    QString registerPath() const;
    QString adminName() const;
    QByteArray takePassword(); // the admin's password, once; the wizard keeps no copy
    QString recoveryKey() const { return m_outcome.recoveryKey; }
    // How long the recovery key copied with "Copy" stays on the clipboard (30 s; tests shorten it).
    void setClipboardClearAfter(std::chrono::milliseconds after);
    int confirmGroup() const { return m_confirmGroup; } // 1-based group the user must type
    bool isCreating() const { return m_watcher != nullptr; }
    bool isCreated() const { return m_created; }
    QString creationError() const { return m_outcome.error; }

    // The page's first problem as a sentence, empty when it may be left (validatePage uses it).
    QString problemOnPage(int id) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    class FormPage;
    void buildPages();
    void retranslateUi();
    void browse();
    void startCreate();
    void finishCreate();
    QString copyNote(bool onClipboard) const;

    // file
    QLabel *m_fileIntro, *m_fileLabel;
    QLineEdit *m_path;
    QPushButton *m_browse;
    // custodian
    QLabel *m_custIntro, *m_custNameLabel, *m_custAddressLabel, *m_custAuthLabel, *m_custContactLabel;
    QLineEdit *m_custName, *m_custAuth, *m_custContact;
    QPlainTextEdit *m_custAddress;
    // admin
    QLabel *m_adminIntro, *m_adminNameLabel, *m_passwordLabel, *m_repeatLabel;
    QLineEdit *m_adminName, *m_password, *m_repeat;
    // create
    QLabel *m_createText;
    QProgressBar *m_createBusy;
    // recovery
    QLabel *m_recoveryIntro, *m_recoveryKey, *m_recoveryWarning, *m_copyNote;
    QPushButton *m_copyKey;
    SecretClipboard *m_clipboard;
    // confirm
    QLabel *m_confirmIntro, *m_confirmLabel;
    QLineEdit *m_confirm;
    QList<QLabel *> m_problems; // one per form page

    std::optional<crypto::KdfParams> m_fixedKdf;
    QFutureWatcher<CreateOutcome> *m_watcher = nullptr;
    CreateOutcome m_outcome;
    bool m_created = false;
    int m_confirmGroup = 3;
    QByteArray m_passwordBytes;
};

} // namespace custos::ui
