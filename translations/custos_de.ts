<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>custos::ui::AddressesModel</name>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Key set</source>
        <translation>Schlüsselsatz</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
</context>
<context>
    <name>custos::ui::AuditLogModel</name>
    <message>
        <source>Seq</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
</context>
<context>
    <name>custos::ui::AuditPage</name>
    <message>
        <source>Checking the hash chain…</source>
        <translation>Hash-Kette wird geprüft …</translation>
    </message>
    <message>
        <source>Re-hashing movements: %1 of %2</source>
        <translation>Bewegungen werden neu gehasht: %1 von %2</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Walk the whole hash chain and re-hash every movement it covers</source>
        <translation>Die gesamte Hash-Kette durchlaufen und jede darin erfasste Bewegung neu hashen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Every change, hash-chained: each entry&apos;s hash covers the one before it. Verify finds any edited, deleted or reordered entry or movement.</source>
        <translation>Jede Änderung ist in einer Hash-Kette verknüpft: Der Hash jedes Eintrags schließt den vorherigen ein. „Prüfen“ findet jeden geänderten, gelöschten oder umsortierten Eintrag und jede solche Bewegung.</translation>
    </message>
    <message>
        <source>the verification worker ended without a result</source>
        <translation>der Prüfvorgang endete ohne Ergebnis</translation>
    </message>
    <message>
        <source>Verification could not run: %1. The audit log was NOT verified.</source>
        <translation>Die Prüfung konnte nicht ausgeführt werden: %1. Das Prüfprotokoll wurde NICHT geprüft.</translation>
    </message>
    <message>
        <source>TAMPERED at entry %1: %2</source>
        <translation>MANIPULIERT bei Eintrag %1: %2</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message numerus="yes">
        <source>intact: %1 entries, head %2</source>
        <translation>
            <numerusform>intakt: %1 Eintrag, Kettenkopf %2</numerusform>
            <numerusform>intakt: %1 Einträge, Kettenkopf %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to see its payload and hashes.</source>
        <translation>Wählen Sie einen Eintrag aus, um seine Nutzdaten und Hashes zu sehen.</translation>
    </message>
    <message>
        <source>entry %1 · %2 UTC · %3 · %4
prev %5
hash %6

%7</source>
        <translation>Eintrag %1 · %2 UTC · %3 · %4
zuvor %5
Hash  %6

%7</translation>
    </message>
</context>
<context>
    <name>custos::ui::BreakDetail</name>
    <message>
        <source>Break</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <source>you, if empty</source>
        <translation>Sie selbst, wenn leer</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Vermerk:</translation>
    </message>
    <message>
        <source>what explains the difference</source>
        <translation>was die Differenz erklärt</translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation>&amp;Erklären</translation>
    </message>
    <message>
        <source>Record the owner and the note; an open break becomes explained</source>
        <translation>Zuständige Person und Vermerk erfassen; eine offene Abweichung gilt dann als erklärt</translation>
    </message>
    <message>
        <source>&amp;Movement:</source>
        <translation>&amp;Bewegung:</translation>
    </message>
    <message>
        <source>id of the correcting movement</source>
        <translation>ID der Korrekturbewegung</translation>
    </message>
    <message>
        <source>&amp;Resolve with movement</source>
        <translation>Mit Bewegung &amp;auflösen</translation>
    </message>
    <message>
        <source>Resolve the break by the correcting movement recorded for it (operators only)</source>
        <translation>Die Abweichung durch die dafür erfasste Korrekturbewegung auflösen (nur Operatoren)</translation>
    </message>
    <message>
        <source>Select a break to see its figures and follow it up.</source>
        <translation>Wählen Sie eine Abweichung aus, um ihre Zahlen zu sehen und sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>%1 on %2 at height %3</source>
        <translation>%1 auf %2 bei Höhe %3</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Kryptowert</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Vermerk</translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation>Aufgelöst durch</translation>
    </message>
    <message>
        <source>movement %1</source>
        <translation>Bewegung %1</translation>
    </message>
    <message>
        <source>clean run %1</source>
        <translation>abweichungsfreien Lauf %1</translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation>Geändert (UTC)</translation>
    </message>
    <message>
        <source>Enter the id of the correcting movement (a whole number).</source>
        <translation>Geben Sie die ID der Korrekturbewegung ein (eine ganze Zahl).</translation>
    </message>
</context>
<context>
    <name>custos::ui::ClientDetail</name>
    <message>
        <source>Select a client to see its positions, addresses and movements.</source>
        <translation>Wählen Sie einen Kunden aus, um seine Bestände, Adressen und Bewegungen zu sehen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Back to the full client list</source>
        <translation>Zurück zur vollständigen Kundenliste</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Bestände</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Bewegungen</translation>
    </message>
    <message>
        <source>LEI %1</source>
        <translation>LEI %1</translation>
    </message>
    <message>
        <source>statements in %1</source>
        <translation>Auszugssprache: %1</translation>
    </message>
    <message>
        <source>client since %1</source>
        <translation>Kunde seit %1</translation>
    </message>
    <message>
        <source>Positions (%1)</source>
        <translation>Bestände (%1)</translation>
    </message>
    <message>
        <source>Addresses (%1)</source>
        <translation>Adressen (%1)</translation>
    </message>
    <message>
        <source>Movements (%1 of %2, newest first; scroll for more)</source>
        <translation>Bewegungen (%1 von %2, neueste zuerst; für weitere blättern)</translation>
    </message>
    <message>
        <source>Movements (%1, newest first)</source>
        <translation>Bewegungen (%1, neueste zuerst)</translation>
    </message>
</context>
<context>
    <name>custos::ui::ClientListModel</name>
    <message>
        <source>Client ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>LEI</source>
        <translation>LEI</translation>
    </message>
    <message>
        <source>Lang</source>
        <translation>Spr.</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Kryptowerte</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Bewegungen</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>Kunde seit</translation>
    </message>
</context>
<context>
    <name>custos::ui::ClientsPage</name>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Search client ID, name or LEI</source>
        <translation>Kunden-ID, Name oder LEI suchen</translation>
    </message>
    <message numerus="yes">
        <source>%1 clients loaded</source>
        <translation>
            <numerusform>%1 Kunde geladen</numerusform>
            <numerusform>%1 Kunden geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 clients match</source>
        <translation>
            <numerusform>%1 Kunde gefunden</numerusform>
            <numerusform>%1 Kunden gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 clients loaded · more load as you scroll</source>
        <translation>
            <numerusform>%1 Kunde geladen · weitere werden beim Blättern geladen</numerusform>
            <numerusform>%1 Kunden geladen · weitere werden beim Blättern geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 clients match · more load as you scroll</source>
        <translation>
            <numerusform>%1 Kunde gefunden · weitere werden beim Blättern geladen</numerusform>
            <numerusform>%1 Kunden gefunden · weitere werden beim Blättern geladen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Bewegungen</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Kryptowerte</translation>
    </message>
    <message>
        <source>Holdings per asset (exact)</source>
        <translation>Bestände je Kryptowert (exakt)</translation>
    </message>
    <message>
        <source>Every client&apos;s position summed, against the firm&apos;s own positions, in whole units of each asset. Hover a bar for its exact amounts.</source>
        <translation>Summe aller Kundenbestände im Vergleich zum Eigenbestand, in ganzen Einheiten des jeweiligen Kryptowerts. Zeigen Sie auf einen Balken, um die exakten Beträge zu sehen.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>%1 · signed in as %2</source>
        <translation>%1 · angemeldet als %2</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>Register wird gelesen …</translation>
    </message>
    <message>
        <source>The dashboard could not be read: %1</source>
        <translation>Die Übersicht konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>excluding the firm&apos;s own book</source>
        <translation>ohne Eigenbestand</translation>
    </message>
    <message>
        <source>%1 client · %2 omnibus · %3 firm</source>
        <translation>%1 Kunden · %2 Omnibus · %3 Eigenbestand</translation>
    </message>
    <message>
        <source>recorded in the ledger</source>
        <translation>im Bewegungsjournal erfasst</translation>
    </message>
    <message numerus="yes">
        <source>%1 key sets</source>
        <translation>
            <numerusform>%1 Schlüsselsatz</numerusform>
            <numerusform>%1 Schlüsselsätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Register ID</source>
        <translation>Register-ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Key derivation</source>
        <translation>Schlüsselableitung</translation>
    </message>
    <message>
        <source>Argon2id, iterations %1, memory %2 KiB, lanes %3</source>
        <translation>Argon2id, Iterationen %1, Speicher %2 KiB, Parallelität %3</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>Das Prüfprotokoll ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>%1 entries · last entry %2 at %3 UTC by %4 (%5)</source>
        <translation>
            <numerusform>%1 Eintrag · letzter Eintrag %2 am %3 UTC durch %4 (%5)</numerusform>
            <numerusform>%1 Einträge · letzter Eintrag %2 am %3 UTC durch %4 (%5)</numerusform>
        </translation>
    </message>
    <message>
        <source>head %1</source>
        <translation>Kopf %1</translation>
    </message>
</context>
<context>
    <name>custos::ui::HoldingsChart</name>
    <message>
        <source>Client vs firm holdings per asset</source>
        <translation>Kundenbestände und Eigenbestand je Kryptowert</translation>
    </message>
    <message>
        <source>Client positions</source>
        <translation>Kundenbestände</translation>
    </message>
    <message>
        <source>Firm (own)</source>
        <translation>Eigenbestand</translation>
    </message>
    <message>
        <source>%1
client positions: %2
firm (own): %3</source>
        <translation>%1
Kundenbestände: %2
Eigenbestand: %3</translation>
    </message>
    <message>
        <source>share of the asset held in custody</source>
        <translation>Anteil am Verwahrbestand</translation>
    </message>
</context>
<context>
    <name>custos::ui::HoldingsModel</name>
    <message>
        <source>Asset</source>
        <translation>Kryptowert</translation>
    </message>
    <message>
        <source>Client positions</source>
        <translation>Kundenbestände</translation>
    </message>
    <message>
        <source>Firm (own)</source>
        <translation>Eigenbestand</translation>
    </message>
    <message>
        <source>Clients holding</source>
        <translation>Kundenanzahl</translation>
    </message>
</context>
<context>
    <name>custos::ui::Launch</name>
    <message>
        <source>cannot render the %1 screen</source>
        <translation>die Ansicht %1 kann nicht dargestellt werden</translation>
    </message>
    <message>
        <source>cannot write the screenshot %1</source>
        <translation>das Bildschirmfoto %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>--password-file needs --register and --user as well.</source>
        <translation>--password-file erfordert zusätzlich --register und --user.</translation>
    </message>
    <message>
        <source>--screenshot needs --register PATH, --user NAME and --password-file FILE</source>
        <translation>--screenshot erfordert --register PFAD, --user NAME und --password-file DATEI</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>das Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>opening %1 timed out</source>
        <translation>Zeitüberschreitung beim Öffnen von %1</translation>
    </message>
    <message>
        <source>the dashboard did not finish loading</source>
        <translation>die Übersicht wurde nicht vollständig geladen</translation>
    </message>
    <message>
        <source>the dashboard could not be read: %1</source>
        <translation>die Übersicht konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the register has no clients; client.png shows no client</source>
        <translation>das Register enthält keine Kunden; client.png zeigt keinen Kunden</translation>
    </message>
    <message>
        <source>the audit verification did not finish</source>
        <translation>die Prüfung des Prüfprotokolls wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>the reconciliation run did not finish</source>
        <translation>der Abstimmungslauf wurde nicht beendet</translation>
    </message>
</context>
<context>
    <name>custos::ui::MainWindow</name>
    <message>
        <source>Custos</source>
        <translation>Custos</translation>
    </message>
    <message>
        <source>About Custos</source>
        <translation>Über Custos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Custos %1&lt;/b&gt;&lt;p&gt;Custody operations console for crypto-asset custodians under MiCA (Regulation (EU) 2023/1114).&lt;/p&gt;</source>
        <translation>&lt;b&gt;Custos %1&lt;/b&gt;&lt;p&gt;Konsole für das Verwahrungsgeschäft von Kryptowerte-Verwahrern nach MiCA (Verordnung (EU) 2023/1114).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>MiCA custody console</source>
        <translation>MiCA-Verwahrungskonsole</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Lock register</source>
        <translation>Register sperren</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Prüfprotokoll</translation>
    </message>
    <message>
        <source>&amp;Refresh dashboard</source>
        <translation>Übersicht &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Custos</source>
        <translation>Ü&amp;ber Custos</translation>
    </message>
    <message>
        <source>No register open</source>
        <translation>Kein Register geöffnet</translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation>Register: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <source>%1 — Custos</source>
        <translation>%1 — Custos</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Abstimmung</translation>
    </message>
    <message>
        <source>R&amp;econciliation</source>
        <translation>A&amp;bstimmung</translation>
    </message>
</context>
<context>
    <name>custos::ui::MovementsModel</name>
    <message>
        <source>%1 base units</source>
        <translation>%1 Basiseinheiten</translation>
    </message>
    <message>
        <source>corrects #%1</source>
        <translation>korrigiert #%1</translation>
    </message>
    <message>
        <source>withdrawal %1</source>
        <translation>Auszahlung %1</translation>
    </message>
    <message>
        <source>Occurred (UTC)</source>
        <translation>Ausgeführt (UTC)</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Kryptowert</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation>Erfasst (UTC)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Vermerk</translation>
    </message>
</context>
<context>
    <name>custos::ui::PositionsModel</name>
    <message>
        <source>%1 base units (%2 decimals)</source>
        <translation>%1 Basiseinheiten (%2 Dezimalstellen)</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Kryptowert</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Bewegungen</translation>
    </message>
</context>
<context>
    <name>custos::ui::ReconBreaksModel</name>
    <message>
        <source>balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>movement not recorded</source>
        <translation>Bewegung nicht erfasst</translation>
    </message>
    <message>
        <source>transaction unknown to the chain</source>
        <translation>Transaktion der Chain unbekannt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>explained</source>
        <translation>erklärt</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>aufgelöst</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Kryptowert</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Vermerk</translation>
    </message>
</context>
<context>
    <name>custos::ui::ReconRunsModel</name>
    <message>
        <source>clean</source>
        <translation>ohne Abweichung</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>Finished (UTC)</source>
        <translation>Beendet (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
</context>
<context>
    <name>custos::ui::ReconStartForm</name>
    <message>
        <source>&amp;Chain:</source>
        <translation>&amp;Chain:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Hei&amp;ght:</source>
        <translation>&amp;Höhe:</translation>
    </message>
    <message>
        <source>Snapshot file</source>
        <translation>Snapshot-Datei</translation>
    </message>
    <message>
        <source>EVM node (JSON-RPC)</source>
        <translation>EVM-Knoten (JSON-RPC)</translation>
    </message>
    <message>
        <source>Bitcoin Core node (JSON-RPC)</source>
        <translation>Bitcoin-Core-Knoten (JSON-RPC)</translation>
    </message>
    <message>
        <source>CSV file: chain,address,asset,balance,block_height</source>
        <translation>CSV-Datei: chain,address,asset,balance,block_height</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Cookie:</source>
        <translation>Cookie:</translation>
    </message>
    <message>
        <source>optional .cookie file</source>
        <translation>optionale .cookie-Datei</translation>
    </message>
    <message>
        <source>tip</source>
        <translation>Spitze</translation>
    </message>
    <message>
        <source>Pin the run to this block height; leave empty for the source&apos;s tip</source>
        <translation>Den Lauf auf diese Blockhöhe festlegen; leer lassen für die Spitze der Quelle</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Source kind</source>
        <translation>Art der Quelle</translation>
    </message>
    <message>
        <source>EVM node URL</source>
        <translation>URL des EVM-Knotens</translation>
    </message>
    <message>
        <source>Bitcoin Core node URL</source>
        <translation>URL des Bitcoin-Core-Knotens</translation>
    </message>
    <message>
        <source>Cookie file</source>
        <translation>Cookie-Datei</translation>
    </message>
    <message>
        <source>Pinned block height</source>
        <translation>Festgelegte Blockhöhe</translation>
    </message>
    <message>
        <source>Choose a chain. The register has no assets yet: add an asset before reconciling.</source>
        <translation>Wählen Sie eine Chain. Das Register hat noch keine Kryptowerte: Legen Sie vor der Abstimmung einen Kryptowert an.</translation>
    </message>
    <message>
        <source>Choose the snapshot file to reconcile against.</source>
        <translation>Wählen Sie die Snapshot-Datei, gegen die abgestimmt werden soll.</translation>
    </message>
    <message>
        <source>Enter the URL of the EVM node, for example http://127.0.0.1:8545.</source>
        <translation>Geben Sie die URL des EVM-Knotens ein, zum Beispiel http://127.0.0.1:8545.</translation>
    </message>
    <message>
        <source>Enter the URL of the Bitcoin Core node, for example http://127.0.0.1:8332.</source>
        <translation>Geben Sie die URL des Bitcoin-Core-Knotens ein, zum Beispiel http://127.0.0.1:8332.</translation>
    </message>
    <message>
        <source>The height must be a block number, or empty for the tip.</source>
        <translation>Die Höhe muss eine Blocknummer sein oder leer bleiben (Spitze).</translation>
    </message>
    <message>
        <source>Choose a chain snapshot</source>
        <translation>Chain-Snapshot auswählen</translation>
    </message>
    <message>
        <source>Snapshot files (*.csv);;All files (*)</source>
        <translation>Snapshot-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the node&apos;s cookie file</source>
        <translation>Cookie-Datei des Knotens auswählen</translation>
    </message>
    <message>
        <source>Cookie files (.cookie *.cookie);;All files (*)</source>
        <translation>Cookie-Dateien (.cookie *.cookie);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>custos::ui::ReconciliationPage</name>
    <message>
        <source>Checking the source…</source>
        <translation>Quelle wird geprüft …</translation>
    </message>
    <message>
        <source>Summing the register at the pinned height…</source>
        <translation>Register wird zur festgelegten Höhe summiert …</translation>
    </message>
    <message>
        <source>Asking the chain: %1 of %2 balances</source>
        <translation>Abfrage der Chain: %1 von %2 Salden</translation>
    </message>
    <message>
        <source>Matching transfers with the register…</source>
        <translation>Transfers werden mit dem Register abgeglichen …</translation>
    </message>
    <message>
        <source>Opening the source…</source>
        <translation>Quelle wird geöffnet …</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Abstimmung</translation>
    </message>
    <message>
        <source>Compare every address and asset of a chain with the register at one block height. Every difference is a break to explain; a run whose source failed is never clean.</source>
        <translation>Vergleicht jede Adresse und jeden Kryptowert einer Chain bei einer Blockhöhe mit dem Register. Jede Differenz ist eine zu erklärende Abweichung; ein Lauf, dessen Quelle versagt hat, gilt nie als abweichungsfrei.</translation>
    </message>
    <message>
        <source>Start run</source>
        <translation>Lauf starten</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop asking the node; the run is recorded as incomplete</source>
        <translation>Abfragen am Knoten beenden; der Lauf wird als unvollständig erfasst</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Breaks of the selected run</source>
        <translation>Abweichungen des ausgewählten Laufs</translation>
    </message>
    <message>
        <source>Only operators run reconciliations; you are signed in as %1 with the role %2.</source>
        <translation>Nur Operatoren führen Abstimmungen durch; Sie sind als %1 mit der Rolle %2 angemeldet.</translation>
    </message>
    <message>
        <source>Run the reconciliation in the background; the window stays usable</source>
        <translation>Die Abstimmung im Hintergrund ausführen; das Fenster bleibt bedienbar</translation>
    </message>
    <message>
        <source>the reconciliation worker ended without a result</source>
        <translation>der Abstimmungsvorgang endete ohne Ergebnis</translation>
    </message>
    <message>
        <source>The reconciliation did not run: %1. Nothing was recorded as clean.</source>
        <translation>Die Abstimmung wurde nicht ausgeführt: %1. Nichts wurde als abweichungsfrei erfasst.</translation>
    </message>
    <message>
        <source>Run %1 on %2: clean at height %3</source>
        <translation>Lauf %1 auf %2: ohne Abweichung bei Höhe %3</translation>
    </message>
    <message>
        <source>Run %1 on %2: clean at height %3 (block %4)</source>
        <translation>Lauf %1 auf %2: ohne Abweichung bei Höhe %3 (Block %4)</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 on %2: %3 breaks at height %4</source>
        <translation>
            <numerusform>Lauf %1 auf %2: %3 Abweichung bei Höhe %4</numerusform>
            <numerusform>Lauf %1 auf %2: %3 Abweichungen bei Höhe %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run %1 on %2: %3 breaks at height %4 (block %5)</source>
        <translation>
            <numerusform>Lauf %1 auf %2: %3 Abweichung bei Höhe %4 (Block %5)</numerusform>
            <numerusform>Lauf %1 auf %2: %3 Abweichungen bei Höhe %4 (Block %5)</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 on %2 INCOMPLETE: %3 — nothing was recorded as clean</source>
        <translation>Lauf %1 auf %2 UNVOLLSTÄNDIG: %3 — nichts wurde als abweichungsfrei erfasst</translation>
    </message>
    <message>
        <source>the run ended in the status &apos;%1&apos;</source>
        <translation>der Lauf endete mit dem Status „%1“</translation>
    </message>
</context>
<context>
    <name>custos::ui::Session</name>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>custos::ui::UnlockPage</name>
    <message>
        <source>Custos</source>
        <translation>Custos</translation>
    </message>
    <message>
        <source>Custody operations console · version %1</source>
        <translation>Verwahrungskonsole · Version %1</translation>
    </message>
    <message>
        <source>Open a register with your user name and password. The key is derived on this desk; the password never leaves it and is never stored.</source>
        <translation>Öffnen Sie ein Register mit Ihrem Benutzernamen und Passwort. Der Schlüssel wird an diesem Arbeitsplatz abgeleitet; das Passwort verlässt ihn nie und wird nie gespeichert.</translation>
    </message>
    <message>
        <source>/path/to/NAME.custos</source>
        <translation>/pfad/zu/NAME.custos</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Register file</source>
        <translation>Registerdatei</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Deriving the key and opening the register…</source>
        <translation>Schlüssel wird abgeleitet und Register geöffnet …</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Open register</source>
        <translation>Register öffnen</translation>
    </message>
    <message>
        <source>Custos registers (*.custos);;All files (*)</source>
        <translation>Custos-Register (*.custos);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the register file to open.</source>
        <translation>Wählen Sie die zu öffnende Registerdatei aus.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>Register file to open.</source>
        <translation>Zu öffnende Registerdatei.</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>Benutzername.</translation>
    </message>
    <message>
        <source>Read the password from the first line of %1 and open the register at once.</source>
        <translation>Das Passwort aus der ersten Zeile von %1 lesen und das Register sofort öffnen.</translation>
    </message>
    <message>
        <source>Render every screen to %1/&lt;screen&gt;.png at 1280x800 and exit.</source>
        <translation>Jede Ansicht als %1/&lt;Ansicht&gt;.png in 1280x800 ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Interface language: en, de or fr (default: the last choice in View &gt; Language, else the system language, else en).</source>
        <translation>Sprache der Oberfläche: en, de oder fr (Standard: die zuletzt unter Ansicht &gt; Sprache gewählte, sonst die Systemsprache, sonst en).</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Die Version ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Custos custody operations console</source>
        <translation>Custos – Konsole für das Verwahrungsgeschäft</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>custos: %1 (see custos --help)</source>
        <translation>custos: %1 (siehe custos --help)</translation>
    </message>
    <message>
        <source>custos: there is no &apos;%1&apos; interface language; choose en, de or fr.</source>
        <translation>custos: Die Oberflächensprache „%1“ gibt es nicht; wählen Sie en, de oder fr.</translation>
    </message>
    <message>
        <source>custos: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set). To run headless, render the screens with QT_QPA_PLATFORM=offscreen custos --screenshot DIR --register PATH --user NAME --password-file FILE, or use custosctl.</source>
        <translation>custos: Es ist keine Anzeige vorhanden (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt). Für einen Betrieb ohne Anzeige geben Sie die Ansichten mit QT_QPA_PLATFORM=offscreen custos --screenshot VERZ --register PFAD --user NAME --password-file DATEI aus oder verwenden custosctl.</translation>
    </message>
</context>
</TS>
