// The translations: every language's .qm is built into the binary, known messages (and plural
// forms) translate, Qt's own dialogs follow, switching the language at run time relabels the
// main window, and no German or French message is left unfinished. Runs offscreen.

#include "app/Language.h"
#include "app/MainWindow.h"
#include "app/Session.h"
#include "ledger/Reference.h"
#include "models/ClientFilterProxy.h"
#include "pages/AdminPage.h"
#include "pages/ClientsPage.h"
#include "pages/DashboardPage.h"
#include "register/Register.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace custos;
using namespace custos::ui;

namespace {

const QByteArray kPassword = "alice-password";

// The texts of the labels under root, to find one by what it says.
QStringList labelTexts(const QWidget *root)
{
    QStringList out;
    for (const QLabel *l : root->findChildren<QLabel *>())
        out << l->text();
    return out;
}

QStringList menuTitles(QMainWindow &window)
{
    QStringList out;
    for (const QAction *a : window.menuBar()->actions())
        out << a->text();
    return out;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void qmFilesAreEmbedded_data();
    void qmFilesAreEmbedded();
    void knownMessagesTranslate_data();
    void knownMessagesTranslate();
    void pluralForms();
    void qtStandardTextsFollow();
    void preferredLanguage();
    void switchingRelabelsMainWindow();
    void noMessageUnfinished_data();
    void noMessageUnfinished();
    void cleanupTestCase();
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the saved language goes to a test settings location
    QSettings().remove(QStringLiteral("ui/language"));
}

void TestTranslations::cleanupTestCase()
{
    QSettings().remove(QStringLiteral("ui/language"));
}

void TestTranslations::qmFilesAreEmbedded_data()
{
    QTest::addColumn<QString>("code");
    for (const QString &code : Language::codes())
        QTest::newRow(qPrintable(code)) << code;
}

void TestTranslations::qmFilesAreEmbedded()
{
    QFETCH(QString, code);
    const QString path = Language::qmPath(code);
    QVERIFY2(QFile::exists(path), qPrintable(path));
    QTranslator t;
    QVERIFY2(t.load(path), qPrintable(path));
    QCOMPARE(t.language(), code);
}

void TestTranslations::knownMessagesTranslate_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("expected");
    const QByteArray window = "custos::ui::MainWindow";
    QTest::newRow("de nav dashboard") << "de" << window << QByteArray("Dashboard") << QStringLiteral("Übersicht");
    QTest::newRow("de nav clients") << "de" << window << QByteArray("Clients") << QStringLiteral("Kunden");
    QTest::newRow("de nav audit") << "de" << window << QByteArray("Audit log") << QStringLiteral("Prüfprotokoll");
    QTest::newRow("de accelerator") << "de" << window << QByteArray("&View") << QStringLiteral("&Ansicht");
    QTest::newRow("de key set") << "de" << QByteArray("custos::ui::AddressesModel") << QByteArray("Key set")
                                << QStringLiteral("Schlüsselsatz");
    QTest::newRow("de firm") << "de" << QByteArray("custos::ui::HoldingsModel") << QByteArray("Firm (own)")
                             << QStringLiteral("Eigenbestand");
    QTest::newRow("de placeholder") << "de" << window << QByteArray("User: %1") << QStringLiteral("Benutzer: %1");
    QTest::newRow("fr nav dashboard") << "fr" << window << QByteArray("Dashboard") << QStringLiteral("Tableau de bord");
    QTest::newRow("fr nav clients") << "fr" << window << QByteArray("Clients") << QStringLiteral("Clients");
    QTest::newRow("fr nav audit") << "fr" << window << QByteArray("Audit log") << QStringLiteral("Journal d'audit");
    QTest::newRow("fr key set") << "fr" << QByteArray("custos::ui::AddressesModel") << QByteArray("Key set")
                                << QStringLiteral("Jeu de clés");
    QTest::newRow("fr firm") << "fr" << QByteArray("custos::ui::HoldingsModel") << QByteArray("Firm (own)")
                             << QStringLiteral("Avoirs propres");
    QTest::newRow("fr unlock") << "fr" << QByteArray("custos::ui::UnlockPage") << QByteArray("Unlock") << QStringLiteral("Déverrouiller");
    QTest::newRow("fr main") << "fr" << QByteArray("main") << QByteArray("Show this help.") << QStringLiteral("Afficher cette aide.");
}

void TestTranslations::knownMessagesTranslate()
{
    QFETCH(QString, code);
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(QString, expected);
    QTranslator t;
    QVERIFY(t.load(Language::qmPath(code)));
    QCOMPARE(t.translate(context.constData(), source.constData()), expected);
}

void TestTranslations::pluralForms()
{
    const char *context = "custos::ui::DashboardPage";
    QTranslator de, fr, en;
    QVERIFY(de.load(Language::qmPath(QStringLiteral("de"))));
    QVERIFY(fr.load(Language::qmPath(QStringLiteral("fr"))));
    QVERIFY(en.load(Language::qmPath(QStringLiteral("en"))));
    QCOMPARE(de.translate(context, "%1 key sets", nullptr, 1), QStringLiteral("%1 Schlüsselsatz"));
    QCOMPARE(de.translate(context, "%1 key sets", nullptr, 0), QStringLiteral("%1 Schlüsselsätze"));
    QCOMPARE(de.translate(context, "%1 key sets", nullptr, 5), QStringLiteral("%1 Schlüsselsätze"));
    QCOMPARE(fr.translate(context, "%1 key sets", nullptr, 0), QStringLiteral("%1 jeu de clés")); // French: 0 is singular
    QCOMPARE(fr.translate(context, "%1 key sets", nullptr, 2), QStringLiteral("%1 jeux de clés"));
    QCOMPARE(en.translate(context, "%1 key sets", nullptr, 1), QStringLiteral("%1 key set"));
    QCOMPARE(en.translate(context, "%1 key sets", nullptr, 3), QStringLiteral("%1 key sets"));
}

void TestTranslations::qtStandardTextsFollow()
{
    Language language;
    QVERIFY(language.apply(QStringLiteral("de")));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    QCOMPARE(QCoreApplication::translate("custos::ui::MainWindow", "Clients"), QStringLiteral("Kunden"));
    QVERIFY(language.apply(QStringLiteral("fr")));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
    QVERIFY(language.apply(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    QCOMPARE(QCoreApplication::translate("custos::ui::MainWindow", "Clients"), QStringLiteral("Clients"));
    QVERIFY(!language.apply(QStringLiteral("xx")));
    QCOMPARE(language.current(), QStringLiteral("en"));
}

void TestTranslations::preferredLanguage()
{
    QSettings().remove(QStringLiteral("ui/language"));
    QCOMPARE(Language::preferred(QStringLiteral("fr")), QStringLiteral("fr"));
    const QString system = QLocale::languageToCode(QLocale::system().language());
    QCOMPARE(Language::preferred(), Language::isSupported(system) ? system : QStringLiteral("en"));
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("de"));
    QCOMPARE(Language::preferred(), QStringLiteral("de"));
    QCOMPARE(Language::preferred(QStringLiteral("xx")), QStringLiteral("de"));
    QCOMPARE(Language::preferred(QStringLiteral("en")), QStringLiteral("en")); // --lang beats the saved choice
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("tlh"));
    QCOMPARE(Language::saved(), QString());
    QSettings().remove(QStringLiteral("ui/language"));
}

void TestTranslations::switchingRelabelsMainWindow()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("tr.custos"));
    {
        auto created = reg::Register::create(path, QStringLiteral("alice"), kPassword, crypto::KdfParams{1, 8192, 1});
        QVERIFY2(created.ok(), qPrintable(created.message()));
        QVERIFY(ledger::addAsset(*created->reg, {QStringLiteral("bitcoin"), QStringLiteral("BTC"), 8, {}}).ok());
        QVERIFY(ledger::addClient(*created->reg, {QStringLiteral("C1"), QStringLiteral("Anna Schmidt"), {}, QStringLiteral("de")}).ok());
    }
    QVERIFY(Language::instance()->apply(QStringLiteral("en")));

    MainWindow window;
    window.setRememberRecent(false);
    window.resize(1280, 800);
    window.openRegister(path, QStringLiteral("alice"), kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(window.isUnlocked(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.dashboardPage()->isLoading(), 60000);

    auto *nav = window.findChild<QListWidget *>(QStringLiteral("nav"));
    QVERIFY(nav);
    QCOMPARE(nav->item(MainWindow::Dashboard)->text(), QStringLiteral("Dashboard"));
    QVERIFY(labelTexts(&window).contains(QStringLiteral("User: alice")));
    QAbstractItemModel *clients = window.clientsPage()->proxy();
    QCOMPARE(clients->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Client ID"));
    QSignalSpy headers(clients, &QAbstractItemModel::headerDataChanged);

    // The menu item, as a user picks it.
    auto *german = window.findChild<QAction *>(QStringLiteral("language_de"));
    QVERIFY(german);
    german->trigger();
    QTRY_COMPARE(nav->item(MainWindow::Dashboard)->text(), QStringLiteral("Übersicht"));
    QCOMPARE(nav->item(MainWindow::Clients)->text(), QStringLiteral("Kunden"));
    QCOMPARE(nav->item(MainWindow::Admin)->text(), QStringLiteral("Verwaltung"));
    QVERIFY(labelTexts(window.adminPage()).contains(QStringLiteral("Verwaltung und Einstellungen")));
    QVERIFY(german->isChecked());
    QVERIFY(menuTitles(window).contains(QStringLiteral("&Ansicht")));
    QVERIFY(labelTexts(&window).contains(QStringLiteral("Benutzer: alice")));
    QVERIFY(labelTexts(window.dashboardPage()).contains(QStringLiteral("Prüfprotokoll")));
    QVERIFY(!headers.isEmpty());
    QCOMPARE(clients->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Kunden-ID"));
    QCOMPARE(Language::saved(), QStringLiteral("de"));

    window.findChild<QAction *>(QStringLiteral("language_fr"))->trigger();
    QTRY_COMPARE(nav->item(MainWindow::Dashboard)->text(), QStringLiteral("Tableau de bord"));
    QVERIFY(labelTexts(window.dashboardPage()).contains(QStringLiteral("Journal d'audit")));
    QVERIFY(labelTexts(window.dashboardPage()).contains(QStringLiteral("Dernier rapprochement par chaîne")));
    QVERIFY(labelTexts(window.adminPage()).contains(QStringLiteral("Administration et paramètres")));
    QCOMPARE(Language::saved(), QStringLiteral("fr"));

    window.findChild<QAction *>(QStringLiteral("language_en"))->trigger();
    QTRY_COMPARE(nav->item(MainWindow::Dashboard)->text(), QStringLiteral("Dashboard"));
    QVERIFY(labelTexts(&window).contains(QStringLiteral("User: alice")));
    QCOMPARE(clients->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Client ID"));
    QCOMPARE(Language::saved(), QStringLiteral("en"));
    window.lock();
}

void TestTranslations::noMessageUnfinished_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestTranslations::noMessageUnfinished()
{
    QFETCH(QString, code);
    QFile ts(QStringLiteral(CUSTOS_TRANSLATIONS_DIR "/custos_%1.ts").arg(code));
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    int unfinished = 0;
    QStringList empty;
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            ++messages;
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            if (xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished"))
                ++unfinished;
            // A plural message carries one <numerusform> per plural form.
            QStringList forms;
            if (numerus) {
                while (xml.readNextStartElement())
                    forms << xml.readElementText();
            } else {
                forms << xml.readElementText();
            }
            for (const QString &form : forms) {
                if (form.isEmpty())
                    empty << source;
                for (const QString &placeholder : {QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%3")})
                    QVERIFY2(source.contains(placeholder) == form.contains(placeholder),
                             qPrintable(QStringLiteral("%1 -> %2").arg(source, form)));
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 100);
    QCOMPARE(unfinished, 0);
    QVERIFY2(empty.isEmpty(), qPrintable(empty.join(QLatin1String(" | "))));
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
