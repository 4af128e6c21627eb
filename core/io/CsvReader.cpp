#include "io/CsvReader.h"

#include "io/CsvUtf8.h"

#include <QIODevice>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>
#include <utility>

namespace custos::io {

CsvReader::CsvReader(QIODevice *device, QString fileName, qsizetype chunkSize)
    : m_device(device), m_fileName(std::move(fileName)), m_chunkSize(chunkSize > 0 ? chunkSize : 1)
{
}

QString CsvReader::text(int column) const
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(bytes(column));
}

QString CsvReader::where() const
{
    return m_fileName + QLatin1Char(':') + QString::number(m_recordLine);
}

Error CsvReader::errorAt(const QString &reason) const
{
    return makeError(ErrorCode::BadInput, where() + QStringLiteral(": ") + reason);
}

Error CsvReader::fail(qint64 line, const QString &reason, ErrorCode code)
{
    m_error = makeError(code, m_fileName + QLatin1Char(':') + QString::number(line)
                                  + QStringLiteral(": ") + reason);
    return *m_error;
}

QString CsvReader::fieldLabel(std::size_t index) const
{
    QString number = QStringLiteral("field %1").arg(index + 1);
    if (index < static_cast<std::size_t>(m_header.size()))
        return number + QStringLiteral(" ('%1')").arg(m_header[static_cast<qsizetype>(index)]);
    return number;
}

Status CsvReader::readHeader(const QStringList &required, const QStringList &optional)
{
    if (m_headerRead)
        return makeError(ErrorCode::Internal, m_fileName + QStringLiteral(": the header was already read."));
    if (m_device == nullptr || !m_device->isReadable())
        return makeError(ErrorCode::Internal,
                         m_fileName + QStringLiteral(": cannot read: the file is not open for reading."));
    CUSTOS_TRY(skipByteOrderMark());
    const Result<bool> record = readRecord();
    if (!record.ok())
        return record.error();
    if (!*record) {
        m_error = makeError(ErrorCode::BadInput,
                            m_fileName + QStringLiteral(": empty file, expected a header row"));
        return *m_error;
    }
    m_header.clear();
    for (std::size_t i = 0; i < m_fields.size(); ++i)
        m_header.append(text(static_cast<int>(i)));
    CUSTOS_TRY(checkHeader(required, optional));
    m_headerRead = true;
    return okStatus();
}

Status CsvReader::checkHeader(const QStringList &required, const QStringList &optional)
{
    const QStringList expected = required + optional;
    m_columns.clear();
    for (qsizetype i = 0; i < m_header.size(); ++i) {
        const QString &name = m_header[i];
        if (m_columns.contains(name))
            return fail(m_recordLine, QStringLiteral("duplicate column '%1'").arg(name));
        if (!expected.contains(name))
            return fail(m_recordLine, QStringLiteral("unknown column '%1'; expected %2")
                                          .arg(name, expected.join(QStringLiteral(", "))));
        m_columns.insert(name, static_cast<int>(i));
    }
    for (const QString &name : required) {
        if (!m_columns.contains(name))
            return fail(m_recordLine, QStringLiteral("missing column '%1'").arg(name));
    }
    return okStatus();
}

Result<bool> CsvReader::next()
{
    if (m_error)
        return *m_error;
    if (!m_headerRead)
        return makeError(ErrorCode::Internal,
                         m_fileName + QStringLiteral(": next() called before readHeader()."));
    Result<bool> record = readRecord();
    if (!record.ok() || !*record)
        return record;
    if (m_fields.size() != static_cast<std::size_t>(m_header.size())) {
        const std::size_t n = m_fields.size();
        return fail(m_recordLine, QStringLiteral("%1 %2, the header has %3")
                                      .arg(n)
                                      .arg(n == 1 ? QStringLiteral("field") : QStringLiteral("fields"))
                                      .arg(m_header.size()));
    }
    return true;
}

Status CsvReader::skipByteOrderMark()
{
    static constexpr char kBom[] = "\xEF\xBB\xBF";
    while (m_validEnd - m_pos < 3) {
        const Result<bool> more = fill();
        if (!more.ok())
            return more.error();
        if (!*more)
            break;
    }
    if (m_validEnd - m_pos >= 3 && std::memcmp(m_buf.data() + m_pos, kBom, 3) == 0)
        m_pos += 3;
    return okStatus();
}

void CsvReader::compact()
{
    const qsizetype shift = m_recordStart;
    if (shift == 0)
        return;
    std::memmove(m_buf.data(), m_buf.data() + shift, static_cast<std::size_t>(m_dataEnd - shift));
    m_dataEnd -= shift;
    m_validEnd -= shift;
    m_pos -= shift;
    m_fieldBegin -= shift;
    m_write -= shift;
    m_recordStart = 0;
    for (Field &f : m_fields) {
        f.begin -= shift;
        f.end -= shift;
    }
}

Result<bool> CsvReader::fill()
{
    for (;;) {
        if (m_utf8Invalid)
            return fail(m_line, QStringLiteral("invalid UTF-8; save the file with UTF-8 encoding"));
        if (m_eof) {
            if (m_validEnd < m_dataEnd)
                return fail(m_line, QStringLiteral("invalid UTF-8: the file ends inside a character"));
            return false;
        }
        compact();
        if (m_dataEnd > kMaxRecordBytes)
            return fail(m_recordLine, QStringLiteral("record longer than %1 MiB; is a quote unbalanced?")
                                          .arg(kMaxRecordBytes >> 20));
        const qsizetype needed = m_dataEnd + m_chunkSize;
        const auto capacity = static_cast<qsizetype>(m_buf.size());
        if (capacity < needed)
            m_buf.resize(static_cast<std::size_t>(std::max(needed, 2 * capacity)));
        const qint64 n = m_device->read(m_buf.data() + m_dataEnd, m_chunkSize);
        if (n < 0)
            return fail(m_line, QStringLiteral("read error: %1").arg(m_device->errorString()),
                        ErrorCode::Internal);
        if (n == 0) {
            if (m_device->isSequential() && !m_device->atEnd() && m_device->waitForReadyRead(-1))
                continue;
            m_eof = true;
            continue;
        }
        m_dataEnd += n;
        m_bytesRead += n;
        const qsizetype before = m_validEnd;
        const Utf8Scan scan = scanUtf8(m_buf.data(), m_validEnd, m_dataEnd);
        m_validEnd = scan.validEnd;
        m_utf8Invalid = scan.invalid;
        if (m_validEnd > before)
            return true;
    }
}

} // namespace custos::io
