#pragma once
// Deterministic pseudo-random numbers for the demo generator: xoshiro256** seeded through
// splitmix64. Not for secrets (keys and salts come from crypto::Random); only for demo data
// that must come out the same for the same seed.

#include "money/Int128.h"

#include <QByteArray>
#include <QtGlobal>

#include <cstring>

namespace custos::demo::detail {

class DemoRng {
public:
    // stream separates independent sequences drawn from one seed (e.g. one per client).
    explicit DemoRng(quint64 seed, quint64 stream = 0)
    {
        quint64 x = seed ^ (stream * 0x9e3779b97f4a7c15ULL) ^ 0x6a09e667f3bcc908ULL;
        for (quint64 &s : m_s)
            s = splitmix(x);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, n); 0 when n is 0. Lemire's multiply-shift with rejection: unbiased.
    quint64 below(quint64 n)
    {
        if (n == 0)
            return 0;
        uint128 m = uint128(next()) * n;
        auto low = quint64(m);
        if (low < n) {
            const quint64 threshold = (0 - n) % n;
            while (low < threshold) {
                m = uint128(next()) * n;
                low = quint64(m);
            }
        }
        return quint64(m >> 64);
    }

    // Uniform in [0, n) for 128-bit ranges (the bias of a 128-bit modulo is below 2^-64 here).
    uint128 below128(uint128 n)
    {
        if (n == 0)
            return 0;
        if (n <= ~quint64(0))
            return below(quint64(n));
        const uint128 r = (uint128(next()) << 64) | next();
        return r % n;
    }

    // Uniform in [lo, hi], lo <= hi.
    qint64 range(qint64 lo, qint64 hi) { return lo + qint64(below(quint64(hi - lo) + 1)); }
    bool percent(int p) { return below(100) < quint64(p); }

    QByteArray bytes(int n)
    {
        QByteArray out(n, Qt::Uninitialized);
        for (int i = 0; i < n; i += 8) {
            quint64 v = next();
            for (int j = i; j < n && j < i + 8; ++j, v >>= 8)
                out[j] = char(v & 0xff);
        }
        return out;
    }

    // Lower-case hex of n random bytes.
    QByteArray hex(int n, const char *prefix = "")
    {
        static constexpr char kDigits[] = "0123456789abcdef";
        const int p = int(qstrlen(prefix));
        QByteArray out(p + 2 * n, Qt::Uninitialized);
        memcpy(out.data(), prefix, size_t(p));
        char *d = out.data() + p;
        for (int i = 0; i < n; i += 8) {
            quint64 v = next();
            for (int j = i; j < n && j < i + 8; ++j, v >>= 8) {
                *d++ = kDigits[(v >> 4) & 0xf];
                *d++ = kDigits[v & 0xf];
            }
        }
        return out;
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    static quint64 splitmix(quint64 &x)
    {
        quint64 z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    quint64 m_s[4] = {};
};

} // namespace custos::demo::detail
