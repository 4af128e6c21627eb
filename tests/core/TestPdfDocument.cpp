// The PDF document layer: PDF/A-1b metadata, embedded DejaVu fonts, tables that break across
// pages with their header repeated, right-aligned numbers, "page X of Y" footers.
// Checked with poppler-utils (pdfinfo, pdftotext, pdffonts) on the written file.
// Fonts need a QGuiApplication, so this test uses QTEST_MAIN (offscreen platform).

#include "pdf/Document.h"
#include "pdf/Layout.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;

namespace {

QByteArray tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QByteArray();
    return p.readAllStandardOutput();
}

QString pageText(const QString &pdf, int page)
{
    return QString::fromUtf8(tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                                                                 QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")}));
}

pdf::Table longTable(int rows)
{
    pdf::Table t;
    t.columns = {{QStringLiteral("Date"), 2}, {QStringLiteral("Kind"), 1.5},
                 {QStringLiteral("Amount"), 2, pdf::Align::Right}, {QStringLiteral("Transaction"), 3, pdf::Align::Left, true}};
    for (int i = 1; i <= rows; ++i)
        t.addRow({QStringLiteral("2026-07-%1").arg(i % 28 + 1, 2, 10, QLatin1Char('0')), QStringLiteral("deposit"),
                  QString::number(i * 1234567) + QStringLiteral(".5"), QStringLiteral("row%1-%2").arg(i).arg(QString(20, QLatin1Char('f')))});
    t.addRow({QStringLiteral("Closing"), QString(), QStringLiteral("999999999.5"), QString()}, true);
    return t;
}

} // namespace

class TestPdfDocument : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writePdf(const pdf::Document &doc, const QString &name, int *pages, const pdf::DocumentInfo &info = {})
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        auto n = doc.write(&f, info);
        if (!n.ok()) {
            qWarning() << n.message();
            return QString();
        }
        *pages = *n;
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(qobject_cast<QGuiApplication *>(QCoreApplication::instance()));
    }

    void missingFontsAreNamed()
    {
        // Runs before any document loads the real fonts.
        const Status s = pdf::loadFonts(m_dir.filePath(QStringLiteral("no-fonts-here")));
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("fonts-dejavu-core")), qPrintable(s.message()));
        QVERIFY(s.message().contains(QStringLiteral("DejaVuSans.ttf")));
        QVERIFY(pdf::loadFonts().ok());
        QVERIFY(pdf::loadFonts().ok()); // idempotent
    }

    void longTableBreaksWithRepeatedHeader()
    {
        pdf::Document doc;
        doc.heading(QStringLiteral("Position statement"));
        doc.keyValues({{QStringLiteral("Client"), QStringLiteral("Anna Beispiel")},
                       {QStringLiteral("Address"), QStringLiteral("Hauptstraße 1\n10115 Berlin")}});
        doc.paragraph(QStringLiteral("A paragraph long enough to wrap across more than one line of the page, so that the word "
                                     "wrapping of the layout pass is exercised by this test as well as the tables are."));
        doc.heading(QStringLiteral("Transfers"), 2);
        doc.table(longTable(150));
        doc.paragraph(QStringLiteral("End of the document."), true);
        doc.setFooter([](int page, int total) {
            return pdf::Footer{{QStringLiteral("Document TEST-1")}, {QStringLiteral("page %1 of %2").arg(page).arg(total)}};
        });
        int pages = 0;
        pdf::DocumentInfo info{QStringLiteral("Position statement"), QStringLiteral("Custos Test Custody GmbH"),
                               QStringLiteral("A test document"), QStringLiteral("Custos test"), QStringLiteral("en")};
        const QString path = writePdf(doc, QStringLiteral("long.pdf"), &pages, info);
        QVERIFY(!path.isEmpty());
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));

        const QString infoText = QString::fromUtf8(tool(QStringLiteral("pdfinfo"), {path}));
        QVERIFY2(infoText.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(pages))), qPrintable(infoText));
        QVERIFY(infoText.contains(QRegularExpression(QStringLiteral("Title:\\s+Position statement"))));
        QVERIFY(infoText.contains(QRegularExpression(QStringLiteral("Creator:\\s+Custos test"))));
        QVERIFY(infoText.contains(QStringLiteral("A4")));
        const QString meta = QString::fromUtf8(tool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path}));
        QVERIFY2(meta.contains(QStringLiteral("pdfaid:part=\"1\"")), qPrintable(meta));
        QVERIFY(meta.contains(QStringLiteral("pdfaid:conformance=\"B\"")));
        QVERIFY(meta.contains(QStringLiteral("<rdf:li>Custos Test Custody GmbH</rdf:li>")));
        QVERIFY(meta.contains(QStringLiteral("<rdf:li>en</rdf:li>")));

        const QString fonts = QString::fromUtf8(tool(QStringLiteral("pdffonts"), {path}));
        QVERIFY2(fonts.contains(QStringLiteral("DejaVuSans ")) && fonts.contains(QStringLiteral("DejaVuSans-Bold"))
                     && fonts.contains(QStringLiteral("DejaVuSansMono")),
                 qPrintable(fonts));
        for (const QString &line : fonts.split(QLatin1Char('\n')).mid(2))
            if (!line.trimmed().isEmpty())
                QVERIFY2(line.contains(QRegularExpression(QStringLiteral("\\syes\\s"))), qPrintable(line)); // embedded

        for (int p = 1; p <= pages; ++p) {
            const QString text = pageText(path, p);
            QVERIFY2(text.contains(QStringLiteral("page %1 of %2").arg(p).arg(pages)), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("Document TEST-1")));
        }
        const QString two = pageText(path, 2);
        QVERIFY2(two.contains(QRegularExpression(QStringLiteral("Date\\s+Kind\\s+Amount\\s+Transaction"))), qPrintable(two));
        QVERIFY(!two.contains(QStringLiteral("Position statement"))); // the heading is not repeated, the header row is
        QVERIFY(pageText(path, 1).contains(QStringLiteral("Hauptstraße 1")));
        QVERIFY(pageText(path, 1).contains(QStringLiteral("10115 Berlin")));
        QVERIFY(pageText(path, pages).contains(QStringLiteral("End of the document.")));
        // Every data row is present exactly once across the pages.
        QString all;
        for (int p = 1; p <= pages; ++p)
            all += pageText(path, p);
        for (int i : {1, 75, 150})
            QCOMPARE(all.count(QStringLiteral("row%1-").arg(i)), 1);
        QCOMPARE(all.count(QRegularExpression(QStringLiteral("Date\\s+Kind\\s+Amount"))), pages);
    }

    void numbersAreRightAligned()
    {
        pdf::Document doc;
        pdf::Table t;
        t.columns = {{QStringLiteral("Asset"), 3}, {QStringLiteral("Balance"), 2, pdf::Align::Right}};
        t.addRow({QStringLiteral("BTC"), QStringLiteral("1")});
        t.addRow({QStringLiteral("ETH"), QStringLiteral("123456.789012345678")});
        t.addRow({QStringLiteral("USDC"), QStringLiteral("42.5")});
        doc.table(t);
        int pages = 0;
        const QString path = writePdf(doc, QStringLiteral("aligned.pdf"), &pages);
        QVERIFY(!path.isEmpty());
        QCOMPARE(pages, 1);
        const QString html = QString::fromUtf8(tool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")}));
        QList<double> rightEdges;
        static const QRegularExpression word(QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\"[^>]*>([^<]+)</word>"));
        for (auto it = word.globalMatch(html); it.hasNext();) {
            const auto m = it.next();
            const QString w = m.captured(3);
            if (w == QLatin1String("1") || w == QLatin1String("123456.789012345678") || w == QLatin1String("42.5")
                || w == QLatin1String("Balance"))
                rightEdges << m.captured(2).toDouble();
        }
        QCOMPARE(rightEdges.size(), 4);
        for (double x : rightEdges)
            QVERIFY2(qAbs(x - rightEdges.first()) < 1.0, qPrintable(QStringLiteral("%1 vs %2").arg(x).arg(rightEdges.first())));
    }

    void emptyTableAndGrid()
    {
        pdf::Document doc;
        pdf::Table t;
        t.columns = {{QStringLiteral("Nothing"), 1}, {QStringLiteral("Here"), 1}};
        doc.table(t);
        pdf::ModuleGrid g;
        g.size = 21;
        g.dark = QByteArray(21 * 21, '\0');
        for (int i = 0; i < 21; ++i)
            g.dark[i * 21 + i] = 1;
        doc.grid(g, 30, {QStringLiteral("caption line one"), QStringLiteral("caption line two")});
        int pages = 0;
        const QString path = writePdf(doc, QStringLiteral("grid.pdf"), &pages);
        QVERIFY(!path.isEmpty());
        const QString text = pageText(path, 1);
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("Nothing\\s+Here"))));
        QVERIFY(text.contains(QStringLiteral("caption line two")));
        // The footer is optional: without one, the page carries no page number.
        QVERIFY(!text.contains(QStringLiteral("page 1")));
    }

    void wrapBreaksLongWords()
    {
        QVERIFY(pdf::loadFonts().ok());
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSize(10);
        const QFontMetricsF fm(f);
        const qreal width = fm.horizontalAdvance(QStringLiteral("0123456789"));
        const QStringList lines = pdf::detail::wrapText(QStringLiteral("ab cd ") + QString(35, QLatin1Char('x')) + QStringLiteral("\nlast"), fm, width);
        QVERIFY(lines.size() >= 5);
        QCOMPARE(lines.first(), QStringLiteral("ab cd"));
        QCOMPARE(lines.last(), QStringLiteral("last"));
        for (const QString &l : lines)
            QVERIFY(fm.horizontalAdvance(l) <= width);
        QCOMPARE(lines.join(QString()).count(QLatin1Char('x')), 35);
    }
};

QTEST_MAIN(TestPdfDocument)
#include "TestPdfDocument.moc"
