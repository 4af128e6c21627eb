#pragma once
// The bytes an approver signs. Every approval and rejection is an Ed25519 signature over this
// encoding, so it can be checked offline with the signer's public key and the request alone.
//
// Encoding (UTF-8, every line ends with one "\n", keys in this order, no other bytes):
//   custos-withdrawal-decision-v1
//   register=<register id, UUID>
//   request=<withdrawal id, decimal>
//   client=<client id>
//   asset=<CHAIN:SYM>
//   amount=<amount in base units, decimal integer, no sign, no leading zeros>
//   from=<source address, canonical form>
//   to=<destination address, canonical form>
//   policy=<policy version, decimal>
//   required=<approvals required, decimal>
//   expires=<YYYY-MM-DDTHH:MM:SSZ>
//   decision=<approve|reject>
//   time=<YYYY-MM-DDTHH:MM:SSZ, when the signer decided>
//   signer=<user name>
// No value may contain a line break (ids, asset codes, canonical addresses and user names never
// do; decisionMessage() refuses one). The rejection reason is not signed: it is recorded beside.

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace custos::approvals {

struct DecisionFields {
    QString registerId;
    qint64 requestId = 0;
    QString client;
    QString asset;
    QString amountBaseUnits;
    QString from;
    QString to;
    qint64 policyVersion = 0;
    int required = 1;
    QString expiresAt;
    QString decision; // approve | reject
    QString signedAt;
    QString signer;
};

Result<QByteArray> decisionMessage(const DecisionFields &f);

// The prefix of the exporter's signature over an instruction bundle (see Bundle.h).
inline constexpr char kBundleDomain[] = "custos-instruction-bundle-v1\n";

} // namespace custos::approvals
