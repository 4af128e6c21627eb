#pragma once
// Streaming RFC 4180 CSV reader over a QIODevice: reads fixed-size chunks (1 MiB by default),
// never the whole file. UTF-8 only (a leading BOM is skipped); a header row is required and
// its columns may come in any order. Fields may be quoted with "" as the escape; quoted
// fields may hold commas, quotes, CR and LF. Lines end in LF or CRLF; the final newline is
// optional; blank lines at the end are ignored, a blank line before a record is an error
// (so in a one-column file an empty value must be written as "").
//
// next() allocates nothing per field: fields are offsets into a reusable buffer, and quoted
// fields are unescaped in place. Every failure names FILE:LINE.

#include "util/Result.h"

#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QIODevice;

namespace custos::io {

class CsvReader {
public:
    static constexpr qsizetype kDefaultChunkSize = qsizetype(1) << 20;
    static constexpr qsizetype kMaxRecordBytes = qsizetype(64) << 20;

    // `device` must be open for reading and outlive the reader; `fileName` is used in errors.
    // `chunkSize` (bytes per read) is a parameter only so tests can split input anywhere.
    CsvReader(QIODevice *device, QString fileName, qsizetype chunkSize = kDefaultChunkSize);
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Reads the header row. Every required column must be present ("FILE:1: missing column
    // 'x'"); a column neither required nor optional is an error ("FILE:1: unknown column 'x';
    // expected a, b, c"); so is a duplicate column or an empty file.
    Status readHeader(const QStringList &required, const QStringList &optional = {});
    // Advances to the next record: true if there is one, false at the end of the file.
    // After an error every later call returns the same error.
    Result<bool> next();

    const QStringList &header() const { return m_header; }
    // Index of a header column, -1 if absent (an optional column not in the file).
    int column(const QString &name) const { return m_columns.value(name, -1); }
    // Raw UTF-8 of a field of the current record, valid until next(); empty for column -1.
    QByteArrayView bytes(int column) const
    {
        if (column < 0 || static_cast<std::size_t>(column) >= m_fields.size())
            return {};
        const Field &f = m_fields[static_cast<std::size_t>(column)];
        return QByteArrayView(m_buf.data() + f.begin, f.end - f.begin);
    }
    // The field decoded (a U+FEFF at its start is kept, unlike QString::fromUtf8).
    QString text(int column) const;

    // 1-based line where the current record (or the header) starts.
    qint64 line() const { return m_recordLine; }
    // "FILE:LINE".
    QString where() const;
    // makeError(BadInput, where() + ": " + reason), for callers rejecting a field.
    Error errorAt(const QString &reason) const;
    // Bytes read from the device so far, for progress reporting.
    qint64 bytesRead() const { return m_bytesRead; }
    const QString &fileName() const { return m_fileName; }

private:
    enum class State : quint8 {
        RecordStart, FieldStart, Unquoted, Quoted, AfterQuote, AfterCr, Blank, BlankCr
    };
    struct Field {
        qsizetype begin;
        qsizetype end;
    };

    Status skipByteOrderMark();
    Status checkHeader(const QStringList &required, const QStringList &optional);
    Result<bool> readRecord(); // fills m_fields; false at the end of the file
    Result<bool> finishAtEnd(State state, qsizetype fieldBegin, qsizetype write, qint64 quoteLine);
    Result<bool> fill();       // reads a chunk: true if more valid bytes, false at the end
    void compact();
    QString fieldLabel(std::size_t index) const;
    Error fail(qint64 line, const QString &reason, ErrorCode code = ErrorCode::BadInput);

    QIODevice *m_device;
    QString m_fileName;
    qsizetype m_chunkSize;

    std::vector<char> m_buf;
    qsizetype m_dataEnd = 0;     // bytes held in m_buf
    qsizetype m_validEnd = 0;    // bytes checked as UTF-8: the parser never looks past this
    qsizetype m_pos = 0;         // parse position
    qsizetype m_recordStart = 0; // bytes before this may be dropped when refilling
    qsizetype m_fieldBegin = 0;  // partial field state saved across a refill
    qsizetype m_write = 0;
    bool m_eof = false;
    bool m_utf8Invalid = false;  // the byte at m_validEnd starts an invalid sequence
    qint64 m_line = 1;           // line of m_pos
    qint64 m_recordLine = 1;
    qint64 m_bytesRead = 0;

    std::vector<Field> m_fields;
    QStringList m_header;
    QHash<QString, int> m_columns;
    bool m_headerRead = false;
    std::optional<Error> m_error;
};

} // namespace custos::io
