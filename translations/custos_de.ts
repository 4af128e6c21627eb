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
