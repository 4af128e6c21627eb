// Fuzzes io::CsvReader: RFC 4180 parsing, UTF-8 validation, chunk boundaries and the header
// checks. The first input byte picks the chunk size (1..64 bytes, or the default) so records
// are split at every possible place; the rest is the file.
#include "FuzzSupport.h"
#include "io/CsvReader.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace custos;
    if (size == 0)
        return 0;
    const qsizetype chunk = data[0] < 64 ? qsizetype(data[0]) + 1 : io::CsvReader::kDefaultChunkSize;
    QByteArray text = fuzz::bytesOf(data + 1, size - 1).toByteArray();
    QBuffer device(&text);
    device.open(QIODevice::ReadOnly);
    io::CsvReader csv(&device, QStringLiteral("fuzz.csv"), chunk);
    const QStringList optional{QStringLiteral("client"), QStringLiteral("asset"), QStringLiteral("amount"),
                               QStringLiteral("kind"), QStringLiteral("occurred_at"), QStringLiteral("chain"),
                               QStringLiteral("address"), QStringLiteral("tx_hash"), QStringLiteral("block_height"),
                               QStringLiteral("a"), QStringLiteral("b")};
    if (!csv.readHeader({}, optional).ok())
        return 0;
    const qsizetype columns = csv.header().size();
    for (;;) {
        const Result<bool> more = csv.next();
        if (!more.ok()) {
            // Once failed, the reader keeps failing with the same error.
            const Result<bool> again = csv.next();
            if (again.ok() || again.error().message != more.error().message)
                fuzz::broken("CsvReader recovered after an error");
            break;
        }
        if (!*more)
            break;
        for (int c = 0; c < columns; ++c) {
            const QByteArrayView field = csv.bytes(c);
            if (field.size() > text.size())
                fuzz::broken("a CSV field is longer than the file");
            (void)csv.text(c);
        }
        if (csv.line() < 2)
            fuzz::broken("a record starts on the header line");
    }
    return 0;
}
