#include "io/CsvReader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

#include <random>

using custos::ErrorCode;
using custos::io::CsvReader;

namespace {

const QList<qsizetype> kChunkSizes = {1, 2, 3, 7, 64, CsvReader::kDefaultChunkSize};

struct Parsed {
    QStringList header;
    QList<QStringList> rows; // fields in file order
    QList<qint64> lines;     // line where each row starts
    QString error;           // empty when the whole file was read
    ErrorCode code = ErrorCode::Internal;
    qint64 bytesRead = 0;
};

Parsed parse(const QByteArray &data, qsizetype chunkSize, const QStringList &required,
             const QStringList &optional = {})
{
    QBuffer device;
    device.setData(data);
    device.open(QIODevice::ReadOnly);
    CsvReader reader(&device, QStringLiteral("f.csv"), chunkSize);
    Parsed out;
    const custos::Status header = reader.readHeader(required, optional);
    if (!header.ok()) {
        out.error = header.message();
        out.code = header.error().code;
        return out;
    }
    out.header = reader.header();
    for (;;) {
        const auto more = reader.next();
        if (!more.ok()) {
            out.error = more.message();
            out.code = more.error().code;
            break;
        }
        if (!*more)
            break;
        QStringList row;
        for (int i = 0; i < reader.header().size(); ++i)
            row.append(reader.text(i));
        out.rows.append(row);
        out.lines.append(reader.line());
    }
    out.bytesRead = reader.bytesRead();
    return out;
}

// Parses with every chunk size; all must agree. Returns the default-chunk result.
Parsed parseAll(const QByteArray &data, const QStringList &required, const QStringList &optional = {})
{
    const Parsed reference = parse(data, CsvReader::kDefaultChunkSize, required, optional);
    for (qsizetype chunk : kChunkSizes) {
        const Parsed p = parse(data, chunk, required, optional);
        if (p.rows != reference.rows || p.lines != reference.lines || p.error != reference.error
            || p.header != reference.header)
            qWarning("chunk size %lld differs: %s", static_cast<long long>(chunk), qPrintable(p.error));
        [&] {
            QCOMPARE(p.rows, reference.rows);
            QCOMPARE(p.lines, reference.lines);
            QCOMPARE(p.error, reference.error);
            QCOMPARE(p.header, reference.header);
        }();
    }
    return reference;
}

const QStringList kAbc = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
const QStringList kAb = {QStringLiteral("a"), QStringLiteral("b")};

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT

private slots:
    void records();
    void lineEndings_data();
    void lineEndings();
    void byteOrderMark();
    void columnsInAnyOrder();
    void optionalColumns();
    void quotedFields();
    void emptyFields();
    void headerOnly();
    void trailingBlankLines();
    void errors_data();
    void errors();
    void invalidUtf8_data();
    void invalidUtf8();
    void multiByteAcrossChunks();
    void fieldsSpanningChunkBoundary();
    void recordTooLong();
    void errorIsSticky();
    void misuse();
    void whereAndErrorAt();
    void fixtureFile();
    void randomFiles();
    void benchmark();
};

void TestCsvReader::records()
{
    const Parsed p = parseAll("a,b,c\n1,2,3\n4,5,6\n", kAbc);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.header, kAbc);
    QCOMPARE(p.rows, (QList<QStringList>{{"1", "2", "3"}, {"4", "5", "6"}}));
    QCOMPARE(p.lines, (QList<qint64>{2, 3}));
    QCOMPARE(p.bytesRead, 18);
}

void TestCsvReader::lineEndings_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("LF") << QByteArray("a,b\n1,2\n3,4\n");
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n3,4\r\n");
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2\n3,4");
    QTest::newRow("CRLF, no final newline") << QByteArray("a,b\r\n1,2\r\n3,4");
    QTest::newRow("mixed") << QByteArray("a,b\r\n1,2\n3,4\r\n");
    QTest::newRow("quoted last field, CRLF") << QByteArray("a,b\r\n1,\"2\"\r\n3,\"4\"");
}

void TestCsvReader::lineEndings()
{
    QFETCH(QByteArray, data);
    const Parsed p = parseAll(data, kAb);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.rows, (QList<QStringList>{{"1", "2"}, {"3", "4"}}));
    QCOMPARE(p.lines, (QList<qint64>{2, 3}));
}

void TestCsvReader::byteOrderMark()
{
    const Parsed p = parseAll("\xEF\xBB\xBF" "a,b\n1,2\n", kAb);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.header, kAb);
    QCOMPARE(p.rows, (QList<QStringList>{{"1", "2"}}));
    // Only the leading BOM is skipped: one inside a field is data.
    const Parsed q = parseAll("a,b\n\xEF\xBB\xBFx,2\n", kAb);
    QCOMPARE(q.rows, (QList<QStringList>{{QStringLiteral("\uFEFFx"), "2"}}));
    QCOMPARE(parseAll("\xEF\xBB\xBF", kAb).error, QStringLiteral("f.csv: empty file, expected a header row"));
}

void TestCsvReader::columnsInAnyOrder()
{
    QBuffer device;
    device.setData("c,a,b\n3,1,2\n");
    device.open(QIODevice::ReadOnly);
    CsvReader reader(&device, QStringLiteral("f.csv"));
    QVERIFY(reader.readHeader(kAbc).ok());
    QCOMPARE(reader.column("a"), 1);
    QCOMPARE(reader.column("b"), 2);
    QCOMPARE(reader.column("c"), 0);
    QCOMPARE(*reader.next(), true);
    QCOMPARE(reader.text(reader.column("a")), QStringLiteral("1"));
    QCOMPARE(reader.bytes(reader.column("c")), QByteArrayView("3"));
    QCOMPARE(*reader.next(), false);
}

void TestCsvReader::optionalColumns()
{
    QBuffer device;
    device.setData("memo,a\nhello,1\n");
    device.open(QIODevice::ReadOnly);
    CsvReader reader(&device, QStringLiteral("f.csv"));
    QVERIFY(reader.readHeader({"a"}, {"fee", "memo"}).ok());
    QCOMPARE(reader.column("fee"), -1);
    QCOMPARE(reader.column("memo"), 0);
    QCOMPARE(reader.column("nonsense"), -1);
    QCOMPARE(*reader.next(), true);
    QVERIFY(reader.bytes(reader.column("fee")).isEmpty());
    QCOMPARE(reader.text(-1), QString());
    QCOMPARE(reader.text(reader.column("memo")), QStringLiteral("hello"));
    QVERIFY(reader.bytes(99).isEmpty());
}

void TestCsvReader::quotedFields()
{
    const QByteArray data = "a,b\n"
                            "\"x,y\",\"he said \"\"hi\"\"\"\n"
                            "\"multi\nline\",z\n"
                            "\"\"\"\",\"crlf\r\ninside\"\n"
                            "\"\",\"a\"\"\"\"b\"\n"
                            "3,4\n";
    const Parsed p = parseAll(data, kAb);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.rows, (QList<QStringList>{{"x,y", "he said \"hi\""},
                                         {"multi\nline", "z"},
                                         {"\"", "crlf\r\ninside"},
                                         {"", "a\"\"b"},
                                         {"3", "4"}}));
    QCOMPARE(p.lines, (QList<qint64>{2, 3, 5, 7, 8}));
}

void TestCsvReader::emptyFields()
{
    const Parsed p = parseAll("a,b,c\n,,\n\"\",,x\n,\"\",\n1,,", kAbc);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.rows, (QList<QStringList>{{"", "", ""}, {"", "", "x"}, {"", "", ""}, {"1", "", ""}}));
    QCOMPARE(p.lines, (QList<qint64>{2, 3, 4, 5}));
}

void TestCsvReader::headerOnly()
{
    for (const char *data : {"a,b\n", "a,b", "a,b\r\n", "a,b\n\n\n"}) {
        const Parsed p = parseAll(data, kAb);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.header, kAb);
        QVERIFY(p.rows.isEmpty());
    }
}

void TestCsvReader::trailingBlankLines()
{
    const Parsed p = parseAll("a,b\n1,2\n\n\r\n\n", kAb);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.rows, (QList<QStringList>{{"1", "2"}}));
}

void TestCsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("required");
    QTest::addColumn<QStringList>("optional");
    QTest::addColumn<QString>("error");
    const QStringList none;
    QTest::newRow("empty file") << QByteArray() << kAb << none << "f.csv: empty file, expected a header row";
    QTest::newRow("only blank lines") << QByteArray("\n\r\n") << kAb << none
                                      << "f.csv: empty file, expected a header row";
    QTest::newRow("missing column") << QByteArray("a,b\n1,2\n") << kAbc << none << "f.csv:1: missing column 'c'";
    QTest::newRow("unknown column") << QByteArray("a,x,b,c\n") << kAb << QStringList{"c"}
                                    << "f.csv:1: unknown column 'x'; expected a, b, c";
    QTest::newRow("duplicate column") << QByteArray("a,b,a\n") << kAb << none << "f.csv:1: duplicate column 'a'";
    QTest::newRow("unterminated quote") << QByteArray("a,b\n1,2\n\"abc,3\n4,5\n") << kAb << none
                                        << "f.csv:3: unterminated quoted field";
    QTest::newRow("unterminated quote, later line") << QByteArray("a,b\n1,\"x\ny\nz") << kAb << none
                                                    << "f.csv:2: unterminated quoted field";
    QTest::newRow("unterminated header") << QByteArray("a,\"b\n") << kAb << none
                                         << "f.csv:1: unterminated quoted field";
    QTest::newRow("too few fields") << QByteArray("a,b,c\n1,2,3\n1,2\n") << kAbc << none
                                    << "f.csv:3: 2 fields, the header has 3";
    QTest::newRow("one field") << QByteArray("a,b,c\n1\n") << kAbc << none << "f.csv:2: 1 field, the header has 3";
    QTest::newRow("too many fields") << QByteArray("a,b,c\n1,2,3,4") << kAbc << none
                                     << "f.csv:2: 4 fields, the header has 3";
    QTest::newRow("line after multi-line field") << QByteArray("a,b\n\"x\ny\",1\n\"p\r\nq\",2\n1\n") << kAb << none
                                                 << "f.csv:6: 1 field, the header has 2";
    QTest::newRow("blank line in the middle") << QByteArray("a,b\n1,2\n\n3,4\n") << kAb << none
                                              << "f.csv:3: blank line in the middle of the file";
    QTest::newRow("blank CRLF lines in the middle") << QByteArray("a,b\r\n1,2\r\n\r\n\r\n3,4\r\n") << kAb << none
                                                    << "f.csv:3: blank line in the middle of the file";
    QTest::newRow("blank line before header") << QByteArray("\na,b\n") << kAb << none
                                              << "f.csv:1: blank line in the middle of the file";
    QTest::newRow("stray quote") << QByteArray("a,b\n1,2\n1,x\"y\n") << kAb << none
                                 << "f.csv:3: quote inside unquoted field 2 ('b'); quote the whole field and "
                                    "double the quotes inside it";
    QTest::newRow("space before quote") << QByteArray("a,b\n \"1\",2\n") << kAb << none
                                        << "f.csv:2: quote inside unquoted field 1 ('a'); quote the whole field "
                                           "and double the quotes inside it";
    QTest::newRow("text after closing quote") << QByteArray("a,b\n\"x\"y,1\n") << kAb << none
                                              << "f.csv:2: unexpected character after the closing quote of "
                                                 "field 1 ('a')";
    QTest::newRow("stray quote after multi-line field") << QByteArray("a,b\n\"1\n2\",x\"\n") << kAb << none
                                                        << "f.csv:3: quote inside unquoted field 2 ('b'); quote "
                                                           "the whole field and double the quotes inside it";
    QTest::newRow("bare CR") << QByteArray("a,b\r1,2\n") << kAb << none
                             << "f.csv:1: carriage return not followed by a line feed";
    QTest::newRow("bare CR at the end") << QByteArray("a,b\n1,2\r") << kAb << none
                                        << "f.csv:2: carriage return not followed by a line feed";
}

void TestCsvReader::errors()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, required);
    QFETCH(QStringList, optional);
    QFETCH(QString, error);
    const Parsed p = parseAll(data, required, optional);
    QCOMPARE(p.error, error);
    QCOMPARE(p.code, ErrorCode::BadInput);
}

void TestCsvReader::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    const QString invalid = QStringLiteral("invalid UTF-8; save the file with UTF-8 encoding");
    QTest::newRow("0xFF") << QByteArray("a,b\n1,2\n3,\xFF\n") << "f.csv:3: " + invalid;
    QTest::newRow("in header") << QByteArray("a,\xC3\x28\n") << "f.csv:1: " + invalid;
    QTest::newRow("Latin-1 text") << QByteArray("a,b\nCaf\xE9,1\n") << "f.csv:2: " + invalid;
    QTest::newRow("inside a multi-line field") << QByteArray("a,b\n\"x\n\n\xC3\x28\",1\n") << "f.csv:4: " + invalid;
    QTest::newRow("overlong slash") << QByteArray("a,b\n\xC0\xAF,1\n") << "f.csv:2: " + invalid;
    QTest::newRow("overlong 3-byte") << QByteArray("a,b\n\xE0\x80\xAF,1\n") << "f.csv:2: " + invalid;
    QTest::newRow("surrogate") << QByteArray("a,b\n\xED\xA0\x80,1\n") << "f.csv:2: " + invalid;
    QTest::newRow("above U+10FFFF") << QByteArray("a,b\n\xF4\x90\x80\x80,1\n") << "f.csv:2: " + invalid;
    QTest::newRow("lone continuation") << QByteArray("a,b\n1,2\n\x80") << "f.csv:3: " + invalid;
    QTest::newRow("cut off by a comma") << QByteArray("a,b\n\xE2\x82,1\n") << "f.csv:2: " + invalid;
    QTest::newRow("cut off at the end") << QByteArray("a,b\n1,\xE2\x82")
                                        << "f.csv:2: invalid UTF-8: the file ends inside a character";
    QTest::newRow("after 8 ASCII bytes") << QByteArray("a,b\n12345678901234,\xFE\n") << "f.csv:2: " + invalid;
}

void TestCsvReader::invalidUtf8()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    const Parsed p = parseAll(data, kAb);
    QCOMPARE(p.error, error);
    QCOMPARE(p.code, ErrorCode::BadInput);
}

void TestCsvReader::multiByteAcrossChunks()
{
    const QByteArray data = QStringLiteral("a,b\n\u00e4\u20ac,\U0001F600\n\"\u00fc\"\"\u00df\",x\n").toUtf8();
    const Parsed p = parseAll(data, kAb);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.rows, (QList<QStringList>{{QStringLiteral("\u00e4\u20ac"), QStringLiteral("\U0001F600")},
                                         {QStringLiteral("\u00fc\"\u00df"), "x"}}));
}

void TestCsvReader::fieldsSpanningChunkBoundary()
{
    // Records whose fields straddle the 1 MiB boundary of the default chunk size: an unquoted
    // field, then a quoted field with escapes and newlines.
    const qsizetype mib = CsvReader::kDefaultChunkSize;
    QByteArray data = "a,b\n";
    QList<QStringList> expected;
    const QByteArray filler(100, 'f');
    while (data.size() < mib - 150) {
        data += filler + ",1\n";
        expected.append(QStringList{QString::fromLatin1(filler), "1"});
    }
    const QByteArray longUnquoted(300, 'u');
    data += longUnquoted + ",2\n";
    expected.append(QStringList{QString::fromLatin1(longUnquoted), "2"});
    QString quotedText;
    QByteArray quotedRaw = "\"";
    for (int i = 0; i < 2000; ++i) {
        quotedText += QStringLiteral("q\"\n,");
        quotedRaw += "q\"\"\n,";
    }
    quotedRaw += "\"";
    data += "3," + quotedRaw + "\n";
    expected.append(QStringList{"3", quotedText});
    data += "4,end\n";
    expected.append(QStringList{"4", "end"});
    QVERIFY(data.size() > mib);

    for (qsizetype chunk : {qsizetype(7), qsizetype(4096), mib, mib / 2 + 3}) {
        const Parsed p = parse(data, chunk, kAb);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.rows.size(), expected.size());
        QVERIFY(p.rows == expected);
        QCOMPARE(p.lines.last(), qint64(expected.size()) + 1 + 2000);
        QCOMPARE(p.bytesRead, data.size());
    }
}

void TestCsvReader::recordTooLong()
{
    QByteArray data = "a,b\n1,\"";
    data += QByteArray(CsvReader::kMaxRecordBytes + 10, 'x');
    const Parsed p = parse(data, CsvReader::kDefaultChunkSize, kAb);
    QCOMPARE(p.error, QStringLiteral("f.csv:2: record longer than 64 MiB; is a quote unbalanced?"));
}

void TestCsvReader::errorIsSticky()
{
    QBuffer device;
    device.setData("a,b\n1\n2,3\n");
    device.open(QIODevice::ReadOnly);
    CsvReader reader(&device, QStringLiteral("f.csv"), 2);
    QVERIFY(reader.readHeader(kAb).ok());
    const auto first = reader.next();
    QVERIFY(!first.ok());
    QCOMPARE(first.message(), QStringLiteral("f.csv:2: 1 field, the header has 2"));
    QCOMPARE(reader.next().message(), first.message());
}

void TestCsvReader::misuse()
{
    QBuffer closed;
    closed.setData("a,b\n");
    CsvReader notOpen(&closed, QStringLiteral("f.csv"));
    const custos::Status s = notOpen.readHeader(kAb);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::Internal);
    QCOMPARE(s.message(), QStringLiteral("f.csv: cannot read: the file is not open for reading."));

    QBuffer device;
    device.setData("a,b\n1,2\n");
    device.open(QIODevice::ReadOnly);
    CsvReader reader(&device, QStringLiteral("f.csv"));
    const auto early = reader.next();
    QVERIFY(!early.ok());
    QCOMPARE(early.error().code, ErrorCode::Internal);
    QVERIFY(reader.readHeader(kAb).ok());
    QCOMPARE(reader.readHeader(kAb).error().code, ErrorCode::Internal);
    QCOMPARE(*reader.next(), true);
    QCOMPARE(*reader.next(), false);
    QCOMPARE(*reader.next(), false); // stays at the end
    QVERIFY(reader.bytes(0).isEmpty());
}

void TestCsvReader::whereAndErrorAt()
{
    QBuffer device;
    device.setData("a,b\n\"x\ny\",1\nbad,2\n");
    device.open(QIODevice::ReadOnly);
    CsvReader reader(&device, QStringLiteral("/tmp/in.csv"));
    QVERIFY(reader.readHeader(kAb).ok());
    QCOMPARE(reader.where(), QStringLiteral("/tmp/in.csv:1"));
    QVERIFY(*reader.next());
    QVERIFY(*reader.next());
    QCOMPARE(reader.line(), 4);
    QCOMPARE(reader.where(), QStringLiteral("/tmp/in.csv:4"));
    const custos::Error e = reader.errorAt(QStringLiteral("'bad' is not an amount"));
    QCOMPARE(e.code, ErrorCode::BadInput);
    QCOMPARE(e.message, QStringLiteral("/tmp/in.csv:4: 'bad' is not an amount"));
}

void TestCsvReader::fixtureFile()
{
    QFile file(QStringLiteral(CUSTOS_TEST_DATA "/csv/transactions.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file, file.fileName());
    QVERIFY(reader.readHeader({"date", "asset", "amount"}, {"fee", "memo", "note"}).ok());
    const int amount = reader.column("amount");
    const int memo = reader.column("memo");
    QStringList amounts;
    QStringList memos;
    QList<qint64> lines;
    for (;;) {
        const auto more = reader.next();
        QVERIFY2(more.ok(), qPrintable(more.message()));
        if (!*more)
            break;
        amounts.append(reader.text(amount));
        memos.append(reader.text(memo));
        lines.append(reader.line());
    }
    QCOMPARE(amounts, (QStringList{"0.5", "-1.25", "0.00000001", "120000000"}));
    QCOMPARE(memos, (QStringList{"first deposit", "payout, \"urgent\"", "two\r\nline memo", ""}));
    QCOMPARE(lines, (QList<qint64>{2, 3, 4, 6}));
    QCOMPARE(reader.bytesRead(), file.size());
}

void TestCsvReader::randomFiles()
{
    // Random fields full of separators, quotes, CR/LF and multi-byte characters, written the
    // RFC 4180 way, must read back exactly, with the right lines, at any chunk size.
    std::mt19937 rng(4180);
    const QStringList alphabet = {"a", "b", ",", "\"", "\n", "\r", " ", "\u00e4", "\u20ac", "\U0001F600"};
    for (int file = 0; file < 300; ++file) {
        QByteArray data = "a,b,c";
        QList<QStringList> rows;
        QList<qint64> lines;
        qint64 line = 1;
        const int records = static_cast<int>(rng() % 12);
        for (int r = 0; r < records; ++r) {
            const bool crlf = rng() % 2 == 0;
            data += crlf ? "\r\n" : "\n";
            ++line;
            lines.append(line);
            QStringList row;
            for (int f = 0; f < 3; ++f) {
                QString field;
                const int length = static_cast<int>(rng() % 8);
                for (int i = 0; i < length; ++i)
                    field += alphabet[static_cast<qsizetype>(rng() % alphabet.size())];
                row.append(field);
                const bool mustQuote = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
                                       || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
                if (f > 0)
                    data += ',';
                if (mustQuote || rng() % 4 == 0) {
                    QString escaped = field;
                    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
                    data += '"' + escaped.toUtf8() + '"';
                } else {
                    data += field.toUtf8();
                }
                line += field.count(QLatin1Char('\n'));
            }
            rows.append(row);
        }
        if (rng() % 2 == 0)
            data += "\n";
        const qsizetype chunk = std::array<qsizetype, 6>{1, 2, 3, 5, 13, 4096}[rng() % 6];
        const Parsed p = parse(data, chunk, kAbc);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.rows, rows);
        QCOMPARE(p.lines, lines);
    }
}

void TestCsvReader::benchmark()
{
    // Nine short fields per record, as in a transaction export.
    constexpr int kRecords = 500000;
    QByteArray data = "date,asset,amount,fee,from,to,txid,kind,memo\n";
    data.reserve(kRecords * 64);
    for (int i = 0; i < kRecords; ++i) {
        data += "2024-03-01,BTC,0.";
        data += QByteArray::number(10000000 + i);
        data += ",0.0001,addr";
        data += QByteArray::number(i % 97);
        data += ",addr";
        data += QByteArray::number(i % 89);
        data += ",tx";
        data += QByteArray::number(i);
        data += i % 10 == 0 ? ",deposit,\"a, quoted memo\"\n" : ",deposit,memo\n";
    }
    QBuffer device;
    device.setData(data);
    device.open(QIODevice::ReadOnly);
    QElapsedTimer timer;
    timer.start();
    CsvReader reader(&device, QStringLiteral("bench.csv"));
    QVERIFY(reader.readHeader({"date", "asset", "amount", "fee", "from", "to", "txid", "kind", "memo"}).ok());
    qint64 records = 0;
    qsizetype totalBytes = 0;
    for (;;) {
        const auto more = reader.next();
        QVERIFY2(more.ok(), qPrintable(more.message()));
        if (!*more)
            break;
        ++records;
        for (int c = 0; c < 9; ++c)
            totalBytes += reader.bytes(c).size();
    }
    const qint64 ns = qMax<qint64>(timer.nsecsElapsed(), 1);
    QCOMPARE(records, kRecords);
    QVERIFY(totalBytes > 0);
    qDebug("CsvReader: %lld records of 9 fields (%.1f MB) in %.1f ms: %.2f million records/s",
           static_cast<long long>(records), double(data.size()) / 1e6, double(ns) / 1e6,
           double(records) * 1e3 / double(ns));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
