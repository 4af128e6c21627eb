// Custos never places a secret on the clipboard by itself: password fields refuse copy, cut
// and their context menu's Copy (and never reach the X11 selection), the recovery key is not
// selectable, and the wizard's "Copy" button marks the key as secret for clipboard managers
// ("x-kde-passwordManagerHint" = "secret") and clears it after the timeout, unless the user has
// copied something else since. Every change of the clipboard during a wizard run and an unlock
// is recorded and searched for the password. Runs offscreen.

#include "app/MainWindow.h"
#include "app/Session.h"
#include "pages/NewRegisterWizard.h"
#include "pages/UnlockPage.h"
#include "register/Register.h"
#include "widgets/SecretClipboard.h"

#include <QAction>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace custos;
using namespace custos::ui;
using namespace std::chrono_literals;

namespace {

const QString kPassword = QStringLiteral("Clip-board-Pa55");
const QString kSentinel = QStringLiteral("what the user copied before");
const crypto::KdfParams kCheap{1, 8192, 1};

QClipboard *clipboard()
{
    return QGuiApplication::clipboard();
}

QString clipboardText(QClipboard::Mode mode = QClipboard::Clipboard)
{
    const QMimeData *m = clipboard()->mimeData(mode);
    return m && m->hasText() ? m->text() : QString();
}

// Every text the clipboard (or the selection) held while it lives.
class ClipboardLog {
public:
    ClipboardLog()
    {
        const auto record = [this](QClipboard::Mode mode) {
            const QString t = clipboardText(mode);
            if (!t.isEmpty())
                seen.append(t);
        };
        m_c1 = QObject::connect(clipboard(), &QClipboard::dataChanged, [record] { record(QClipboard::Clipboard); });
        m_c2 = QObject::connect(clipboard(), &QClipboard::selectionChanged, [record] { record(QClipboard::Selection); });
    }
    ~ClipboardLog()
    {
        QObject::disconnect(m_c1);
        QObject::disconnect(m_c2);
    }
    ClipboardLog(const ClipboardLog &) = delete;
    ClipboardLog &operator=(const ClipboardLog &) = delete;

    bool anyContains(const QString &secret) const
    {
        return std::any_of(seen.cbegin(), seen.cend(), [&](const QString &t) { return t.contains(secret); });
    }
    QStringList seen;

private:
    QMetaObject::Connection m_c1, m_c2;
};

// Tries every way a user copies from a line edit; none may put the password anywhere.
void tryToCopy(QLineEdit *field)
{
    const QString before = field->text();
    field->setFocus();
    field->selectAll();
    field->copy();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Insert, Qt::ControlModifier);
    std::unique_ptr<QMenu> menu(field->createStandardContextMenu());
    int copyActions = 0;
    for (QAction *a : menu->actions()) {
        const bool copyOrCut = a->objectName() == QLatin1String("edit-copy") || a->objectName() == QLatin1String("edit-cut")
                            || a->text().startsWith(QLatin1String("&Copy")) || a->text().startsWith(QLatin1String("Cu&t"));
        if (!copyOrCut)
            continue;
        ++copyActions;
        QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        a->trigger();
    }
    QVERIFY(copyActions >= 1);
    field->selectAll();
    QTest::keyClick(field, Qt::Key_X, Qt::ControlModifier); // cut: may delete, must not copy
    field->setText(before);
}

QLineEdit *passwordField(QWidget *page)
{
    const auto edits = page->findChildren<QLineEdit *>();
    for (QLineEdit *e : edits)
        if (e->echoMode() == QLineEdit::Password)
            return e;
    return nullptr;
}

} // namespace

class TestClipboard : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void passwordFieldsRefuseCopy();
    void wizardCopyIsMarkedSecretAndCleared();
    void timeoutLeavesWhatTheUserCopiedSince();

private:
    QTemporaryDir m_dir;
};

void TestClipboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(clipboard());
}

void TestClipboard::passwordFieldsRefuseCopy()
{
    clipboard()->setText(kSentinel);
    ClipboardLog log;

    UnlockPage unlock;
    unlock.show();
    QLineEdit *field = passwordField(&unlock);
    QVERIFY(field);
    QTest::keyClicks(field, kPassword);
    QCOMPARE(field->text(), kPassword);
    tryToCopy(field);
    QVERIFY(!field->dragEnabled());

    NewRegisterWizard wizard;
    for (const char *name : {"wizardPassword", "wizardRepeat"}) {
        QLineEdit *e = wizard.findChild<QLineEdit *>(QLatin1String(name));
        QVERIFY(e);
        QCOMPARE(e->echoMode(), QLineEdit::Password);
        e->setText(kPassword);
        tryToCopy(e);
        QVERIFY(!e->dragEnabled());
    }

    QCOMPARE(clipboardText(), kSentinel);
    QVERIFY(!clipboardText(QClipboard::Selection).contains(kPassword));
    QVERIFY2(!log.anyContains(kPassword), qPrintable(log.seen.join(QLatin1Char('|'))));
}

void TestClipboard::wizardCopyIsMarkedSecretAndCleared()
{
    clipboard()->setText(kSentinel);
    ClipboardLog log;
    MainWindow w;
    NewRegisterWizard *wizard = w.createRegister();
    QVERIFY(wizard);
    wizard->setKdfParams(kCheap);
    wizard->setClipboardClearAfter(300ms);
    const QString path = m_dir.filePath(QStringLiteral("clip.custos"));
    wizard->findChild<QLineEdit *>(QStringLiteral("wizardPath"))->setText(path);
    wizard->next();
    wizard->findChild<QLineEdit *>(QStringLiteral("wizardCustodianName"))->setText(QStringLiteral("Nordlicht Verwahrung AG"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(NewRegisterWizard::AdminPage));
    wizard->findChild<QLineEdit *>(QStringLiteral("wizardAdminName"))->setText(QStringLiteral("root"));
    for (const char *name : {"wizardPassword", "wizardRepeat"}) {
        QLineEdit *e = wizard->findChild<QLineEdit *>(QLatin1String(name));
        QTest::keyClicks(e, kPassword);
        tryToCopy(e);
    }
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->isCreated(), 60000);
    QVERIFY2(wizard->creationError().isEmpty(), qPrintable(wizard->creationError()));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(NewRegisterWizard::RecoveryPage));
    const QString key = wizard->recoveryKey();
    QVERIFY(!key.isEmpty());

    // The key is shown but cannot be selected (no selection, no label context menu Copy).
    auto *label = wizard->findChild<QLabel *>(QStringLiteral("wizardRecoveryKey"));
    QVERIFY(label);
    QCOMPARE(label->textInteractionFlags(), Qt::TextInteractionFlags(Qt::NoTextInteraction));
    QCOMPARE(clipboardText(), kSentinel);

    // "Copy": the key, marked secret for clipboard managers.
    auto *copy = wizard->findChild<QPushButton *>(QStringLiteral("wizardCopyRecoveryKey"));
    QVERIFY(copy);
    QSignalSpy cleared(wizard->findChild<SecretClipboard *>(), &SecretClipboard::cleared);
    copy->click();
    QCOMPARE(clipboardText(), key);
    const QMimeData *mime = clipboard()->mimeData();
    QVERIFY(mime->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    auto *note = wizard->findChild<QLabel *>(QStringLiteral("wizardCopyNote"));
    QVERIFY(note && !note->isHidden());

    // Cleared after the (shortened) timeout, and the note says so.
    QTRY_COMPARE_WITH_TIMEOUT(cleared.size(), 1, 5000);
    QVERIFY(clipboardText().isEmpty());
    const QMimeData *after = clipboard()->mimeData();
    QVERIFY(!after || !after->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
    QCOMPARE(note->text(), QStringLiteral("The clipboard was cleared."));

    // Copied again, then the wizard finishes before the timeout: closing it clears the key.
    wizard->setClipboardClearAfter(10min);
    copy->click();
    QCOMPARE(clipboardText(), key);
    wizard->next();
    const QString group = key.split(QLatin1Char('-')).at(wizard->confirmGroup() - 1);
    wizard->findChild<QLineEdit *>(QStringLiteral("wizardConfirm"))->setText(group);
    QPointer<NewRegisterWizard> alive(wizard);
    wizard->accept();
    QTRY_VERIFY_WITH_TIMEOUT(w.isUnlocked(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(alive.isNull(), 5000); // WA_DeleteOnClose
    QVERIFY2(clipboardText().isEmpty(), qPrintable(clipboardText()));

    // Lock, then unlock through the unlock page with the typed password.
    w.lock();
    QVERIFY(!w.isUnlocked());
    w.unlockPage()->setRegisterPath(path);
    w.unlockPage()->setUser(QStringLiteral("root"));
    QLineEdit *field = passwordField(w.unlockPage());
    QVERIFY(field);
    QTest::keyClicks(field, kPassword);
    tryToCopy(field);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(w.isUnlocked(), 60000);
    QVERIFY(field->text().isEmpty());

    QVERIFY2(!log.anyContains(kPassword), qPrintable(log.seen.join(QLatin1Char('|'))));
    QVERIFY(!clipboardText().contains(kPassword));
    QVERIFY(!clipboardText(QClipboard::Selection).contains(kPassword));
    QVERIFY(log.seen.contains(key)); // the only secret that reached it, by the user's click
    w.lock();
}

void TestClipboard::timeoutLeavesWhatTheUserCopiedSince()
{
    SecretClipboard secret;
    QVERIFY(secret.clearAfter() == SecretClipboard::kDefaultClearAfter);
    QVERIFY(secret.clearAfter() == 30000ms);
    secret.setClearAfter(200ms);
    QSignalSpy cleared(&secret, &SecretClipboard::cleared);

    secret.copy(QStringLiteral("AAAA-BBBB"));
    QVERIFY(secret.holdsSecret());
    clipboard()->setText(QStringLiteral("an IBAN the user copied next"));
    QVERIFY(!secret.holdsSecret());
    QTest::qWait(500);
    QCOMPARE(cleared.size(), 0);
    QCOMPARE(clipboardText(), QStringLiteral("an IBAN the user copied next"));

    // Going away clears only its own secret.
    {
        SecretClipboard scoped;
        scoped.copy(QStringLiteral("CCCC-DDDD"));
        QCOMPARE(clipboardText(), QStringLiteral("CCCC-DDDD"));
    }
    QVERIFY(clipboardText().isEmpty());
    {
        SecretClipboard scoped;
        scoped.copy(QStringLiteral("EEEE-FFFF"));
        clipboard()->setText(kSentinel);
    }
    QCOMPARE(clipboardText(), kSentinel);
}

QTEST_MAIN(TestClipboard)
#include "TestClipboard.moc"
