#pragma once
// Keeps the secrets of an unlocked register out of crash output: the process stops being
// dumpable (prctl PR_SET_DUMPABLE 0: no core file, no ptrace attach by other processes of the
// same user, /proc/PID/mem closed to them) and its core file limit becomes 0. Called by every
// path that unlocks a register (Register::create, open, openWithRecoveryKey) and by the CLI
// before it reads a password, so both custos and custosctl are covered. It stays in force for
// the rest of the process: a process that once held a key never dumps it later.

namespace custos::crypto {

// Idempotent and cheap; true when both settings took effect.
bool guardProcessSecrets();

// What the kernel reports now: the process is not dumpable and its core limit is 0.
bool processSecretsGuarded();

} // namespace custos::crypto
