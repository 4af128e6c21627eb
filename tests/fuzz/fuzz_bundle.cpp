// Fuzzes the offline instruction-bundle verifier (`custosctl verify-bundle`, approvals/Bundle):
// the input is a bundle file, optionally followed by a line "@@trusted" and a trusted-keys file
// (`user keys --out`) to pin it against. The verifier must never crash, its verdict must agree
// with its failures, and a bundle it accepts must be refused again once any byte of it changes
// (the exporter's signature covers every field, the canonical form every byte).
#include "FuzzSupport.h"
#include "approvals/Bundle.h"

#include <optional>

namespace {

using namespace custos;

void checkVerdict(const approvals::BundleCheck &c)
{
    if (c.valid != c.failures.isEmpty())
        fuzz::broken("the bundle verdict disagrees with its failures");
    if (c.valid && (c.required < 1 || c.approvals < c.required))
        fuzz::broken("a bundle with too few valid approvals was accepted");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytesOf(data, size).toByteArray();
    static const QByteArray separator("\n@@trusted\n");
    const qsizetype cut = input.indexOf(separator);
    // The bundle keeps its own final newline: the separator starts after it.
    const QByteArray bundle = cut < 0 ? input : input.left(cut + 1);
    std::optional<approvals::TrustedKeys> trusted;
    if (cut >= 0) {
        auto t = approvals::parseTrustedKeys(input.mid(cut + separator.size()), QStringLiteral("fuzz-keys.json"));
        if (t.ok())
            trusted = *t;
        else if (t.error().code != ErrorCode::BadInput)
            fuzz::broken("a damaged trusted-keys file is not BadInput");
    }
    const approvals::TrustedKeys *pin = trusted ? &*trusted : nullptr;
    const approvals::BundleCheck c = approvals::verifyBundle(bundle, pin);
    checkVerdict(c);
    if (!c.valid)
        return 0;
    // Accepted: one changed byte anywhere (sampled evenly, first and last included) is refused.
    const qsizetype n = bundle.size();
    for (qsizetype k = 0; k <= 64; ++k) {
        const qsizetype at = k == 64 ? n - 1 : k * n / 64;
        QByteArray changed = bundle;
        changed[at] = char(changed[at] ^ 0x01);
        if (approvals::verifyBundle(changed, pin).valid)
            fuzz::broken("a bundle with a changed byte was accepted");
    }
    return 0;
}
