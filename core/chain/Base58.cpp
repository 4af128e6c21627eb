#include "chain/Base58.h"

#include <QCryptographicHash>

#include <vector>

namespace custos::chain {

namespace {

constexpr char kAlphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
constexpr int kChecksumBytes = 4;

// Value of a Base58 digit, or -1 when the character is not in the alphabet.
int digitValue(QChar c)
{
    const char16_t u = c.unicode();
    for (int i = 0; i < 58; ++i) {
        if (static_cast<unsigned char>(kAlphabet[i]) == u)
            return i;
    }
    return -1;
}

QByteArray checksum(QByteArrayView payload)
{
    const QByteArray once = QCryptographicHash::hash(payload, QCryptographicHash::Sha256);
    return QCryptographicHash::hash(once, QCryptographicHash::Sha256).left(kChecksumBytes);
}

} // namespace

QByteArray base58Encode(QByteArrayView data)
{
    qsizetype zeros = 0;
    while (zeros < data.size() && data[zeros] == 0)
        ++zeros;

    // Base-58 digits of the big-endian number, least significant first.
    std::vector<unsigned char> digits;
    digits.reserve(static_cast<std::size_t>(data.size()) * 138 / 100 + 1);
    for (qsizetype i = zeros; i < data.size(); ++i) {
        int carry = static_cast<unsigned char>(data[i]);
        for (unsigned char &d : digits) {
            carry += 256 * d;
            d = static_cast<unsigned char>(carry % 58);
            carry /= 58;
        }
        while (carry > 0) {
            digits.push_back(static_cast<unsigned char>(carry % 58));
            carry /= 58;
        }
    }

    QByteArray out(zeros, '1');
    out.reserve(zeros + static_cast<qsizetype>(digits.size()));
    for (auto it = digits.rbegin(); it != digits.rend(); ++it)
        out.append(kAlphabet[*it]);
    return out;
}

Result<QByteArray> base58Decode(QStringView text)
{
    qsizetype ones = 0;
    while (ones < text.size() && text[ones] == u'1')
        ++ones;

    // Base-256 bytes of the number, least significant first.
    std::vector<unsigned char> bytes;
    bytes.reserve(static_cast<std::size_t>(text.size()) * 733 / 1000 + 1);
    for (qsizetype i = ones; i < text.size(); ++i) {
        const int value = digitValue(text[i]);
        if (value < 0)
            return makeError(ErrorCode::BadInput,
                             QStringLiteral("invalid Base58 character '%1' at position %2")
                                 .arg(QString(text[i]), QString::number(i)));
        int carry = value;
        for (unsigned char &b : bytes) {
            carry += 58 * b;
            b = static_cast<unsigned char>(carry & 0xff);
            carry >>= 8;
        }
        while (carry > 0) {
            bytes.push_back(static_cast<unsigned char>(carry & 0xff));
            carry >>= 8;
        }
    }

    QByteArray out(ones, '\0');
    out.reserve(ones + static_cast<qsizetype>(bytes.size()));
    for (auto it = bytes.rbegin(); it != bytes.rend(); ++it)
        out.append(static_cast<char>(*it));
    return out;
}

QString base58CheckEncode(QByteArrayView payload)
{
    QByteArray full = payload.toByteArray();
    full.append(checksum(payload));
    return QString::fromLatin1(base58Encode(full));
}

Result<QByteArray> base58CheckDecode(QStringView text)
{
    Result<QByteArray> raw = base58Decode(text);
    CUSTOS_TRY(raw);
    const QByteArray &bytes = raw.value();
    if (bytes.size() < kChecksumBytes)
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("Base58Check text is too short: %1 bytes, need at least "
                                        "the 4-byte checksum")
                             .arg(bytes.size()));
    const QByteArray payload = bytes.left(bytes.size() - kChecksumBytes);
    if (checksum(payload) != bytes.right(kChecksumBytes))
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("Base58Check text has a bad checksum (a typo or a "
                                        "truncated address)"));
    return payload;
}

} // namespace custos::chain
