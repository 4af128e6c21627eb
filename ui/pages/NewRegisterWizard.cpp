#include "pages/NewRegisterWizard.h"

#include "app/Format.h"
#include "app/Theme.h"
#include "register/KeyFile.h"
#include "register/Register.h"
#include "settings/Custodian.h"
#include "widgets/SecretClipboard.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace custos::ui {

namespace {

constexpr double kKdfSeconds = 0.5;   // one unlock costs about this on this machine
constexpr quint32 kKdfMemoryKiB = 65536;
constexpr quint32 kKdfLanes = 2;

QString withSuffix(const QString &path)
{
    const QString p = path.trimmed();
    return p.isEmpty() || p.endsWith(QLatin1String(".custos")) ? p : p + QStringLiteral(".custos");
}

QStringList recoveryGroups(const QString &key)
{
    return key.split(QLatin1Char('-'), Qt::SkipEmptyParts);
}

} // namespace

// A page whose completeness and validation the wizard decides.
class NewRegisterWizard::FormPage : public QWizardPage {
public:
    FormPage(NewRegisterWizard *wizard, int id) : QWizardPage(wizard), m_wizard(wizard), m_id(id) {}
    std::function<bool()> complete;
    std::function<void()> entered;
    bool isComplete() const override { return complete ? complete() : true; }
    bool validatePage() override
    {
        const QString problem = m_wizard->problemOnPage(m_id);
        if (m_id < int(m_wizard->m_problems.size())) {
            QLabel *l = m_wizard->m_problems.at(m_id);
            l->setText(problem);
            l->setVisible(!problem.isEmpty());
        }
        return problem.isEmpty();
    }
    void initializePage() override
    {
        if (entered)
            entered();
    }
    void changed() { emit completeChanged(); }

private:
    NewRegisterWizard *m_wizard;
    int m_id;
};

NewRegisterWizard::NewRegisterWizard(QWidget *parent) : QWizard(parent)
{
    setObjectName(QStringLiteral("newRegisterWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setMinimumSize(680, 520);
    m_confirmGroup = 2 + int(QRandomGenerator::global()->bounded(6)); // one of groups 2..7
    buildPages();
    retranslateUi();
}

NewRegisterWizard::~NewRegisterWizard()
{
    m_passwordBytes.fill('\0');
    if (m_watcher)
        m_watcher->waitForFinished(); // the worker writes files; let it end before the wizard goes
}

void NewRegisterWizard::buildPages()
{
    auto problemLabel = [this](QWidget *page) {
        auto *l = new QLabel(page);
        setTone(l, Tone::Bad);
        l->hide();
        m_problems.append(l);
        return l;
    };
    auto formLayout = [](QVBoxLayout *into) {
        auto *f = new QFormLayout;
        f->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
        f->setHorizontalSpacing(12);
        f->setVerticalSpacing(8);
        into->addLayout(f);
        return f;
    };

    // File
    auto *file = new FormPage(this, FilePage);
    auto *fileBox = new QVBoxLayout(file);
    m_fileIntro = new QLabel(file);
    m_fileIntro->setWordWrap(true);
    m_path = new QLineEdit(file);
    m_path->setObjectName(QStringLiteral("wizardPath"));
    m_browse = new QPushButton(file);
    m_fileLabel = new QLabel(file);
    m_fileLabel->setBuddy(m_path);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    fileBox->addWidget(m_fileIntro);
    formLayout(fileBox)->addRow(m_fileLabel, pathRow);
    fileBox->addWidget(problemLabel(file));
    fileBox->addStretch(1);
    file->complete = [this] { return !m_path->text().trimmed().isEmpty(); };
    connect(m_path, &QLineEdit::textChanged, file, &FormPage::changed);
    connect(m_browse, &QPushButton::clicked, this, &NewRegisterWizard::browse);
    setPage(FilePage, file);

    // Custodian
    auto *cust = new FormPage(this, CustodianPage);
    auto *custBox = new QVBoxLayout(cust);
    m_custIntro = new QLabel(cust);
    m_custIntro->setWordWrap(true);
    m_custName = new QLineEdit(cust);
    m_custName->setObjectName(QStringLiteral("wizardCustodianName"));
    m_custAddress = new QPlainTextEdit(cust);
    m_custAddress->setTabChangesFocus(true);
    m_custAddress->setFixedHeight(m_custAddress->fontMetrics().lineSpacing() * 4 + 16);
    m_custAuth = new QLineEdit(cust);
    m_custContact = new QLineEdit(cust);
    m_custNameLabel = new QLabel(cust);
    m_custAddressLabel = new QLabel(cust);
    m_custAuthLabel = new QLabel(cust);
    m_custContactLabel = new QLabel(cust);
    m_custNameLabel->setBuddy(m_custName);
    m_custAddressLabel->setBuddy(m_custAddress);
    m_custAuthLabel->setBuddy(m_custAuth);
    m_custContactLabel->setBuddy(m_custContact);
    custBox->addWidget(m_custIntro);
    QFormLayout *cf = formLayout(custBox);
    cf->addRow(m_custNameLabel, m_custName);
    cf->addRow(m_custAddressLabel, m_custAddress);
    cf->addRow(m_custAuthLabel, m_custAuth);
    cf->addRow(m_custContactLabel, m_custContact);
    custBox->addWidget(problemLabel(cust));
    custBox->addStretch(1);
    cust->complete = [this] { return !m_custName->text().trimmed().isEmpty(); };
    connect(m_custName, &QLineEdit::textChanged, cust, &FormPage::changed);
    setPage(CustodianPage, cust);

    // First admin
    auto *admin = new FormPage(this, AdminPage);
    auto *adminBox = new QVBoxLayout(admin);
    m_adminIntro = new QLabel(admin);
    m_adminIntro->setWordWrap(true);
    m_adminName = new QLineEdit(admin);
    m_adminName->setObjectName(QStringLiteral("wizardAdminName"));
    m_password = new QLineEdit(admin);
    m_password->setObjectName(QStringLiteral("wizardPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(admin);
    m_repeat->setObjectName(QStringLiteral("wizardRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_adminNameLabel = new QLabel(admin);
    m_passwordLabel = new QLabel(admin);
    m_repeatLabel = new QLabel(admin);
    m_adminNameLabel->setBuddy(m_adminName);
    m_passwordLabel->setBuddy(m_password);
    m_repeatLabel->setBuddy(m_repeat);
    adminBox->addWidget(m_adminIntro);
    QFormLayout *af = formLayout(adminBox);
    af->addRow(m_adminNameLabel, m_adminName);
    af->addRow(m_passwordLabel, m_password);
    af->addRow(m_repeatLabel, m_repeat);
    adminBox->addWidget(problemLabel(admin));
    adminBox->addStretch(1);
    admin->complete = [this] { return !m_adminName->text().isEmpty() && !m_password->text().isEmpty() && !m_repeat->text().isEmpty(); };
    for (QLineEdit *e : {m_adminName, m_password, m_repeat})
        connect(e, &QLineEdit::textChanged, admin, &FormPage::changed);
    setPage(AdminPage, admin);

    // Create (in a worker); once created there is no way back.
    auto *create = new FormPage(this, CreatePage);
    create->setCommitPage(true);
    auto *createBox = new QVBoxLayout(create);
    m_createText = new QLabel(create);
    m_createText->setWordWrap(true);
    m_createText->setObjectName(QStringLiteral("wizardCreateText"));
    m_createBusy = new QProgressBar(create);
    m_createBusy->setRange(0, 0);
    m_createBusy->setTextVisible(false);
    m_createBusy->setFixedHeight(8);
    createBox->addWidget(m_createText);
    createBox->addWidget(m_createBusy);
    createBox->addWidget(problemLabel(create));
    createBox->addStretch(1);
    create->complete = [this] { return m_created; };
    create->entered = [this] { startCreate(); };
    setPage(CreatePage, create);

    // Recovery key, shown once.
    auto *recovery = new FormPage(this, RecoveryPage);
    auto *recoveryBox = new QVBoxLayout(recovery);
    m_recoveryIntro = new QLabel(recovery);
    m_recoveryIntro->setWordWrap(true);
    m_recoveryKey = new QLabel(recovery);
    m_recoveryKey->setObjectName(QStringLiteral("wizardRecoveryKey"));
    m_recoveryKey->setFont(monospaceFont());
    // Not selectable: a mouse selection would reach the X11 primary selection and the label's
    // own "Copy" menu would bypass the secret hint; the Copy button below is the only way.
    m_recoveryKey->setTextInteractionFlags(Qt::NoTextInteraction);
    m_recoveryKey->setAlignment(Qt::AlignCenter);
    m_recoveryKey->setStyleSheet(QStringLiteral("font-size: 15px; padding: 14px; background: #ffffff; border: 1px solid #c9d2dc;"));
    m_recoveryWarning = new QLabel(recovery);
    setTone(m_recoveryWarning, Tone::Neutral);
    recoveryBox->addWidget(m_recoveryIntro);
    recoveryBox->addWidget(m_recoveryKey);
    m_clipboard = new SecretClipboard(this);
    m_copyKey = new QPushButton(recovery);
    m_copyKey->setObjectName(QStringLiteral("wizardCopyRecoveryKey"));
    m_copyNote = new QLabel(recovery);
    m_copyNote->setObjectName(QStringLiteral("wizardCopyNote"));
    m_copyNote->setWordWrap(true);
    m_copyNote->hide();
    connect(m_copyKey, &QPushButton::clicked, this, [this] {
        m_clipboard->copy(m_outcome.recoveryKey);
        m_copyNote->setText(copyNote(true));
        m_copyNote->show();
    });
    connect(m_clipboard, &SecretClipboard::cleared, this, [this] { m_copyNote->setText(copyNote(false)); });
    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copyKey);
    copyRow->addWidget(m_copyNote, 1);
    recoveryBox->addLayout(copyRow);
    recoveryBox->addWidget(m_recoveryWarning);
    recoveryBox->addWidget(problemLabel(recovery));
    recoveryBox->addStretch(1);
    setPage(RecoveryPage, recovery);

    // Confirmation: one group typed back.
    auto *confirm = new FormPage(this, ConfirmPage);
    auto *confirmBox = new QVBoxLayout(confirm);
    m_confirmIntro = new QLabel(confirm);
    m_confirmIntro->setWordWrap(true);
    m_confirm = new QLineEdit(confirm);
    m_confirm->setObjectName(QStringLiteral("wizardConfirm"));
    m_confirm->setFont(monospaceFont());
    m_confirm->setMaxLength(8);
    m_confirmLabel = new QLabel(confirm);
    m_confirmLabel->setBuddy(m_confirm);
    confirmBox->addWidget(m_confirmIntro);
    formLayout(confirmBox)->addRow(m_confirmLabel, m_confirm);
    confirmBox->addWidget(problemLabel(confirm));
    confirmBox->addStretch(1);
    confirm->complete = [this] { return m_confirm->text().trimmed().size() == 8; };
    connect(m_confirm, &QLineEdit::textChanged, confirm, &FormPage::changed);
    setPage(ConfirmPage, confirm);
    setStartId(FilePage);
}

void NewRegisterWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void NewRegisterWizard::retranslateUi()
{
    setWindowTitle(tr("Create a new register"));
    page(FilePage)->setTitle(tr("Register file"));
    page(FilePage)->setSubTitle(tr("Where the encrypted register is kept. Its key file is written beside it (NAME.custos-keys)."));
    m_fileIntro->setText(tr("Choose a new file. Custos never overwrites an existing register or key file."));
    m_fileLabel->setText(tr("&File:"));
    m_browse->setText(tr("&Browse…"));
    m_path->setAccessibleName(tr("New register file"));

    page(CustodianPage)->setTitle(tr("Custodian details"));
    page(CustodianPage)->setSubTitle(tr("Printed on client statements and in the evidence pack; admins can change them later."));
    m_custIntro->setText(tr("The legal name is required; the rest can be completed later under Administration."));
    m_custNameLabel->setText(tr("Legal &name:"));
    m_custAddressLabel->setText(tr("Postal &address:"));
    m_custAuthLabel->setText(tr("MiCA a&uthorisation:"));
    m_custContactLabel->setText(tr("Dis&crepancy contact:"));
    m_custName->setAccessibleName(tr("Custodian's legal name"));
    m_custAddress->setAccessibleName(tr("Custodian's postal address"));
    m_custAuth->setAccessibleName(tr("Custodian's MiCA authorisation"));
    m_custContact->setAccessibleName(tr("Discrepancy contact"));

    page(AdminPage)->setTitle(tr("First administrator"));
    page(AdminPage)->setSubTitle(tr("This user adds the other users, key sets and settings."));
    m_adminIntro->setText(tr("Choose a strong password of at least 8 characters; nobody can recover it, only the recovery key "
                             "opens the register without it."));
    m_adminNameLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_repeatLabel->setText(tr("Re&peat password:"));
    m_adminName->setAccessibleName(tr("Administrator's user name"));
    m_password->setAccessibleName(tr("Administrator's password"));
    m_repeat->setAccessibleName(tr("Administrator's password, repeated"));

    page(CreatePage)->setTitle(tr("Creating the register"));
    page(CreatePage)->setSubTitle(tr("The password's key derivation (Argon2id) is tuned to this computer, then the register is written."));
    if (m_created)
        m_createText->setText(tr("The register %1 was created. Next, write down its recovery key.").arg(registerPath()));
    else if (isCreating())
        m_createText->setText(tr("Measuring this computer and writing the register… this takes a few seconds."));
    else
        m_createText->setText(tr("The register could not be created. Go back to change the file or the details, then try again."));
    setButtonText(QWizard::CommitButton, tr("&Continue"));

    page(RecoveryPage)->setTitle(tr("Recovery key"));
    page(RecoveryPage)->setSubTitle(tr("Shown only now. Write it down or print it, and keep it in a safe place."));
    m_recoveryIntro->setText(tr("The recovery key opens the register when no user's password can (for a restore or an "
                                "investigation). Anyone holding it can read the whole register."));
    // Two lines of four groups, so it reads (and copies) whole at any width.
    const QStringList groups = recoveryGroups(m_outcome.recoveryKey);
    m_recoveryKey->setText(groups.size() == 8 ? groups.mid(0, 4).join(QLatin1Char('-')) + QStringLiteral("-\n") +
                                                    groups.mid(4).join(QLatin1Char('-'))
                                              : m_outcome.recoveryKey);
    m_recoveryWarning->setText(tr("Custos does not store this key anywhere in readable form and will not show it again."));
    m_copyKey->setText(tr("&Copy"));
    m_copyKey->setToolTip(tr("Copies the key for a password manager. Clipboard managers are asked not to keep it, and the "
                             "clipboard is cleared after %n second(s) or when this wizard closes.",
                             nullptr, int(m_clipboard->clearAfter().count() / 1000)));
    if (!m_copyNote->isHidden())
        m_copyNote->setText(copyNote(m_clipboard->holdsSecret()));

    page(ConfirmPage)->setTitle(tr("Confirm the recovery key"));
    page(ConfirmPage)->setSubTitle(tr("To make sure it was written down correctly."));
    m_confirmIntro->setText(tr("Type group %1 of the recovery key (the %1. block of eight characters, counted from the left).")
                                .arg(m_confirmGroup));
    m_confirmLabel->setText(tr("Group &%1:").arg(m_confirmGroup));
    m_confirm->setAccessibleName(tr("Group %1 of the recovery key").arg(m_confirmGroup));
}

QString NewRegisterWizard::copyNote(bool onClipboard) const
{
    return onClipboard ? tr("Copied. The clipboard will be cleared in %n second(s).", nullptr, int(m_clipboard->clearAfter().count() / 1000))
                       : tr("The clipboard was cleared.");
}

void NewRegisterWizard::setClipboardClearAfter(std::chrono::milliseconds after)
{
    m_clipboard->setClearAfter(after);
}

void NewRegisterWizard::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("New register file"), m_path->text(), tr("Custos registers (*.custos)"),
                                                        nullptr, QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_path->setText(withSuffix(chosen));
}

QString NewRegisterWizard::registerPath() const
{
    return QFileInfo(withSuffix(m_path->text())).absoluteFilePath();
}

QString NewRegisterWizard::adminName() const
{
    return m_adminName->text().trimmed();
}

QByteArray NewRegisterWizard::takePassword()
{
    QByteArray out = m_passwordBytes;
    m_passwordBytes.fill('\0');
    m_passwordBytes.clear();
    return out;
}

QString NewRegisterWizard::problemOnPage(int id) const
{
    switch (id) {
    case FilePage: {
        if (m_path->text().trimmed().isEmpty())
            return tr("Choose a file for the register.");
        const QString path = registerPath();
        const QFileInfo info(path);
        if (!info.dir().exists())
            return tr("The folder %1 does not exist; choose an existing folder.").arg(info.dir().path());
        if (info.exists())
            return tr("%1 exists already; Custos never overwrites a register. Choose a new file name.").arg(path);
        if (QFileInfo::exists(reg::KeyFile::pathFor(path)))
            return tr("A key file %1 exists already; choose another file name.").arg(reg::KeyFile::pathFor(path));
        return {};
    }
    case CustodianPage:
        return m_custName->text().trimmed().isEmpty() ? tr("Enter the custodian's legal name.") : QString();
    case AdminPage:
        if (!reg::isValidName(adminName()))
            return tr("'%1' is not a valid user name; use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.")
                .arg(adminName());
        if (m_password->text().toUtf8().size() < 8)
            return tr("The password must have at least 8 characters.");
        if (m_password->text() != m_repeat->text())
            return tr("The two passwords differ; type the same password twice.");
        return {};
    case CreatePage:
        return m_created ? QString() : (m_outcome.error.isEmpty() ? tr("The register is not created yet.") : m_outcome.error);
    case ConfirmPage: {
        const QStringList groups = recoveryGroups(m_outcome.recoveryKey);
        const QString want = groups.value(m_confirmGroup - 1);
        if (want.isEmpty() || m_confirm->text().trimmed().compare(want, Qt::CaseInsensitive) != 0)
            return tr("That is not group %1 of the recovery key. Look at what you wrote down; go back to see the key again only if "
                      "you have not left this wizard.")
                .arg(m_confirmGroup);
        return {};
    }
    default:
        return {};
    }
}

void NewRegisterWizard::startCreate()
{
    if (m_created || m_watcher)
        return;
    m_outcome = {};
    m_problems.at(CreatePage)->hide();
    m_createBusy->show();
    m_passwordBytes = m_password->text().toUtf8();
    m_password->clear();
    m_repeat->clear();
    const settings::Custodian custodian{m_custName->text().trimmed(), m_custAddress->toPlainText().trimmed(), m_custAuth->text().trimmed(),
                                        m_custContact->text().trimmed()};
    m_watcher = new QFutureWatcher<CreateOutcome>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &NewRegisterWizard::finishCreate);
    button(QWizard::BackButton)->setEnabled(false);
    retranslateUi();
    m_watcher->setFuture(QtConcurrent::run([path = registerPath(), admin = adminName(), pw = m_passwordBytes, custodian,
                                            fixed = m_fixedKdf]() mutable {
        CreateOutcome out;
        out.kdf = fixed ? *fixed : crypto::calibrateArgon2id(kKdfSeconds, kKdfMemoryKiB, kKdfLanes);
        auto created = reg::Register::create(path, admin, pw, out.kdf);
        pw.fill('\0');
        if (!created.ok()) {
            out.error = created.message();
            return out;
        }
        if (Status s = settings::setCustodian(*created->reg, custodian); !s.ok()) {
            out.error = s.message();
            return out;
        }
        out.recoveryKey = created->recoveryKey;
        return out;
    }));
}

void NewRegisterWizard::finishCreate()
{
    m_outcome = m_watcher->result();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_createBusy->hide();
    m_created = m_outcome.error.isEmpty();
    if (!m_created) {
        m_passwordBytes.fill('\0');
        m_passwordBytes.clear();
        QLabel *problem = m_problems.at(CreatePage);
        problem->setText(m_outcome.error);
        problem->show();
        button(QWizard::BackButton)->setEnabled(true);
    } else {
        setOption(QWizard::NoCancelButton, true); // the key is on screen only now: no leaving half-way
    }
    retranslateUi();
    static_cast<FormPage *>(page(CreatePage))->changed();
}

} // namespace custos::ui
