#include "approvals/Canonical.h"

namespace custos::approvals {

Result<QByteArray> decisionMessage(const DecisionFields &f)
{
    const std::pair<const char *, QString> lines[] = {
        {"register", f.registerId},
        {"request", QString::number(f.requestId)},
        {"client", f.client},
        {"asset", f.asset},
        {"amount", f.amountBaseUnits},
        {"from", f.from},
        {"to", f.to},
        {"policy", QString::number(f.policyVersion)},
        {"required", QString::number(f.required)},
        {"expires", f.expiresAt},
        {"decision", f.decision},
        {"time", f.signedAt},
        {"signer", f.signer},
    };
    QByteArray out;
    out.reserve(512);
    out.append("custos-withdrawal-decision-v1\n");
    for (const auto &[key, value] : lines) {
        if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')))
            return makeError(ErrorCode::BadInput, QStringLiteral("the %1 of request %2 contains a line break and cannot be signed")
                                                      .arg(QLatin1String(key)).arg(f.requestId));
        out.append(key).append('=').append(value.toUtf8()).append('\n');
    }
    return out;
}

} // namespace custos::approvals
