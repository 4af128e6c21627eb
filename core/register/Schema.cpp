#include "register/Schema.h"

#include "ledger/Totals.h"
#include "register/Database.h"

namespace custos::reg {

namespace {

// Version 1: users, reference data, ledger, positions, audit chain.
constexpr const char *kV1 = R"SQL(
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE users (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,
  role        TEXT NOT NULL CHECK (role IN ('operator','approver','compliance','admin')),
  public_key  BLOB NOT NULL,
  created_at  TEXT NOT NULL,
  created_by  TEXT NOT NULL,
  disabled_at TEXT
);
CREATE TABLE clients (
  id         INTEGER PRIMARY KEY,
  code       TEXT NOT NULL UNIQUE,
  name       TEXT NOT NULL,
  lei        TEXT,
  lang       TEXT NOT NULL DEFAULT 'en' CHECK (lang IN ('en','de','fr')),
  is_firm    INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);
CREATE TABLE assets (
  id         INTEGER PRIMARY KEY,
  code       TEXT NOT NULL UNIQUE,
  chain      TEXT NOT NULL,
  symbol     TEXT NOT NULL,
  decimals   INTEGER NOT NULL CHECK (decimals BETWEEN 0 AND 38),
  contract   TEXT,
  created_at TEXT NOT NULL
);
CREATE TABLE keysets (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,
  owner       TEXT NOT NULL CHECK (owner IN ('client','firm')),
  description TEXT,
  created_at  TEXT NOT NULL
);
CREATE TABLE addresses (
  id         INTEGER PRIMARY KEY,
  chain      TEXT NOT NULL,
  address    TEXT NOT NULL,
  owner      TEXT NOT NULL CHECK (owner IN ('client','omnibus','firm')),
  client_id  INTEGER REFERENCES clients(id),
  keyset_id  INTEGER NOT NULL REFERENCES keysets(id),
  label      TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (chain, address),
  CHECK ((owner = 'client') = (client_id IS NOT NULL))
);
CREATE INDEX addresses_client ON addresses(client_id);
CREATE INDEX addresses_keyset ON addresses(keyset_id);
CREATE TABLE import_batches (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL,
  file_name   TEXT NOT NULL,
  file_sha256 TEXT NOT NULL,
  rows        INTEGER NOT NULL,
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL
);
CREATE INDEX import_batches_sha ON import_batches(file_sha256);
CREATE TABLE movements (
  id            INTEGER PRIMARY KEY,
  client_id     INTEGER NOT NULL REFERENCES clients(id),
  asset_id      INTEGER NOT NULL REFERENCES assets(id),
  amount        TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('deposit','withdrawal','fee','adjustment','transfer')),
  occurred_at   TEXT NOT NULL,
  recorded_at   TEXT NOT NULL,
  address_id    INTEGER REFERENCES addresses(id),
  tx_hash       TEXT,
  tx_key        INTEGER,
  block_height  INTEGER,
  corrects      INTEGER REFERENCES movements(id),
  withdrawal_id INTEGER,
  batch_id      INTEGER REFERENCES import_batches(id),
  note          TEXT
);
CREATE INDEX movements_client_asset ON movements(client_id, asset_id, occurred_at);
CREATE INDEX movements_address ON movements(address_id, block_height);
-- tx_key: the first 8 bytes of the tx hash as an integer; a compact index for lookups by hash
-- (always queried together with tx_hash itself).
CREATE INDEX movements_tx ON movements(tx_key);
CREATE TABLE positions (
  client_id        INTEGER NOT NULL REFERENCES clients(id),
  asset_id         INTEGER NOT NULL REFERENCES assets(id),
  balance          TEXT NOT NULL,
  movement_count   INTEGER NOT NULL,
  last_movement_id INTEGER NOT NULL,
  PRIMARY KEY (client_id, asset_id)
) WITHOUT ROWID;
CREATE TABLE prices (
  asset_id  INTEGER NOT NULL REFERENCES assets(id),
  date      TEXT NOT NULL,
  currency  TEXT NOT NULL,
  price     TEXT NOT NULL,
  source    TEXT NOT NULL,
  batch_id  INTEGER REFERENCES import_batches(id),
  PRIMARY KEY (asset_id, date, currency)
) WITHOUT ROWID;
CREATE TABLE screening_entries (
  id        INTEGER PRIMARY KEY,
  chain     TEXT NOT NULL,
  address   TEXT NOT NULL,
  list      TEXT NOT NULL,
  reason    TEXT NOT NULL,
  batch_id  INTEGER REFERENCES import_batches(id),
  UNIQUE (chain, address, list)
);
CREATE TABLE audit_log (
  seq       INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  actor     TEXT NOT NULL,
  action    TEXT NOT NULL,
  payload   TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash      TEXT NOT NULL
);
CREATE INDEX audit_log_action ON audit_log(action);
)SQL";

// Version 2: reconciliation runs pinned to a block, and their breaks.
constexpr const char *kV2 = R"SQL(
CREATE TABLE recon_runs (
  id          INTEGER PRIMARY KEY,
  chain       TEXT NOT NULL,
  source      TEXT NOT NULL,
  height      INTEGER,
  block_hash  TEXT,
  status      TEXT NOT NULL CHECK (status IN ('clean','breaks','incomplete')),
  pairs       INTEGER NOT NULL DEFAULT 0,
  breaks      INTEGER NOT NULL DEFAULT 0,
  tolerances  TEXT NOT NULL DEFAULT '{}',
  problem     TEXT,
  last_movement INTEGER NOT NULL DEFAULT 0,
  started_at  TEXT NOT NULL,
  finished_at TEXT NOT NULL,
  run_by      TEXT NOT NULL
);
CREATE INDEX recon_runs_chain ON recon_runs(chain, id);
CREATE TABLE recon_breaks (
  id            INTEGER PRIMARY KEY,
  run_id        INTEGER NOT NULL REFERENCES recon_runs(id),
  kind          TEXT NOT NULL CHECK (kind IN ('balance','unrecorded_transfer','unknown_tx')),
  address       TEXT NOT NULL,
  address_id    INTEGER REFERENCES addresses(id),
  asset_id      INTEGER NOT NULL REFERENCES assets(id),
  register      TEXT NOT NULL,
  chain_balance TEXT NOT NULL,
  difference    TEXT NOT NULL,
  tx_hash       TEXT,
  status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','explained','resolved')),
  owner         TEXT,
  note          TEXT,
  resolved_by_movement INTEGER REFERENCES movements(id),
  resolved_by_run      INTEGER REFERENCES recon_runs(id),
  updated_at    TEXT NOT NULL
);
CREATE INDEX recon_breaks_run ON recon_breaks(run_id);
CREATE INDEX recon_breaks_status ON recon_breaks(status, asset_id);
)SQL";

// Version 3: withdrawal approvals: versioned policies, requests and their signed decisions,
// the destination whitelist with its admin approvals, freezes, and screening hits of deposit
// sources seen by reconciliation.
constexpr const char *kV3 = R"SQL(
CREATE TABLE policies (
  version  INTEGER PRIMARY KEY,
  document TEXT NOT NULL,
  set_at   TEXT NOT NULL,
  set_by   TEXT NOT NULL
);
CREATE TABLE withdrawals (
  id                INTEGER PRIMARY KEY,
  client_id         INTEGER NOT NULL REFERENCES clients(id),
  asset_id          INTEGER NOT NULL REFERENCES assets(id),
  amount            TEXT NOT NULL,
  destination       TEXT NOT NULL,
  source_address_id INTEGER NOT NULL REFERENCES addresses(id),
  policy_version    INTEGER NOT NULL,
  needs             INTEGER NOT NULL CHECK (needs >= 1),
  approver_role     TEXT NOT NULL,
  approvers_named   TEXT NOT NULL DEFAULT '',
  status            TEXT NOT NULL CHECK (status IN ('pending','approved','rejected','blocked','expired','executed')),
  eur_value         TEXT,
  policy_result     TEXT NOT NULL,
  screening_result  TEXT NOT NULL,
  maker             TEXT NOT NULL,
  created_at        TEXT NOT NULL,
  not_before        TEXT,
  expires_at        TEXT NOT NULL,
  decided_at        TEXT,
  compliance_decision TEXT CHECK (compliance_decision IN ('release','reject')),
  compliance_note   TEXT,
  compliance_by     TEXT,
  compliance_at     TEXT,
  exported_at       TEXT,
  exported_by       TEXT,
  tx_hash           TEXT,
  movement_id       INTEGER REFERENCES movements(id),
  executed_at       TEXT,
  executed_by       TEXT
);
CREATE INDEX withdrawals_status ON withdrawals(status, id);
CREATE INDEX withdrawals_client ON withdrawals(client_id, created_at);
CREATE INDEX withdrawals_client_asset ON withdrawals(client_id, asset_id, status);
CREATE INDEX withdrawals_tx ON withdrawals(tx_hash);
CREATE TABLE withdrawal_approvals (
  id            INTEGER PRIMARY KEY,
  withdrawal_id INTEGER NOT NULL REFERENCES withdrawals(id),
  signer        TEXT NOT NULL,
  signer_role   TEXT NOT NULL,
  public_key    BLOB NOT NULL,
  decision      TEXT NOT NULL CHECK (decision IN ('approve','reject')),
  reason        TEXT,
  signed_at     TEXT NOT NULL,
  signature     BLOB NOT NULL,
  UNIQUE (withdrawal_id, signer)
);
CREATE TABLE whitelist (
  id            INTEGER PRIMARY KEY,
  client_id     INTEGER NOT NULL REFERENCES clients(id),
  chain         TEXT NOT NULL,
  address       TEXT NOT NULL,
  label         TEXT,
  status        TEXT NOT NULL CHECK (status IN ('proposed','approved')),
  needs         INTEGER NOT NULL,
  proposed_by   TEXT NOT NULL,
  proposed_at   TEXT NOT NULL,
  approved_at   TEXT,
  usable_from   TEXT,
  UNIQUE (client_id, chain, address)
);
CREATE TABLE whitelist_approvals (
  whitelist_id INTEGER NOT NULL REFERENCES whitelist(id),
  admin        TEXT NOT NULL,
  approved_at  TEXT NOT NULL,
  PRIMARY KEY (whitelist_id, admin)
) WITHOUT ROWID;
CREATE TABLE freezes (
  id             INTEGER PRIMARY KEY,
  client_id      INTEGER REFERENCES clients(id),
  asset_id       INTEGER REFERENCES assets(id),
  reason         TEXT NOT NULL,
  frozen_by      TEXT NOT NULL,
  frozen_at      TEXT NOT NULL,
  unfreeze_by    TEXT,
  unfreeze_at    TEXT,
  lifted_by      TEXT,
  lifted_at      TEXT
);
CREATE INDEX freezes_active ON freezes(lifted_at);
CREATE TABLE screening_hits (
  id           INTEGER PRIMARY KEY,
  chain        TEXT NOT NULL,
  tx_hash      TEXT NOT NULL,
  address      TEXT NOT NULL,
  counterparty TEXT NOT NULL,
  asset        TEXT NOT NULL,
  amount       TEXT NOT NULL,
  list         TEXT NOT NULL,
  reason       TEXT NOT NULL,
  seen_at      TEXT NOT NULL,
  UNIQUE (chain, tx_hash, address, list)
);
CREATE INDEX movements_withdrawal ON movements(withdrawal_id);
)SQL";

// Version 7: chain endpoints (node URLs and their credentials) kept inside the encrypted register,
// never in a plain settings file.
constexpr const char *kV7 = R"SQL(
CREATE TABLE chain_endpoints (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE,
  chain      TEXT NOT NULL,
  url        TEXT NOT NULL,
  rpc_user   TEXT NOT NULL DEFAULT '',
  rpc_secret TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);
)SQL";

// Version 4: every produced client statement (MiCA Art. 75(5)), quarterly or on request.
// pdf_sha256 is the SHA-256 of the PDF file's bytes (what `statement verify` looks up);
// content_sha256 the SHA-256 of the canonical JSON twin, printed in the PDF's footer.
constexpr const char *kV4 = R"SQL(
CREATE TABLE statements (
  id             INTEGER PRIMARY KEY,
  document_id    TEXT NOT NULL UNIQUE,
  client_id      INTEGER NOT NULL REFERENCES clients(id),
  period         TEXT NOT NULL,
  period_from    TEXT NOT NULL,
  period_to      TEXT NOT NULL,
  on_request     INTEGER NOT NULL CHECK (on_request IN (0, 1)),
  language       TEXT NOT NULL CHECK (language IN ('en','de','fr')),
  file_name      TEXT NOT NULL,
  json_file_name TEXT NOT NULL,
  pdf_sha256     TEXT NOT NULL,
  content_sha256 TEXT NOT NULL,
  pages          INTEGER NOT NULL,
  total_value    TEXT NOT NULL,
  currency       TEXT NOT NULL,
  issued_at      TEXT NOT NULL,
  issued_by      TEXT NOT NULL
);
CREATE INDEX statements_pdf ON statements(pdf_sha256);
CREATE INDEX statements_client ON statements(client_id, period);
)SQL";

// Version 6: every reconciliation run records the audit head it saw, signed by its user
// (audit/Anchor.h); `audit verify` checks each one against the chain.
constexpr const char *kV6 = R"SQL(
ALTER TABLE recon_runs ADD COLUMN head_seq INTEGER;
ALTER TABLE recon_runs ADD COLUMN head_hash TEXT;
ALTER TABLE recon_runs ADD COLUMN head_signed_at TEXT;
ALTER TABLE recon_runs ADD COLUMN head_signature TEXT;
)SQL";

// Version 8: every client statement records the audit head it saw, signed by its issuer
// (audit/Anchor.h; the JSON twin carries it too); `audit verify` checks each one against the chain.
constexpr const char *kV8 = R"SQL(
ALTER TABLE statements ADD COLUMN head_seq INTEGER;
ALTER TABLE statements ADD COLUMN head_hash TEXT;
ALTER TABLE statements ADD COLUMN head_signed_at TEXT;
ALTER TABLE statements ADD COLUMN head_signature TEXT;
)SQL";

// Version 9: totals kept incrementally so the dashboard reads rows, never scans. asset_totals:
// per asset, the sum of the clients' positions and the firm's position (base units as decimal
// text), the clients holding it and its movements; register_totals: the clients holding any
// position. Both are written by MovementWriter in the transaction that writes the positions;
// this migration fills them from the positions (ledger::rebuildTotals). recon_run_totals: per
// run and asset, the register's and the chain's total as the run compared them (a run that is
// incomplete records none). Indexes for the dashboard's counts and the client page's breaks;
// statements_period (statements due) is made by migrateV9, only where the statements table is:
// a register created before version 4 was merged may lack it.
constexpr const char *kV9 = R"SQL(
CREATE TABLE asset_totals (
  asset_id        INTEGER PRIMARY KEY REFERENCES assets(id),
  clients         TEXT NOT NULL,
  firm            TEXT NOT NULL,
  clients_holding INTEGER NOT NULL,
  movement_count  INTEGER NOT NULL
);
CREATE TABLE register_totals (
  name  TEXT PRIMARY KEY,
  value INTEGER NOT NULL
);
CREATE TABLE recon_run_totals (
  run_id         INTEGER NOT NULL REFERENCES recon_runs(id),
  asset_id       INTEGER NOT NULL REFERENCES assets(id),
  register_total TEXT NOT NULL,
  chain_total    TEXT NOT NULL,
  pairs          INTEGER NOT NULL,
  PRIMARY KEY (run_id, asset_id)
) WITHOUT ROWID;
CREATE INDEX recon_breaks_address ON recon_breaks(address_id, run_id);
CREATE INDEX clients_firm ON clients(is_firm);
CREATE INDEX addresses_owner ON addresses(owner);
)SQL";

Status migrateV9(Database &db)
{
    CUSTOS_TRY(ledger::rebuildTotals(db));
    auto st = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'statements'");
    if (!st.ok())
        return st.error();
    auto row = st->step();
    if (!row.ok())
        return row.error();
    const bool hasStatements = *row && st->columnInt(0) > 0;
    st->reset();
    return hasStatements ? db.exec("CREATE INDEX statements_period ON statements(period, client_id)") : okStatus();
}

struct Migration {
    int version = 0;
    const char *sql = nullptr;
    Status (*fill)(Database &db) = nullptr; // data step after the SQL, in the same transaction
};

constexpr Migration kMigrations[] = {
    {1, kV1},
    {2, kV2},
    {3, kV3},
    {4, kV4},
    {6, kV6},
    {7, kV7},
    {8, kV8},
    {9, kV9, &migrateV9},
};

} // namespace

int latestSchemaVersion()
{
    return kMigrations[std::size(kMigrations) - 1].version;
}

QList<int> schemaVersions()
{
    QList<int> out;
    for (const Migration &m : kMigrations)
        out.append(m.version);
    return out;
}

Status migrateTo(Database &db, int target)
{
    auto current = db.userVersion();
    if (!current.ok())
        return current.error();
    if (*current > latestSchemaVersion())
        return makeError(ErrorCode::CannotOpen,
                         QStringLiteral("%1 was written by a newer Custos (schema %2; this program knows up to %3)")
                             .arg(db.path())
                             .arg(*current)
                             .arg(latestSchemaVersion()));
    for (const Migration &m : kMigrations) {
        if (m.version <= *current || m.version > target)
            continue;
        Transaction tx(db);
        CUSTOS_TRY(tx.begun());
        if (auto s = db.exec(m.sql); !s.ok())
            return makeError(ErrorCode::Internal,
                             QStringLiteral("schema migration to version %1 failed: %2").arg(m.version).arg(s.message()));
        if (m.fill) {
            if (auto s = m.fill(db); !s.ok())
                return makeError(ErrorCode::Internal,
                                 QStringLiteral("schema migration to version %1 failed: %2").arg(m.version).arg(s.message()));
        }
        CUSTOS_TRY(db.setUserVersion(m.version));
        CUSTOS_TRY(tx.commit());
    }
    return okStatus();
}

Status migrate(Database &db)
{
    return migrateTo(db, latestSchemaVersion());
}

} // namespace custos::reg
