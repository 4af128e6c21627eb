// CsvReader's record parser: a resumable state machine over the buffered, validated bytes.
#include "io/CsvReader.h"

#include <array>

namespace custos::io {

namespace {

constexpr std::array<bool, 256> makeSpecialTable()
{
    std::array<bool, 256> t{};
    t[static_cast<unsigned char>(',')] = true;
    t[static_cast<unsigned char>('"')] = true;
    t[static_cast<unsigned char>('\n')] = true;
    t[static_cast<unsigned char>('\r')] = true;
    return t;
}

constexpr std::array<bool, 256> kSpecial = makeSpecialTable();

QString strayCr()
{
    return QStringLiteral("carriage return not followed by a line feed");
}

} // namespace

Result<bool> CsvReader::readRecord()
{
    m_fields.clear();
    m_recordStart = m_pos;
    m_recordLine = m_line;
    State state = State::RecordStart;
    qsizetype fieldBegin = 0;
    qsizetype write = 0;
    qint64 quoteLine = 0;
    qint64 blankLine = 0;
    for (;;) {
        char *buf = m_buf.data();
        const qsizetype end = m_validEnd;
        qsizetype p = m_pos;
        qint64 line = m_line;
        bool done = false;
        while (p < end && !done) {
            switch (state) {
            case State::RecordStart:
                if (buf[p] == '\n' || buf[p] == '\r') {
                    state = State::Blank;
                    blankLine = line;
                    break;
                }
                state = State::FieldStart;
                [[fallthrough]];
            case State::FieldStart:
                if (buf[p] == '"') {
                    quoteLine = line;
                    fieldBegin = write = ++p;
                    state = State::Quoted;
                } else {
                    fieldBegin = p;
                    state = State::Unquoted;
                }
                break;
            case State::Unquoted: {
                while (p < end && !kSpecial[static_cast<unsigned char>(buf[p])])
                    ++p;
                if (p == end)
                    break;
                const char c = buf[p];
                if (c == '"')
                    return fail(line, QStringLiteral("quote inside unquoted %1; quote the whole field "
                                                     "and double the quotes inside it")
                                          .arg(fieldLabel(m_fields.size())));
                m_fields.push_back({fieldBegin, p});
                ++p;
                if (c == ',') {
                    state = State::FieldStart;
                } else if (c == '\n') {
                    ++line;
                    done = true;
                } else {
                    state = State::AfterCr;
                }
                break;
            }
            case State::Quoted:
                if (write == p) { // nothing unescaped yet: scan without copying
                    while (p < end && buf[p] != '"')
                        line += buf[p++] == '\n';
                    write = p;
                } else {
                    while (p < end && buf[p] != '"') {
                        const char c = buf[p++];
                        line += c == '\n';
                        buf[write++] = c;
                    }
                }
                if (p < end) {
                    ++p; // the quote: an escape or the end of the field
                    state = State::AfterQuote;
                }
                break;
            case State::AfterQuote: {
                const char c = buf[p];
                if (c == '"') {
                    buf[write++] = '"';
                    ++p;
                    state = State::Quoted;
                    break;
                }
                if (c != ',' && c != '\n' && c != '\r')
                    return fail(line, QStringLiteral("unexpected character after the closing quote of %1")
                                          .arg(fieldLabel(m_fields.size())));
                m_fields.push_back({fieldBegin, write});
                ++p;
                if (c == ',') {
                    state = State::FieldStart;
                } else if (c == '\n') {
                    ++line;
                    done = true;
                } else {
                    state = State::AfterCr;
                }
                break;
            }
            case State::AfterCr:
                if (buf[p] != '\n')
                    return fail(line, strayCr());
                ++p;
                ++line;
                done = true;
                break;
            case State::Blank:
                if (buf[p] == '\n') {
                    ++p;
                    ++line;
                } else if (buf[p] == '\r') {
                    ++p;
                    state = State::BlankCr;
                } else {
                    return fail(blankLine, QStringLiteral("blank line in the middle of the file"));
                }
                break;
            case State::BlankCr:
                if (buf[p] != '\n')
                    return fail(line, strayCr());
                ++p;
                ++line;
                state = State::Blank;
                break;
            }
        }
        m_pos = p;
        m_line = line;
        if (done)
            return true;
        if (state == State::Blank || state == State::BlankCr)
            m_recordStart = p; // blank lines need not be kept
        m_fieldBegin = fieldBegin;
        m_write = write;
        const Result<bool> more = fill(); // may move the buffer: offsets are shifted
        fieldBegin = m_fieldBegin;
        write = m_write;
        if (!more.ok())
            return more.error();
        if (!*more)
            return finishAtEnd(state, fieldBegin, write, quoteLine);
    }
}

Result<bool> CsvReader::finishAtEnd(State state, qsizetype fieldBegin, qsizetype write, qint64 quoteLine)
{
    switch (state) {
    case State::RecordStart:
    case State::Blank:
        return false;
    case State::FieldStart: // after a trailing comma: one more, empty field
        m_fields.push_back({m_pos, m_pos});
        return true;
    case State::Unquoted:
        m_fields.push_back({fieldBegin, m_pos});
        return true;
    case State::AfterQuote:
        m_fields.push_back({fieldBegin, write});
        return true;
    case State::Quoted:
        return fail(quoteLine, QStringLiteral("unterminated quoted field"));
    case State::AfterCr:
    case State::BlankCr:
        break;
    }
    return fail(m_line, strayCr());
}

} // namespace custos::io
