#pragma once
// Shared helpers of the libFuzzer targets (tests/fuzz/fuzz_*.cpp).
//
// Every target defines LLVMFuzzerTestOneInput; a target aborts (and so reports a crash) only
// when a parser breaks one of its own promises, e.g. a value that parses does not survive
// formatting and parsing again. Sanitizer reports (ASan, UBSan) are crashes as well.

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace custos::fuzz {

// Stops the run with a message: libFuzzer records the input as a crash.
[[noreturn]] inline void broken(const char *what)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

inline QByteArrayView bytesOf(const uint8_t *data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// Scripted node answers for SourceOptions::transport. The input holds the answers one after the
// other, separated by a line "@@"; in each answer the token @ID stands for the ids of the
// request it answers, in request order (the i-th @ID gets the i-th id, cycling). When the
// answers run out every further request fails, which ends the call under test.
class ScriptedNode {
public:
    explicit ScriptedNode(QByteArrayView input)
    {
        m_answers = input.toByteArray().split('\n');
        // Re-join lines into answers at the "@@" separator lines.
        QList<QByteArray> answers;
        QByteArray current;
        bool any = false;
        for (const QByteArray &line : std::as_const(m_answers)) {
            if (line == "@@") {
                answers.append(current);
                current.clear();
                any = false;
                continue;
            }
            if (any)
                current.append('\n');
            current.append(line);
            any = true;
        }
        answers.append(current);
        m_answers = answers;
    }

    Result<QByteArray> answer(const QByteArray &request)
    {
        if (m_next >= m_answers.size())
            return makeError(ErrorCode::SourceFailed, QStringLiteral("the scripted node has no more answers"));
        QByteArray body = m_answers[m_next++];
        // The source waits and asks again while another scan runs: not something to fuzz.
        if (body.contains("in progress"))
            return makeError(ErrorCode::SourceFailed, QStringLiteral("the scripted node refuses to script a busy scan"));
        const QList<QByteArray> ids = requestIds(request);
        if (ids.isEmpty())
            return body;
        QByteArray out;
        out.reserve(body.size() + 64);
        qsizetype from = 0;
        qsizetype k = 0;
        for (;;) {
            const qsizetype at = body.indexOf("@ID", from);
            if (at < 0)
                break;
            out.append(body.constData() + from, at - from);
            out.append(ids[k++ % ids.size()]);
            from = at + 3;
        }
        out.append(body.constData() + from, body.size() - from);
        return out;
    }

private:
    static QList<QByteArray> requestIds(const QByteArray &request)
    {
        QList<QByteArray> ids;
        const QJsonDocument doc = QJsonDocument::fromJson(request);
        const QJsonArray calls = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
        for (const QJsonValue call : calls)
            ids.append(QByteArray::number(call.toObject().value(QStringLiteral("id")).toInteger()));
        return ids;
    }

    QList<QByteArray> m_answers;
    qsizetype m_next = 0;
};

} // namespace custos::fuzz
