#include "ledger/MovementDigest.h"

#include <charconv>

namespace custos::ledger {

MovementDigest::MovementDigest()
{
    m_buf.reserve(512);
    m_hash.add("custos-movements/v1");
}

void MovementDigest::putInt(std::optional<qint64> v)
{
    if (!v) {
        m_buf.append('-');
        m_buf.append('\x1f');
        return;
    }
    char tmp[24];
    auto res = std::to_chars(tmp, tmp + sizeof tmp, *v);
    m_buf.append(tmp, res.ptr - tmp);
    m_buf.append('\x1f');
}

void MovementDigest::putText(QByteArrayView v)
{
    char tmp[24];
    auto res = std::to_chars(tmp, tmp + sizeof tmp, v.size());
    m_buf.append(tmp, res.ptr - tmp);
    m_buf.append(':');
    m_buf.append(v.data(), v.size());
    m_buf.append('\x1f');
}

void MovementDigest::add(const MovementFields &m)
{
    m_buf.resize(0);
    putInt(m.id);
    putInt(m.clientId);
    putInt(m.assetId);
    putText(m.amount);
    putText(m.kind);
    putText(m.occurredAt);
    putText(m.recordedAt);
    putInt(m.addressId);
    putText(m.txHash);
    putInt(m.blockHeight);
    putInt(m.corrects);
    putInt(m.withdrawalId);
    putInt(m.batchId);
    putText(m.note);
    m_buf.append('\n');
    m_hash.add(m_buf);
    ++m_count;
}

QString MovementDigest::finishHex()
{
    return QString::fromLatin1(m_hash.finish().toHex());
}

} // namespace custos::ledger
