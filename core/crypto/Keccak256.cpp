#include "crypto/Keccak256.h"

#include <array>
#include <cstdint>

namespace custos::crypto {

namespace {

constexpr int kRateBytes = 136;
constexpr int kDigestBytes = 32;
constexpr int kRounds = 24;

using State = std::array<std::uint64_t, 25>; // lane (x, y) lives at index x + 5 * y

constexpr std::array<std::uint64_t, kRounds> kRoundConstants = {
    0x0000000000000001ULL, 0x0000000000008082ULL, 0x800000000000808aULL, 0x8000000080008000ULL,
    0x000000000000808bULL, 0x0000000080000001ULL, 0x8000000080008081ULL, 0x8000000000008009ULL,
    0x000000000000008aULL, 0x0000000000000088ULL, 0x0000000080008009ULL, 0x000000008000000aULL,
    0x000000008000808bULL, 0x800000000000008bULL, 0x8000000000008089ULL, 0x8000000000008003ULL,
    0x8000000000008002ULL, 0x8000000000000080ULL, 0x000000000000800aULL, 0x800000008000000aULL,
    0x8000000080008081ULL, 0x8000000000008080ULL, 0x0000000080000001ULL, 0x8000000080008008ULL,
};

// Rotation offsets r[x + 5 * y] of the rho step.
constexpr std::array<int, 25> kRho = {
    0,  1,  62, 28, 27, //
    36, 44, 6,  55, 20, //
    3,  10, 43, 25, 39, //
    41, 45, 15, 21, 8,  //
    18, 2,  61, 56, 14, //
};

constexpr std::uint64_t rotl(std::uint64_t v, int n)
{
    return n == 0 ? v : (v << n) | (v >> (64 - n));
}

void keccakF1600(State &a)
{
    for (int round = 0; round < kRounds; ++round) {
        // theta
        std::array<std::uint64_t, 5> c{};
        for (int x = 0; x < 5; ++x)
            c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
        for (int x = 0; x < 5; ++x) {
            const std::uint64_t d = c[(x + 4) % 5] ^ rotl(c[(x + 1) % 5], 1);
            for (int y = 0; y < 25; y += 5)
                a[x + y] ^= d;
        }
        // rho and pi: B[y, 2x + 3y] = rot(A[x, y], r[x, y])
        State b{};
        for (int x = 0; x < 5; ++x)
            for (int y = 0; y < 5; ++y)
                b[y + 5 * ((2 * x + 3 * y) % 5)] = rotl(a[x + 5 * y], kRho[x + 5 * y]);
        // chi
        for (int y = 0; y < 25; y += 5)
            for (int x = 0; x < 5; ++x)
                a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
        // iota
        a[0] ^= kRoundConstants[round];
    }
}

// XORs one rate-sized block (little-endian lanes) into the state and permutes.
void absorbBlock(State &state, const unsigned char *block)
{
    for (int i = 0; i < kRateBytes; ++i)
        state[i / 8] ^= std::uint64_t(block[i]) << (8 * (i % 8));
    keccakF1600(state);
}

} // namespace

QByteArray keccak256(QByteArrayView data)
{
    State state{};
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    qsizetype remaining = data.size();
    while (remaining >= kRateBytes) {
        absorbBlock(state, bytes);
        bytes += kRateBytes;
        remaining -= kRateBytes;
    }

    // Final block: leftover bytes, Keccak pad10*1 with domain bit 0x01, last byte |= 0x80.
    std::array<unsigned char, kRateBytes> last{};
    for (qsizetype i = 0; i < remaining; ++i)
        last[static_cast<std::size_t>(i)] = bytes[i];
    last[static_cast<std::size_t>(remaining)] ^= 0x01;
    last[kRateBytes - 1] ^= 0x80;
    absorbBlock(state, last.data());

    QByteArray digest(kDigestBytes, Qt::Uninitialized);
    for (int i = 0; i < kDigestBytes; ++i)
        digest[i] = static_cast<char>((state[i / 8] >> (8 * (i % 8))) & 0xff);
    return digest;
}

} // namespace custos::crypto
