#pragma once
// Shared between the evidence pack's writer and verifier (internal to core/evidence).

namespace custos::evidence {

inline constexpr char kManifestFormat[] = "custos-evidence/1";

} // namespace custos::evidence
