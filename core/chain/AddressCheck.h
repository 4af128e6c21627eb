#pragma once
// Address checks per network: format, checksum and network, with the canonical form returned.

#include "chain/Network.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace custos::chain {

// Checks an address for its network and returns its canonical form: bech32 lower-case;
// base58 as given; EVM as EIP-55 checksummed 0x + 40 hex.
// EVM: all-lower or all-upper hex accepted (no checksum to check); mixed case must match
// EIP-55, else BadInput "address 0x... fails its EIP-55 checksum".
// UTXO: bech32/bech32m segwit with the network's HRP, or Base58Check with a p2pkh/p2sh version
// of that network. A valid address of another network is refused with a sentence naming it
// ("... is a bitcoin-testnet address, not bitcoin"). Empty text and any whitespace are refused
// (no silent trimming).
Result<QString> normalizeAddress(const Network &net, const QString &address);

// "0x" + the EIP-55 mixed-case hex of a 20-byte address (empty when address20 is not 20 bytes).
QString eip55Checksum(const QByteArray &address20);

} // namespace custos::chain
