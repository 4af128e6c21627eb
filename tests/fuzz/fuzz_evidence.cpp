// Fuzzes the evidence-pack verifier (`custosctl verify-evidence`, evidence/EvidenceVerify): it
// reads a folder, so each input is written into a scratch folder first. Input: an optional first
// line "@@key HEX" (the --trusted-key), then manifest.json's bytes, then any number of sections
// "\n@@file NAME\n" followed by that file's bytes (NAME: letters, digits, '.', '_', '-').
// The verifier must never crash, its verdict must agree with its problems, and a pack it accepts
// must be refused once a file's byte changes, a listed file goes, or a file is added.
#include "FuzzSupport.h"
#include "evidence/Evidence.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

using namespace custos;

struct Pack {
    QByteArray trustedKey;
    QByteArray manifest;
    QList<std::pair<QString, QByteArray>> files;
};

Pack split(const QByteArray &input)
{
    Pack p;
    QByteArray rest = input;
    if (rest.startsWith("@@key ")) {
        const qsizetype eol = rest.indexOf('\n');
        p.trustedKey = rest.mid(6, eol < 0 ? -1 : eol - 6);
        rest = eol < 0 ? QByteArray() : rest.mid(eol + 1);
    }
    static const QByteArray marker("\n@@file ");
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    qsizetype at = rest.indexOf(marker);
    p.manifest = rest.left(at);
    while (at >= 0 && p.files.size() < 32) {
        const qsizetype nameFrom = at + marker.size();
        const qsizetype eol = rest.indexOf('\n', nameFrom);
        if (eol < 0)
            break;
        const qsizetype next = rest.indexOf(marker, eol);
        const QString name = QString::fromLatin1(rest.mid(nameFrom, eol - nameFrom));
        if (plain.match(name).hasMatch() && name != QLatin1String(".") && name != QLatin1String("..") && name != evidence::manifestName())
            p.files.append({name, rest.mid(eol + 1, next < 0 ? -1 : next - eol - 1)});
        at = next;
    }
    return p;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

evidence::VerifyResult verify(const QString &dir, const QString &key)
{
    auto r = evidence::verifyEvidence(dir, key);
    if (!r.ok()) {
        // Only a trusted key that is not 64 hex digits is refused before the pack is read.
        if (r.error().code != ErrorCode::BadInput || key.isEmpty())
            fuzz::broken("verifyEvidence failed on a readable folder");
        return evidence::VerifyResult{};
    }
    if (r->valid != r->problems.isEmpty())
        fuzz::broken("the evidence verdict disagrees with its problems");
    return *r;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir scratch;
    if (!scratch.isValid())
        fuzz::broken("no scratch folder");
    const QString dir = scratch.filePath(QStringLiteral("pack"));
    QDir(dir).removeRecursively();
    if (!QDir().mkpath(dir))
        fuzz::broken("cannot create the scratch pack folder");

    const Pack p = split(fuzz::bytesOf(data, size).toByteArray());
    const QString key = QString::fromLatin1(p.trustedKey);
    if (!write(dir + QLatin1Char('/') + evidence::manifestName(), p.manifest))
        fuzz::broken("cannot write the manifest");
    for (const auto &[name, bytes] : p.files)
        if (!write(dir + QLatin1Char('/') + name, bytes))
            fuzz::broken("cannot write a pack file");

    const evidence::VerifyResult r = verify(dir, key);
    if (!r.valid)
        return 0;
    // Accepted: every alteration of its files is refused.
    for (const auto &[name, bytes] : p.files) {
        const QString path = dir + QLatin1Char('/') + name;
        QByteArray changed = bytes;
        if (changed.isEmpty())
            changed = "x";
        else
            changed[changed.size() / 2] = char(changed[changed.size() / 2] ^ 0x01);
        write(path, changed);
        if (verify(dir, key).valid)
            fuzz::broken("a pack with a changed file was accepted");
        QFile::remove(path);
        if (verify(dir, key).valid)
            fuzz::broken("a pack with a removed file was accepted");
        write(path, bytes);
    }
    write(dir + QStringLiteral("/added.csv"), "a,b\n");
    if (verify(dir, key).valid)
        fuzz::broken("a pack with an added file was accepted");
    return 0;
}
