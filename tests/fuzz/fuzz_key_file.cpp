// Fuzzes the key-slot file parser (register/KeyFile) and the recovery key parser. A key file
// that parses must serialize and parse back to the same slots; every refusal is CannotOpen.
#include "FuzzSupport.h"
#include "register/KeyFile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace custos;
    const QByteArray json = fuzz::bytesOf(data, size).toByteArray();
    const Result<reg::KeyFile> kf = reg::KeyFile::parse(json, QStringLiteral("fuzz.custos-keys"));
    if (!kf.ok()) {
        if (kf.error().code != ErrorCode::CannotOpen)
            fuzz::broken("a damaged key file is not CannotOpen");
    } else {
        const Result<reg::KeyFile> again = reg::KeyFile::parse(kf->serialize(), QStringLiteral("again"));
        if (!again.ok() || again->registerId != kf->registerId || again->dbSalt != kf->dbSalt
            || again->keySlots.size() != kf->keySlots.size())
            fuzz::broken("a parsed key file does not serialize and parse back");
        for (qsizetype i = 0; i < kf->keySlots.size(); ++i) {
            const reg::KeySlot &a = kf->keySlots[i];
            const reg::KeySlot &b = again->keySlots[i];
            if (a.user != b.user || a.salt != b.salt || a.wrappedMaster != b.wrappedMaster || a.kdf.memoryKiB != b.kdf.memoryKiB)
                fuzz::broken("a key slot changed on the way through serialize");
        }
        (void)kf->recoverySlot();
        (void)kf->findUser(QStringLiteral("alice"));
    }
    const Result<crypto::SecureBytes> recovery = reg::parseRecoveryKey(QString::fromUtf8(json));
    if (recovery.ok() && reg::parseRecoveryKey(reg::formatRecoveryKey(*recovery)).ok() == false)
        fuzz::broken("a parsed recovery key does not format and parse back");
    return 0;
}
