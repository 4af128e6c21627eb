#pragma once
// One result of the segregation verifier: which layer of MiCA Art. 75(7) it concerns, the rule
// that found it (a stable kebab-case id), what it is about and a sentence saying what is wrong.

#include <QString>

namespace custos::segregation {

enum class Layer { OnChain, Access, Records };

// "on-chain", "access", "records"
QString layerName(Layer l);
inline constexpr Layer kLayers[] = {Layer::OnChain, Layer::Access, Layer::Records};

struct Finding {
    Layer layer = Layer::OnChain;
    QString rule;    // e.g. "client-assets-at-firm-address"
    QString subject; // "bitcoin:bc1q…", "keyset:NAME", "movement:123", "user:NAME", "client:C1/bitcoin:BTC", "chain:bitcoin", "audit-log"
    QString detail;  // a sentence
};

} // namespace custos::segregation
