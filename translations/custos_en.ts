<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>custos::ui::AddressesModel</name>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::ui::AuditLogModel</name>
    <message>
        <source>Seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::ui::AuditPage</name>
    <message>
        <source>Checking the hash chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-hashing movements: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk the whole hash chain and re-hash every movement it covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change, hash-chained: each entry&apos;s hash covers the one before it. Verify finds any edited, deleted or reordered entry or movement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the verification worker ended without a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification could not run: %1. The audit log was NOT verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAMPERED at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>intact: %1 entries, head %2</source>
        <translation>
            <numerusform>intact: %1 entry, head %2</numerusform>
            <numerusform>intact: %1 entries, head %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to see its payload and hashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 · %2 UTC · %3 · %4
prev %5
hash %6

%7</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::ui::BreakDetail</name>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you, if empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what explains the difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the owner and the note; an open break becomes explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Movement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id of the correcting movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve with movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the break by the correcting movement recorded for it (operators only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a break to see its figures and follow it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 at height %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>movement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clean run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the id of the correcting movement (a whole number).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::ui::ClientDetail</name>
    <message>
        <source>Select a client to see its positions, addresses and movements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the full client list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statements in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movements (%1 of %2, newest first; scroll for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movements (%1, newest first)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::ui::ClientListModel</name>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::ui::ClientsPage</name>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search client ID, name or LEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 clients loaded</source>
        <translation>
            <numerusform>%1 client loaded</numerusform>
            <numerusform>%1 clients loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 clients match</source>
        <translation>
            <numerusform>%1 client matches</numerusform>
            <numerusform>%1 clients match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 clients loaded · more load as you scroll</source>
        <translation>
            <numerusform>%1 client loaded · more load as you scroll</numerusform>
            <numerusform>%1 clients loaded · more load as you scroll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 clients match · more load as you scroll</source>
        <translation>
            <numerusform>%1 client matches · more load as you scroll</numerusform>
            <numerusform>%1 clients match · more load as you scroll</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdings per asset (exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every client&apos;s position summed, against the firm&apos;s own positions, in whole units of each asset. Hover a bar for its exact amounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · signed in as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluding the firm&apos;s own book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 client · %2 omnibus · %3 firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded in the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 key sets</source>
        <translation>
            <numerusform>%1 key set</numerusform>
            <numerusform>%1 key sets</numerusform>
        </translation>
    </message>
    <message>
        <source>Register ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key derivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argon2id, iterations %1, memory %2 KiB, lanes %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 entries · last entry %2 at %3 UTC by %4 (%5)</source>
        <translation>
            <numerusform>%1 entry · last entry %2 at %3 UTC by %4 (%5)</numerusform>
            <numerusform>%1 entries · last entry %2 at %3 UTC by %4 (%5)</numerusform>
        </translation>
    </message>
    <message>
        <source>head %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::ui::HoldingsChart</name>
    <message>
        <source>Client vs firm holdings per asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm (own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
client positions: %2
firm (own): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of the asset held in custody</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::ui::HoldingsModel</name>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm (own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients holding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::ui::Launch</name>
    <message>
        <source>cannot render the %1 screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the screenshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-file needs --register and --user as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot needs --register PATH, --user NAME and --password-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening %1 timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dashboard did not finish loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dashboard could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register has no clients; client.png shows no client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit verification did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reconciliation run did not finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::ui::MainWindow</name>
    <message>
        <source>Custos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Custos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Custos %1&lt;/b&gt;&lt;p&gt;Custody operations console for crypto-asset custodians under MiCA (Regulation (EU) 2023/1114).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiCA custody console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Custos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No register open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Custos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;econciliation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::ui::MovementsModel</name>
    <message>
        <source>%1 base units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrects #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::ui::PositionsModel</name>
    <message>
        <source>%1 base units (%2 decimals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::ui::ReconBreaksModel</name>
    <message>
        <source>balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>movement not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction unknown to the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::ui::ReconRunsModel</name>
    <message>
        <source>clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::ui::ReconStartForm</name>
    <message>
        <source>&amp;Chain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hei&amp;ght:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVM node (JSON-RPC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitcoin Core node (JSON-RPC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file: chain,address,asset,balance,block_height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional .cookie file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the run to this block height; leave empty for the source&apos;s tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVM node URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitcoin Core node URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned block height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a chain. The register has no assets yet: add an asset before reconciling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the snapshot file to reconcile against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the URL of the EVM node, for example http://127.0.0.1:8545.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the URL of the Bitcoin Core node, for example http://127.0.0.1:8332.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The height must be a block number, or empty for the tip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a chain snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the node&apos;s cookie file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie files (.cookie *.cookie);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::ui::ReconciliationPage</name>
    <message>
        <source>Checking the source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summing the register at the pinned height…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the chain: %1 of %2 balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching transfers with the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare every address and asset of a chain with the register at one block height. Every difference is a break to explain; a run whose source failed is never clean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop asking the node; the run is recorded as incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks of the selected run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only operators run reconciliations; you are signed in as %1 with the role %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the reconciliation in the background; the window stays usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reconciliation worker ended without a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reconciliation did not run: %1. Nothing was recorded as clean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 on %2: clean at height %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 on %2: clean at height %3 (block %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run %1 on %2: %3 breaks at height %4</source>
        <translation>
            <numerusform>Run %1 on %2: %3 break at height %4</numerusform>
            <numerusform>Run %1 on %2: %3 breaks at height %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run %1 on %2: %3 breaks at height %4 (block %5)</source>
        <translation>
            <numerusform>Run %1 on %2: %3 break at height %4 (block %5)</numerusform>
            <numerusform>Run %1 on %2: %3 breaks at height %4 (block %5)</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 on %2 INCOMPLETE: %3 — nothing was recorded as clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run ended in the status &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::ui::Session</name>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::ui::UnlockPage</name>
    <message>
        <source>Custos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody operations console · version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a register with your user name and password. The key is derived on this desk; the password never leaves it and is never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path/to/NAME.custos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deriving the key and opening the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custos registers (*.custos);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the register file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of %1 and open the register at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render every screen to %1/&lt;screen&gt;.png at 1280x800 and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: en, de or fr (default: the last choice in View &gt; Language, else the system language, else en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custos custody operations console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custos: %1 (see custos --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custos: there is no &apos;%1&apos; interface language; choose en, de or fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custos: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set). To run headless, render the screens with QT_QPA_PLATFORM=offscreen custos --screenshot DIR --register PATH --user NAME --password-file FILE, or use custosctl.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
