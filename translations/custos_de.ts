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
    <name>custos::ui::AdminPage</name>
    <message>
        <source>Administration and settings</source>
        <translation>Verwaltung und Einstellungen</translation>
    </message>
    <message>
        <source>You can read the register's settings; only admins change them.</source>
        <translation>Sie können die Einstellungen des Registers lesen; nur Administratoren ändern sie.</translation>
    </message>
    <message>
        <source>Users, means of access, the custodian's details and the nodes reconciliations read from.</source>
        <translation>Benutzer, Zugriffsmittel, die Angaben des Verwahrers und die Knoten, aus denen Abstimmungen lesen.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Key sets</source>
        <translation>Schlüsselsätze</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Verwahrer</translation>
    </message>
    <message>
        <source>Chain endpoints</source>
        <translation>Chain-Endpunkte</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>custos::ui::ApprovalsDetail</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>Select a request to see it in full.</source>
        <translation>Einen Auftrag auswählen, um ihn vollständig zu sehen.</translation>
    </message>
    <message>
        <source>Request detail</source>
        <translation>Auftragsdetails</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>Request %1: %2 %3</source>
        <translation>Auftrag %1: %2 %3</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>%1 by %2, transaction %3</source>
        <translation>%1 von %2, Transaktion %3</translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation>Bündel exportiert</translation>
    </message>
    <message>
        <source>Client's balance</source>
        <translation>Saldo des Kunden</translation>
    </message>
    <message>
        <source>%1 %2 held; %3 reserved by pending and approved requests (this one included while open)</source>
        <translation>%1 %2 im Bestand; %3 durch offene und freigegebene Aufträge reserviert (dieser eingeschlossen, solange offen)</translation>
    </message>
    <message>
        <source>Destination whitelist</source>
        <translation>Whitelist des Ziels</translation>
    </message>
    <message>
        <source>Not on the client's whitelist.</source>
        <translation>Nicht auf der Whitelist des Kunden.</translation>
    </message>
    <message>
        <source>Whitelisted as "%1" since %2 (age %3), approved by %4.</source>
        <translation>Auf der Whitelist als „%1“ seit %2 (Alter %3), freigegeben von %4.</translation>
    </message>
    <message>
        <source>Proposed by %1 on %2, not yet approved.</source>
        <translation>Vorgeschlagen von %1 am %2, noch nicht freigegeben.</translation>
    </message>
    <message>
        <source>Policy result</source>
        <translation>Ergebnis der Richtlinie</translation>
    </message>
    <message>
        <source>Policy version %1: %2 approval(s) of role %3 needed; %4 given.</source>
        <translation>Richtlinienversion %1: %2 Freigabe(n) der Rolle %3 nötig; %4 erteilt.</translation>
    </message>
    <message>
        <source>Named approvers: %1</source>
        <translation>Benannte Freigebende: %1</translation>
    </message>
    <message>
        <source>Screening result</source>
        <translation>Screening-Ergebnis</translation>
    </message>
    <message>
        <source>No hit on the screening lists.</source>
        <translation>Kein Treffer auf den Screening-Listen.</translation>
    </message>
    <message>
        <source>Hit on %1: %2</source>
        <translation>Treffer auf %1: %2</translation>
    </message>
    <message>
        <source>Compliance decision by %1 on %2: %3. %4</source>
        <translation>Compliance-Entscheidung von %1 am %2: %3. %4</translation>
    </message>
    <message>
        <source>released</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Approvals so far</source>
        <translation>Bisherige Freigaben</translation>
    </message>
    <message>
        <source>Nobody has signed yet.</source>
        <translation>Noch hat niemand signiert.</translation>
    </message>
    <message>
        <source>%1 (%2) approved on %3</source>
        <translation>%1 (%2) hat am %3 freigegeben</translation>
    </message>
    <message>
        <source>%1 (%2) rejected on %3: %4</source>
        <translation>%1 (%2) hat am %3 abgelehnt: %4</translation>
    </message>
    <message>
        <source>(signature valid)</source>
        <translation>(Signatur gültig)</translation>
    </message>
    <message>
        <source>(signature INVALID)</source>
        <translation>(Signatur UNGÜLTIG)</translation>
    </message>
    <message>
        <source>Destination whitelisted (entry %1), usable since %2.</source>
        <translation>Ziel auf der Whitelist (Eintrag %1), nutzbar seit %2.</translation>
    </message>
    <message>
        <source>every client</source>
        <translation>alle Kunden</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>every asset</source>
        <translation>alle Vermögenswerte</translation>
    </message>
    <message>
        <source>asset %1</source>
        <translation>Vermögenswert %1</translation>
    </message>
    <message numerus="yes">
        <source>Rule %1 applies (%2, %3, from %4): %n approval(s) of role %5.</source>
        <translation>
            <numerusform>Regel %1 greift (%2, %3, ab %4): %n Freigabe der Rolle %5.</numerusform>
            <numerusform>Regel %1 greift (%2, %3, ab %4): %n Freigaben der Rolle %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule %1 applies (%2, %3, from %4): %n approval(s) from %5.</source>
        <translation>
            <numerusform>Regel %1 greift (%2, %3, ab %4): %n Freigabe von %5.</numerusform>
            <numerusform>Regel %1 greift (%2, %3, ab %4): %n Freigaben von %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>No rule matches %1 for client %2: one approval of role %3.</source>
        <translation>Keine Regel trifft auf %1 für Kunde %2 zu: eine Freigabe der Rolle %3.</translation>
    </message>
    <message>
        <source>Velocity limit %1 (%2 in %3 h): %4 with this request, within the limit.</source>
        <translation>Volumenlimit %1 (%2 in %3 h): %4 mit diesem Auftrag, innerhalb des Limits.</translation>
    </message>
    <message numerus="yes">
        <source>Velocity limit %1 (%2 in %3 h) exceeded: %4 with this request; higher tier, %n approval(s).</source>
        <translation>
            <numerusform>Volumenlimit %1 (%2 in %3 h) überschritten: %4 mit diesem Auftrag; höhere Stufe, %n Freigabe.</numerusform>
            <numerusform>Volumenlimit %1 (%2 in %3 h) überschritten: %4 mit diesem Auftrag; höhere Stufe, %n Freigaben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Inside desk hours.</source>
        <translation>Innerhalb der Geschäftszeiten.</translation>
    </message>
    <message>
        <source>Outside desk hours (%1–%2, %3): approvals from %4 UTC.</source>
        <translation>Außerhalb der Geschäftszeiten (%1–%2, %3): Freigaben ab %4 UTC.</translation>
    </message>
    <message numerus="yes">
        <source>Outside desk hours (%1–%2, %3): one extra approver, %n approval(s) in all.</source>
        <translation>
            <numerusform>Außerhalb der Geschäftszeiten (%1–%2, %3): ein zusätzlicher Freigeber, insgesamt %n Freigabe.</numerusform>
            <numerusform>Außerhalb der Geschäftszeiten (%1–%2, %3): ein zusätzlicher Freigeber, insgesamt %n Freigaben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not frozen; within the available balance.</source>
        <translation>Nicht gesperrt; innerhalb des verfügbaren Bestands.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>custos::ui::ApprovalsFreezesTab</name>
    <message>
        <source>&amp;Lift (2 of 2 admins)</source>
        <translation>&amp;Aufheben (2 von 2 Admins)</translation>
    </message>
    <message>
        <source>Ask to &amp;lift (1 of 2 admins)</source>
        <translation>&amp;Aufhebung beantragen (1 von 2 Admins)</translation>
    </message>
    <message>
        <source>Withdrawals are frozen: %1.</source>
        <translation>Auszahlungen sind gesperrt: %1.</translation>
    </message>
    <message>
        <source>Your request to lift the freeze is recorded: 1 of 2 admins. Another admin must confirm it.</source>
        <translation>Ihr Antrag auf Aufhebung ist erfasst: 1 von 2 Admins. Ein anderer Admin muss ihn bestätigen.</translation>
    </message>
    <message>
        <source>The freeze is lifted (2 of 2 admins).</source>
        <translation>Die Sperre ist aufgehoben (2 von 2 Admins).</translation>
    </message>
    <message>
        <source>A freeze stops withdrawals at once: all of them, one client's, one asset's or a client's asset. Lifting one takes two different admins.</source>
        <translation>Eine Sperre stoppt Auszahlungen sofort: alle, die eines Kunden, eines Vermögenswerts oder eines Vermögenswerts eines Kunden. Die Aufhebung braucht zwei verschiedene Admins.</translation>
    </message>
    <message>
        <source>Freezes</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Client (empty: every client)</source>
        <translation>Kunde (leer: alle Kunden)</translation>
    </message>
    <message>
        <source>Client to freeze</source>
        <translation>Zu sperrender Kunde</translation>
    </message>
    <message>
        <source>Asset (empty: every asset)</source>
        <translation>Vermögenswert (leer: alle)</translation>
    </message>
    <message>
        <source>Asset to freeze</source>
        <translation>Zu sperrender Vermögenswert</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Grund (Pflichtangabe)</translation>
    </message>
    <message>
        <source>Reason for the freeze</source>
        <translation>Grund der Sperre</translation>
    </message>
    <message>
        <source>&amp;Freeze withdrawals</source>
        <translation>Auszahlungen &amp;sperren</translation>
    </message>
    <message>
        <source>Freeze withdrawals</source>
        <translation>Auszahlungen sperren</translation>
    </message>
    <message>
        <source>Lift the selected freeze</source>
        <translation>Ausgewählte Sperre aufheben</translation>
    </message>
</context>
<context>
    <name>custos::ui::ApprovalsPage</name>
    <message>
        <source>Confirm with your password</source>
        <translation>Mit Ihrem Passwort bestätigen</translation>
    </message>
    <message>
        <source>Request %1 was sent (%2).</source>
        <translation>Auftrag %1 wurde gesendet (%2).</translation>
    </message>
    <message>
        <source>Export signed bundle</source>
        <translation>Signiertes Bündel exportieren</translation>
    </message>
    <message>
        <source>Instruction bundles (*.json)</source>
        <translation>Anweisungsbündel (*.json)</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Withdrawal requests, four-eyes approval with signatures, screening decisions, policy, whitelist and freezes</source>
        <translation>Auszahlungsaufträge, Vier-Augen-Freigabe mit Signaturen, Screening-Entscheidungen, Richtlinie, Whitelist und Sperren</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>New withdrawal</source>
        <translation>Neue Auszahlung</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation>Whitelist</translation>
    </message>
    <message>
        <source>Freezes</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Approval views</source>
        <translation>Freigabeansichten</translation>
    </message>
    <message>
        <source>Requests waiting for your signature. Approving or rejecting asks for your password again to unlock your signing key; your own requests never appear here.</source>
        <translation>Aufträge, die auf Ihre Signatur warten. Freigeben oder Ablehnen fragt erneut nach Ihrem Passwort, um Ihren Signaturschlüssel zu entsperren; Ihre eigenen Aufträge erscheinen hier nie.</translation>
    </message>
    <message>
        <source>Requests waiting for me</source>
        <translation>Aufträge, die auf mich warten</translation>
    </message>
    <message>
        <source>Reason for a rejection</source>
        <translation>Grund einer Ablehnung</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <source>Sign an approval of the selected request (Ctrl+Shift+A)</source>
        <translation>Freigabe des ausgewählten Auftrags signieren (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>Approve the selected request</source>
        <translation>Ausgewählten Auftrag freigeben</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>A&amp;blehnen…</translation>
    </message>
    <message>
        <source>Sign a rejection with the reason typed (Ctrl+Shift+R)</source>
        <translation>Ablehnung mit dem eingegebenen Grund signieren (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Reject the selected request</source>
        <translation>Ausgewählten Auftrag ablehnen</translation>
    </message>
    <message>
        <source>Unlocking the signing key</source>
        <translation>Signaturschlüssel wird entsperrt</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Withdrawal requests</source>
        <translation>Auszahlungsaufträge</translation>
    </message>
    <message>
        <source>&amp;Export signed bundle…</source>
        <translation>Signiertes Bündel &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write the approved request's signed instruction bundle for the signing platform (Ctrl+Shift+E)</source>
        <translation>Das signierte Anweisungsbündel des freigegebenen Auftrags für die Signaturplattform schreiben (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Transaction hash of the executed withdrawal</source>
        <translation>Transaktions-Hash der ausgeführten Auszahlung</translation>
    </message>
    <message>
        <source>Transaction hash</source>
        <translation>Transaktions-Hash</translation>
    </message>
    <message>
        <source>Record e&amp;xecution</source>
        <translation>A&amp;usführung erfassen</translation>
    </message>
    <message>
        <source>Record execution</source>
        <translation>Ausführung erfassen</translation>
    </message>
    <message>
        <source>Requests blocked by a screening hit. Release sends one to the approvers; reject ends it. The note is required and stays on the request.</source>
        <translation>Durch einen Screening-Treffer gesperrte Aufträge. Freigeben leitet ihn an die Freigebenden weiter; Ablehnen beendet ihn. Die Notiz ist Pflicht und bleibt am Auftrag.</translation>
    </message>
    <message>
        <source>Blocked requests</source>
        <translation>Gesperrte Aufträge</translation>
    </message>
    <message>
        <source>Release to the approvers</source>
        <translation>An die Freigebenden weiterleiten</translation>
    </message>
    <message>
        <source>Reject the request</source>
        <translation>Auftrag ablehnen</translation>
    </message>
    <message>
        <source>Compliance decision</source>
        <translation>Compliance-Entscheidung</translation>
    </message>
    <message>
        <source>Documented reason for the decision</source>
        <translation>Dokumentierter Grund der Entscheidung</translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation>Notiz zur Entscheidung</translation>
    </message>
    <message>
        <source>Record &amp;decision</source>
        <translation>&amp;Entscheidung erfassen</translation>
    </message>
    <message>
        <source>Record the compliance decision</source>
        <translation>Compliance-Entscheidung erfassen</translation>
    </message>
    <message>
        <source>Type the reason for the rejection first.</source>
        <translation>Geben Sie zuerst den Grund der Ablehnung ein.</translation>
    </message>
    <message>
        <source>Approve request %1 (%2 %3 to %4)? Enter your password to sign.</source>
        <translation>Auftrag %1 (%2 %3 an %4) freigeben? Geben Sie zum Signieren Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Reject request %1? Enter your password to sign.</source>
        <translation>Auftrag %1 ablehnen? Geben Sie zum Signieren Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Nothing was signed.</source>
        <translation>Es wurde nichts signiert.</translation>
    </message>
    <message>
        <source>Unlocking your signing key…</source>
        <translation>Ihr Signaturschlüssel wird entsperrt…</translation>
    </message>
    <message>
        <source>Your password was not accepted, so nothing was signed. %1</source>
        <translation>Ihr Passwort wurde nicht angenommen, daher wurde nichts signiert. %1</translation>
    </message>
    <message>
        <source>You approved request %1: %2, %3 approvals.</source>
        <translation>Sie haben Auftrag %1 freigegeben: %2, %3 Freigaben.</translation>
    </message>
    <message>
        <source>You rejected request %1.</source>
        <translation>Sie haben Auftrag %1 abgelehnt.</translation>
    </message>
    <message>
        <source>The signed bundle of request %1 was written to %2.</source>
        <translation>Das signierte Bündel von Auftrag %1 wurde nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Request %1 is recorded as executed in transaction %2.</source>
        <translation>Auftrag %1 ist als ausgeführt in Transaktion %2 erfasst.</translation>
    </message>
    <message>
        <source>Your decision on request %1 is recorded: %2.</source>
        <translation>Ihre Entscheidung zu Auftrag %1 ist erfasst: %2.</translation>
    </message>
</context>
<context>
    <name>custos::ui::ApprovalsPolicyTab</name>
    <message>
        <source>Load a policy</source>
        <translation>Richtlinie laden</translation>
    </message>
    <message>
        <source>Policy documents (*.json)</source>
        <translation>Richtliniendokumente (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Loaded %1: check it, then set it as the new version.</source>
        <translation>%1 geladen: prüfen und dann als neue Version festlegen.</translation>
    </message>
    <message>
        <source>Policy version %1 is in force.</source>
        <translation>Richtlinienversion %1 ist in Kraft.</translation>
    </message>
    <message>
        <source>Withdrawal policy</source>
        <translation>Auszahlungsrichtlinie</translation>
    </message>
    <message>
        <source>The built-in policy is in force (one approver for every withdrawal, 24 h expiry).</source>
        <translation>Die eingebaute Richtlinie ist in Kraft (ein Freigebender je Auszahlung, Ablauf nach 24 h).</translation>
    </message>
    <message>
        <source>Version %1, set by %2 on %3.</source>
        <translation>Version %1, festgelegt von %2 am %3.</translation>
    </message>
    <message>
        <source>Policy document</source>
        <translation>Richtliniendokument</translation>
    </message>
    <message>
        <source>&amp;Load from file…</source>
        <translation>Aus Datei &amp;laden…</translation>
    </message>
    <message>
        <source>Load a policy from a file</source>
        <translation>Richtlinie aus einer Datei laden</translation>
    </message>
    <message>
        <source>Show the version in force</source>
        <translation>Geltende Version anzeigen</translation>
    </message>
    <message>
        <source>&amp;Set as new version</source>
        <translation>Als neue Version &amp;festlegen</translation>
    </message>
    <message>
        <source>Check the document and make it the policy in force (Ctrl+S)</source>
        <translation>Dokument prüfen und in Kraft setzen (Strg+S)</translation>
    </message>
    <message>
        <source>Set as new version</source>
        <translation>Als neue Version festlegen</translation>
    </message>
</context>
<context>
    <name>custos::ui::ApprovalsRequestForm</name>
    <message>
        <source>New withdrawal</source>
        <translation>Neue Auszahlung</translation>
    </message>
    <message>
        <source>Each field is checked as you type; the request is previewed against the policy in force before you send it.</source>
        <translation>Jedes Feld wird bei der Eingabe geprüft; vor dem Absenden wird der Auftrag gegen die geltende Richtlinie geprüft.</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>A&amp;sset:</source>
        <translation>&amp;Vermögenswert:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Client id, e.g. C0001</source>
        <translation>Kundennummer, z. B. C0001</translation>
    </message>
    <message>
        <source>Whole units, e.g. 0.25</source>
        <translation>Ganze Einheiten, z. B. 0.25</translation>
    </message>
    <message>
        <source>Address on the asset's chain</source>
        <translation>Adresse auf der Chain des Vermögenswerts</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Vermögenswert</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Destination address</source>
        <translation>Zieladresse</translation>
    </message>
    <message>
        <source>Policy preview</source>
        <translation>Vorschau der Richtlinie</translation>
    </message>
    <message>
        <source>&amp;Request withdrawal</source>
        <translation>Auszahlung &amp;beantragen</translation>
    </message>
    <message>
        <source>Send the request to the approvers (Ctrl+Enter)</source>
        <translation>Auftrag an die Freigebenden senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Request withdrawal</source>
        <translation>Auszahlung beantragen</translation>
    </message>
    <message>
        <source>No client %1 in this register.</source>
        <translation>Kein Kunde %1 in diesem Register.</translation>
    </message>
    <message>
        <source>Valid %1 address.</source>
        <translation>Gültige %1-Adresse.</translation>
    </message>
    <message>
        <source>Not on the client's whitelist.</source>
        <translation>Nicht auf der Whitelist des Kunden.</translation>
    </message>
    <message>
        <source>Whitelist: %1 (%2)</source>
        <translation>Whitelist: %1 (%2)</translation>
    </message>
    <message>
        <source>Fill in client, asset, amount and destination to preview the request.</source>
        <translation>Kunde, Vermögenswert, Betrag und Ziel ausfüllen, um den Auftrag zu prüfen.</translation>
    </message>
    <message>
        <source>The destination is on a screening list: the request will be blocked for compliance.</source>
        <translation>Das Ziel steht auf einer Screening-Liste: Der Auftrag wird für Compliance gesperrt.</translation>
    </message>
    <message numerus="yes">
        <source>Allowed: %n approval(s) of role %1 needed.</source>
        <translation>
            <numerusform>Zulässig: %n Freigabe der Rolle %1 nötig.</numerusform>
            <numerusform>Zulässig: %n Freigaben der Rolle %1 nötig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request %1 sent: %2.</source>
        <translation>Auftrag %1 gesendet: %2.</translation>
    </message>
    <message>
        <source>Value %1.</source>
        <translation>Wert %1.</translation>
    </message>
</context>
<context>
    <name>custos::ui::ApprovalsWhitelistTab</name>
    <message numerus="yes">
        <source>%1 is proposed for client %2; it needs %n admin approval(s).</source>
        <translation>
            <numerusform>%1 ist für Kunde %2 vorgeschlagen; nötig ist %n Admin-Freigabe.</numerusform>
            <numerusform>%1 ist für Kunde %2 vorgeschlagen; nötig sind %n Admin-Freigaben.</numerusform>
        </translation>
    </message>
    <message>
        <source>You approved %1: %2.</source>
        <translation>Sie haben %1 freigegeben: %2.</translation>
    </message>
    <message>
        <source>Destinations per client. An entry is usable once enough other admins approved it and its cooling-off period has passed.</source>
        <translation>Ziele je Kunde. Ein Eintrag ist nutzbar, sobald genügend andere Admins ihn freigegeben haben und seine Wartefrist abgelaufen ist.</translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation>Whitelist</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>&amp;Vorschlagen</translation>
    </message>
    <message>
        <source>Propose the address</source>
        <translation>Adresse vorschlagen</translation>
    </message>
    <message>
        <source>Appro&amp;ve entry</source>
        <translation>Eintrag &amp;freigeben</translation>
    </message>
    <message>
        <source>Approve the selected whitelist entry</source>
        <translation>Ausgewählten Whitelist-Eintrag freigeben</translation>
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
        <source>Every change, hash-chained: each entry's hash covers the one before it. Verify finds any edited, deleted or reordered entry or movement.</source>
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
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>every action</source>
        <translation>jede Aktion</translation>
    </message>
    <message>
        <source>every user</source>
        <translation>jeder Benutzer</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>&amp;von</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>beliebiger Tag</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Alle zeigen</translation>
    </message>
    <message>
        <source>Show only this action</source>
        <translation>Nur diese Aktion zeigen</translation>
    </message>
    <message>
        <source>Show only this user's entries</source>
        <translation>Nur Einträge dieses Benutzers zeigen</translation>
    </message>
    <message>
        <source>Show entries from this day (UTC)</source>
        <translation>Einträge ab diesem Tag zeigen (UTC)</translation>
    </message>
    <message>
        <source>Show entries up to this day (UTC)</source>
        <translation>Einträge bis zu diesem Tag zeigen (UTC)</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Einträge des Prüfprotokolls</translation>
    </message>
    <message>
        <source>Verify the audit log</source>
        <translation>Prüfprotokoll verifizieren</translation>
    </message>
</context>
<context>
    <name>custos::ui::BatchResultModel</name>
    <message>
        <source>produced</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>File or reason</source>
        <translation>Datei oder Grund</translation>
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
    <name>custos::ui::BreaksChart</name>
    <message>
        <source>Breaks per reconciliation run (no run yet)</source>
        <translation>Abweichungen je Abstimmungslauf (noch kein Lauf)</translation>
    </message>
    <message>
        <source>Breaks per reconciliation run</source>
        <translation>Abweichungen je Abstimmungslauf</translation>
    </message>
    <message>
        <source>run finished on %1 (UTC)</source>
        <translation>Lauf beendet am %1 (UTC)</translation>
    </message>
    <message>
        <source>run finished (UTC)</source>
        <translation>Lauf beendet (UTC)</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>Abweichungen</translation>
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
    <message>
        <source>Holdings over time</source>
        <translation>Bestand im Zeitverlauf</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Auszüge</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open a statement's PDF</source>
        <translation>Eingabetaste oder Doppelklick öffnet das PDF eines Auszugs</translation>
    </message>
</context>
<context>
    <name>custos::ui::ClientHistoryChart</name>
    <message>
        <source>&amp;Asset:</source>
        <translation>&amp;Kryptowert:</translation>
    </message>
    <message>
        <source>Asset of the holdings chart</source>
        <translation>Kryptowert des Bestandsdiagramms</translation>
    </message>
    <message>
        <source>Summing the client's movements…</source>
        <translation>Die Bewegungen des Kunden werden summiert…</translation>
    </message>
    <message>
        <source>Balance at the end of each day with movements (UTC); exact figures are in the positions table.</source>
        <translation>Saldo am Ende jedes Tages mit Bewegungen (UTC); die genauen Beträge stehen in der Positionstabelle.</translation>
    </message>
    <message>
        <source>Holdings of %1 over time</source>
        <translation>Bestand an %1 im Zeitverlauf</translation>
    </message>
    <message>
        <source>Holdings over time</source>
        <translation>Bestand im Zeitverlauf</translation>
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
    <name>custos::ui::CustodianTab</name>
    <message>
        <source>Custodian details</source>
        <translation>Angaben des Verwahrers</translation>
    </message>
    <message>
        <source>Printed on every client statement and in the evidence pack.</source>
        <translation>Erscheinen auf jedem Kundenauszug und im Nachweispaket.</translation>
    </message>
    <message>
        <source>Printed on every client statement and in the evidence pack. Only admins change them.</source>
        <translation>Erscheinen auf jedem Kundenauszug und im Nachweispaket. Nur Administratoren ändern sie.</translation>
    </message>
    <message>
        <source>Legal &amp;name:</source>
        <translation>Rechtlicher &amp;Name:</translation>
    </message>
    <message>
        <source>Postal &amp;address:</source>
        <translation>&amp;Postanschrift:</translation>
    </message>
    <message>
        <source>MiCA a&amp;uthorisation:</source>
        <translation>MiCA-&amp;Zulassung:</translation>
    </message>
    <message>
        <source>Dis&amp;crepancy contact:</source>
        <translation>&amp;Kontakt bei Abweichungen:</translation>
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation>Angaben &amp;speichern</translation>
    </message>
    <message>
        <source>the CASP authorisation number</source>
        <translation>die Zulassungsnummer als Kryptowerte-Dienstleister</translation>
    </message>
    <message>
        <source>where clients report a discrepancy (e-mail or address)</source>
        <translation>wo Kunden eine Abweichung melden (E-Mail oder Anschrift)</translation>
    </message>
    <message>
        <source>Custodian's legal name</source>
        <translation>Rechtlicher Name des Verwahrers</translation>
    </message>
    <message>
        <source>Custodian's postal address</source>
        <translation>Postanschrift des Verwahrers</translation>
    </message>
    <message>
        <source>Custodian's MiCA authorisation</source>
        <translation>MiCA-Zulassung des Verwahrers</translation>
    </message>
    <message>
        <source>Discrepancy contact</source>
        <translation>Kontakt bei Abweichungen</translation>
    </message>
    <message>
        <source>Custodian details saved.</source>
        <translation>Angaben des Verwahrers gespeichert.</translation>
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
        <source>Every client's position summed, against the firm's own positions, in whole units of each asset. Hover a bar for its exact amounts.</source>
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
        <source>excluding the firm's own book</source>
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
    <message>
        <source>Last reconciliation per chain</source>
        <translation>Letzte Abstimmung je Chain</translation>
    </message>
    <message>
        <source>The latest run of each chain: the block it was pinned to, its breaks (still open ones in red) and, per asset, how far the chain and the register's positions differed at that height.</source>
        <translation>Der jüngste Lauf jeder Chain: der Block, auf den er festgelegt war, seine Abweichungen (noch offene in Rot) und je Kryptowert, wie weit Chain und Registerpositionen in dieser Höhe auseinanderlagen.</translation>
    </message>
    <message>
        <source>Read the register again (F5)</source>
        <translation>Register erneut lesen (F5)</translation>
    </message>
    <message>
        <source>Approvals waiting for me</source>
        <translation>Freigaben, die auf mich warten</translation>
    </message>
    <message>
        <source>Approvals waiting for me: open the inbox</source>
        <translation>Freigaben, die auf mich warten: Eingang öffnen</translation>
    </message>
    <message>
        <source>Open the approvals inbox</source>
        <translation>Freigabe-Eingang öffnen</translation>
    </message>
    <message>
        <source>click to open the inbox</source>
        <translation>klicken, um den Eingang zu öffnen</translation>
    </message>
    <message>
        <source>nothing to sign</source>
        <translation>nichts zu signieren</translation>
    </message>
    <message numerus="yes">
        <source>Withdrawals are frozen: %n freeze(s) in force. See Approvals &gt; Freezes.</source>
        <translation>
            <numerusform>Auszahlungen sind gesperrt: %n Sperre in Kraft. Siehe Freigaben &gt; Sperren.</numerusform>
            <numerusform>Auszahlungen sind gesperrt: %n Sperren in Kraft. Siehe Freigaben &gt; Sperren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Segregation findings per layer</source>
        <translation>Trennungsbefunde je Ebene</translation>
    </message>
    <message>
        <source>Run the check</source>
        <translation>Prüfung ausführen</translation>
    </message>
    <message>
        <source>Open the Segregation screen and run the check</source>
        <translation>Die Ansicht Trennung öffnen und die Prüfung ausführen</translation>
    </message>
    <message>
        <source>Statements due this quarter</source>
        <translation>In diesem Quartal fällige Auszüge</translation>
    </message>
    <message>
        <source>clients with a position and no statement for %1</source>
        <translation>Kunden mit Bestand und ohne Auszug für %1</translation>
    </message>
    <message>
        <source>Not checked in this session: run the check to see the findings per layer.</source>
        <translation>In dieser Sitzung nicht geprüft: Führen Sie die Prüfung aus, um die Befunde je Ebene zu sehen.</translation>
    </message>
    <message>
        <source>Not checked in this session; compliance officers and administrators run the check.</source>
        <translation>In dieser Sitzung nicht geprüft; die Prüfung führen Compliance-Beauftragte und Administratoren aus.</translation>
    </message>
    <message>
        <source>The last check could not run: %1</source>
        <translation>Die letzte Prüfung konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>Checked %1 by %2: on-chain %3 · access %4 · records %5</source>
        <translation>Geprüft %1 von %2: On-Chain %3 · Zugriff %4 · Aufzeichnungen %5</translation>
    </message>
</context>
<context>
    <name>custos::ui::EndpointsModel</name>
    <message>
        <source>user %1 (password kept in the register)</source>
        <translation>Benutzer %1 (Passwort im Register gespeichert)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
</context>
<context>
    <name>custos::ui::EndpointsTab</name>
    <message>
        <source>Chain endpoints</source>
        <translation>Chain-Endpunkte</translation>
    </message>
    <message>
        <source>Nodes a reconciliation can read from (source endpoint:NAME). The URL and the RPC credentials are kept inside the encrypted register, never in a settings file; the password is never shown again.</source>
        <translation>Knoten, aus denen eine Abstimmung lesen kann (Quelle endpoint:NAME). URL und RPC-Zugangsdaten liegen im verschlüsselten Register, nie in einer Einstellungsdatei; das Passwort wird nie wieder angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>C&amp;hain:</source>
        <translation>C&amp;hain:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>RPC u&amp;ser:</source>
        <translation>RPC-Be&amp;nutzer:</translation>
    </message>
    <message>
        <source>RPC pass&amp;word:</source>
        <translation>RPC-Pass&amp;wort:</translation>
    </message>
    <message>
        <source>http://HOST:PORT or https://HOST:PORT/PATH</source>
        <translation>http://HOST:PORT oder https://HOST:PORT/PFAD</translation>
    </message>
    <message>
        <source>empty when the node needs no credentials</source>
        <translation>leer, wenn der Knoten keine Zugangsdaten braucht</translation>
    </message>
    <message>
        <source>Add &amp;endpoint</source>
        <translation>&amp;Endpunkt hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>Ausgewählten &amp;entfernen</translation>
    </message>
    <message>
        <source>Endpoint name</source>
        <translation>Name des Endpunkts</translation>
    </message>
    <message>
        <source>Endpoint chain</source>
        <translation>Chain des Endpunkts</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>URL des Endpunkts</translation>
    </message>
    <message>
        <source>Endpoint RPC user</source>
        <translation>RPC-Benutzer des Endpunkts</translation>
    </message>
    <message>
        <source>Endpoint RPC password</source>
        <translation>RPC-Passwort des Endpunkts</translation>
    </message>
    <message>
        <source>Endpoint %1 added.</source>
        <translation>Endpunkt %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Select the endpoint to remove in the list first.</source>
        <translation>Wählen Sie zuerst den zu entfernenden Endpunkt in der Liste aus.</translation>
    </message>
    <message>
        <source>Endpoint %1 removed.</source>
        <translation>Endpunkt %1 entfernt.</translation>
    </message>
</context>
<context>
    <name>custos::ui::FindingsModel</name>
    <message>
        <source>On-chain</source>
        <translation>On-Chain</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Aufzeichnungen</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
</context>
<context>
    <name>custos::ui::FreezeModel</name>
    <message>
        <source>All withdrawals</source>
        <translation>Alle Auszahlungen</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>Asset %1</source>
        <translation>Vermögenswert %1</translation>
    </message>
    <message>
        <source>Client %1 in %2</source>
        <translation>Kunde %1 in %2</translation>
    </message>
    <message>
        <source>Lifted by %1 and %2</source>
        <translation>Aufgehoben von %1 und %2</translation>
    </message>
    <message>
        <source>Lift asked by %1: 1 of 2 admins</source>
        <translation>Aufhebung beantragt von %1: 1 von 2 Admins</translation>
    </message>
    <message>
        <source>Active: lifting needs 2 admins</source>
        <translation>Aktiv: Aufhebung braucht 2 Admins</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Frozen by</source>
        <translation>Gesperrt von</translation>
    </message>
    <message>
        <source>Frozen at</source>
        <translation>Gesperrt am</translation>
    </message>
    <message>
        <source>Lifting</source>
        <translation>Aufhebung</translation>
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
    <name>custos::ui::KeySetsModel</name>
    <message>
        <source>firm</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Key set</source>
        <translation>Schlüsselsatz</translation>
    </message>
    <message>
        <source>Designated</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>custos::ui::KeySetsTab</name>
    <message>
        <source>Key sets</source>
        <translation>Schlüsselsätze</translation>
    </message>
    <message>
        <source>A key set is a means of access (a vault, an HSM partition, an MPC key). It is designated client or firm, and never controls both client and firm addresses (MiCA Art. 75(7)).</source>
        <translation>Ein Schlüsselsatz ist ein Zugriffsmittel (ein Tresor, eine HSM-Partition, ein MPC-Schlüssel). Er ist Kunden oder der Firma zugeordnet und steuert nie zugleich Kunden- und Firmenadressen (MiCA Art. 75 Abs. 7).</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>firm</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Designated:</source>
        <translation>&amp;Zugeordnet:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Add &amp;key set</source>
        <translation>&amp;Schlüsselsatz hinzufügen</translation>
    </message>
    <message>
        <source>New key set's name</source>
        <translation>Name des neuen Schlüsselsatzes</translation>
    </message>
    <message>
        <source>New key set's designation</source>
        <translation>Zuordnung des neuen Schlüsselsatzes</translation>
    </message>
    <message>
        <source>New key set's description</source>
        <translation>Beschreibung des neuen Schlüsselsatzes</translation>
    </message>
    <message>
        <source>Key set %1 added.</source>
        <translation>Schlüsselsatz %1 hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>custos::ui::LastRunsModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Chain minus register, summed per asset over the run's balance breaks: %1</source>
        <translation>Chain minus Register, je Kryptowert über die Saldoabweichungen des Laufs summiert: %1</translation>
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
        <source>Finished (UTC)</source>
        <translation>Beendet (UTC)</translation>
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
        <source>On-chain − register</source>
        <translation>On-Chain − Register</translation>
    </message>
    <message>
        <source>%1 (%2 open)</source>
        <translation>%1 (%2 offen)</translation>
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
        <source>the client's holdings over time did not finish loading</source>
        <translation>der Bestand des Kunden im Zeitverlauf wurde nicht fertig geladen</translation>
    </message>
    <message>
        <source>the segregation check did not finish</source>
        <translation>die Trennungsprüfung wurde nicht beendet</translation>
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
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Lock the register (Ctrl+L)</source>
        <translation>Register sperren (Strg+L)</translation>
    </message>
    <message>
        <source>Lock the register</source>
        <translation>Register sperren</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>&amp;New register…</source>
        <translation>&amp;Neues Register…</translation>
    </message>
    <message>
        <source>Ad&amp;ministration</source>
        <translation>&amp;Verwaltung</translation>
    </message>
    <message>
        <source>The register could not be opened.</source>
        <translation>Das Register konnte nicht geöffnet werden.</translation>
    </message>
    <message numerus="yes">
        <source>The register was locked after %n minute(s) without activity. Enter your password to go on.</source>
        <translation>
            <numerusform>Das Register wurde nach %n Minute ohne Aktivität gesperrt. Geben Sie Ihr Passwort ein, um weiterzuarbeiten.</numerusform>
            <numerusform>Das Register wurde nach %n Minuten ohne Aktivität gesperrt. Geben Sie Ihr Passwort ein, um weiterzuarbeiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find client…</source>
        <translation>Kunden &amp;suchen…</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>A&amp;pprovals</source>
        <translation>&amp;Freigaben</translation>
    </message>
    <message>
        <source>Segregation</source>
        <translation>Trennung</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Auszüge</translation>
    </message>
    <message>
        <source>&amp;Segregation</source>
        <translation>&amp;Trennung</translation>
    </message>
    <message>
        <source>S&amp;tatements</source>
        <translation>A&amp;uszüge</translation>
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
    <name>custos::ui::NewRegisterWizard</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Copies the key for a password manager. Clipboard managers are asked not to keep it, and the clipboard is cleared after %n second(s) or when this wizard closes.</source>
        <translation>
            <numerusform>Kopiert den Schlüssel für einen Passwortmanager. Zwischenablage-Verlaufsprogramme werden gebeten, ihn nicht zu speichern, und die Zwischenablage wird nach %n Sekunde oder beim Schließen dieses Assistenten geleert.</numerusform>
            <numerusform>Kopiert den Schlüssel für einen Passwortmanager. Zwischenablage-Verlaufsprogramme werden gebeten, ihn nicht zu speichern, und die Zwischenablage wird nach %n Sekunden oder beim Schließen dieses Assistenten geleert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>Die Zwischenablage wurde geleert.</translation>
    </message>
    <message>
        <source>Create a new register</source>
        <translation>Neues Register anlegen</translation>
    </message>
    <message>
        <source>Register file</source>
        <translation>Registerdatei</translation>
    </message>
    <message>
        <source>Where the encrypted register is kept. Its key file is written beside it (NAME.custos-keys).</source>
        <translation>Wo das verschlüsselte Register liegt. Seine Schlüsseldatei wird daneben geschrieben (NAME.custos-keys).</translation>
    </message>
    <message>
        <source>Choose a new file. Custos never overwrites an existing register or key file.</source>
        <translation>Wählen Sie eine neue Datei. Custos überschreibt nie ein vorhandenes Register oder eine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>New register file</source>
        <translation>Neue Registerdatei</translation>
    </message>
    <message>
        <source>Custodian details</source>
        <translation>Angaben des Verwahrers</translation>
    </message>
    <message>
        <source>Printed on client statements and in the evidence pack; admins can change them later.</source>
        <translation>Erscheinen auf Kundenauszügen und im Nachweispaket; Administratoren können sie später ändern.</translation>
    </message>
    <message>
        <source>The legal name is required; the rest can be completed later under Administration.</source>
        <translation>Der rechtliche Name ist Pflicht; der Rest kann später unter Verwaltung ergänzt werden.</translation>
    </message>
    <message>
        <source>Legal &amp;name:</source>
        <translation>Rechtlicher &amp;Name:</translation>
    </message>
    <message>
        <source>Postal &amp;address:</source>
        <translation>&amp;Postanschrift:</translation>
    </message>
    <message>
        <source>MiCA a&amp;uthorisation:</source>
        <translation>MiCA-&amp;Zulassung:</translation>
    </message>
    <message>
        <source>Dis&amp;crepancy contact:</source>
        <translation>&amp;Kontakt bei Abweichungen:</translation>
    </message>
    <message>
        <source>Custodian's legal name</source>
        <translation>Rechtlicher Name des Verwahrers</translation>
    </message>
    <message>
        <source>Custodian's postal address</source>
        <translation>Postanschrift des Verwahrers</translation>
    </message>
    <message>
        <source>Custodian's MiCA authorisation</source>
        <translation>MiCA-Zulassung des Verwahrers</translation>
    </message>
    <message>
        <source>Discrepancy contact</source>
        <translation>Kontakt bei Abweichungen</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Erster Administrator</translation>
    </message>
    <message>
        <source>This user adds the other users, key sets and settings.</source>
        <translation>Dieser Benutzer legt die weiteren Benutzer, Schlüsselsätze und Einstellungen an.</translation>
    </message>
    <message>
        <source>Choose a strong password of at least 8 characters; nobody can recover it, only the recovery key opens the register without it.</source>
        <translation>Wählen Sie ein starkes Passwort mit mindestens 8 Zeichen; niemand kann es wiederherstellen, nur der Wiederherstellungsschlüssel öffnet das Register ohne es.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Administrator's user name</source>
        <translation>Benutzername des Administrators</translation>
    </message>
    <message>
        <source>Administrator's password</source>
        <translation>Passwort des Administrators</translation>
    </message>
    <message>
        <source>Administrator's password, repeated</source>
        <translation>Passwort des Administrators, wiederholt</translation>
    </message>
    <message>
        <source>Creating the register</source>
        <translation>Das Register wird angelegt</translation>
    </message>
    <message>
        <source>The password's key derivation (Argon2id) is tuned to this computer, then the register is written.</source>
        <translation>Die Schlüsselableitung des Passworts (Argon2id) wird auf diesen Rechner abgestimmt, dann wird das Register geschrieben.</translation>
    </message>
    <message>
        <source>The register %1 was created. Next, write down its recovery key.</source>
        <translation>Das Register %1 wurde angelegt. Notieren Sie als Nächstes seinen Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>Measuring this computer and writing the register… this takes a few seconds.</source>
        <translation>Dieser Rechner wird vermessen und das Register geschrieben… das dauert einige Sekunden.</translation>
    </message>
    <message>
        <source>The register could not be created. Go back to change the file or the details, then try again.</source>
        <translation>Das Register konnte nicht angelegt werden. Gehen Sie zurück, ändern Sie die Datei oder die Angaben und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Shown only now. Write it down or print it, and keep it in a safe place.</source>
        <translation>Wird nur jetzt angezeigt. Notieren oder drucken Sie ihn und bewahren Sie ihn sicher auf.</translation>
    </message>
    <message>
        <source>The recovery key opens the register when no user's password can (for a restore or an investigation). Anyone holding it can read the whole register.</source>
        <translation>Der Wiederherstellungsschlüssel öffnet das Register, wenn kein Benutzerpasswort es kann (für eine Wiederherstellung oder eine Untersuchung). Wer ihn besitzt, kann das ganze Register lesen.</translation>
    </message>
    <message>
        <source>Custos does not store this key anywhere in readable form and will not show it again.</source>
        <translation>Custos speichert diesen Schlüssel nirgends lesbar und zeigt ihn nicht noch einmal an.</translation>
    </message>
    <message>
        <source>Confirm the recovery key</source>
        <translation>Wiederherstellungsschlüssel bestätigen</translation>
    </message>
    <message>
        <source>To make sure it was written down correctly.</source>
        <translation>Damit sicher ist, dass er richtig notiert wurde.</translation>
    </message>
    <message>
        <source>Type group %1 of the recovery key (the %1. block of eight characters, counted from the left).</source>
        <translation>Geben Sie Gruppe %1 des Wiederherstellungsschlüssels ein (den %1. Block aus acht Zeichen, von links gezählt).</translation>
    </message>
    <message>
        <source>Group &amp;%1:</source>
        <translation>Gruppe &amp;%1:</translation>
    </message>
    <message>
        <source>Group %1 of the recovery key</source>
        <translation>Gruppe %1 des Wiederherstellungsschlüssels</translation>
    </message>
    <message>
        <source>Custos registers (*.custos)</source>
        <translation>Custos-Register (*.custos)</translation>
    </message>
    <message>
        <source>Choose a file for the register.</source>
        <translation>Wählen Sie eine Datei für das Register.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose an existing folder.</source>
        <translation>Der Ordner %1 existiert nicht; wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>%1 exists already; Custos never overwrites a register. Choose a new file name.</source>
        <translation>%1 existiert bereits; Custos überschreibt nie ein Register. Wählen Sie einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>A key file %1 exists already; choose another file name.</source>
        <translation>Eine Schlüsseldatei %1 existiert bereits; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>Enter the custodian's legal name.</source>
        <translation>Geben Sie den rechtlichen Namen des Verwahrers ein.</translation>
    </message>
    <message>
        <source>'%1' is not a valid user name; use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.</source>
        <translation>„%1“ ist kein gültiger Benutzername; verwenden Sie 1 bis 64 Buchstaben, Ziffern, „.“, „_“ oder „-“, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Das Passwort muss mindestens 8 Zeichen haben.</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Die beiden Passwörter unterscheiden sich; geben Sie zweimal dasselbe Passwort ein.</translation>
    </message>
    <message>
        <source>The register is not created yet.</source>
        <translation>Das Register ist noch nicht angelegt.</translation>
    </message>
    <message>
        <source>That is not group %1 of the recovery key. Look at what you wrote down; go back to see the key again only if you have not left this wizard.</source>
        <translation>Das ist nicht Gruppe %1 des Wiederherstellungsschlüssels. Sehen Sie in Ihrer Notiz nach; zurückgehen, um den Schlüssel erneut zu sehen, können Sie nur, solange dieser Assistent offen ist.</translation>
    </message>
</context>
<context>
    <name>custos::ui::PositionsModel</name>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <source>Reading the latest reconciliation of this asset&apos;s chain.</source>
        <translation>Die letzte Abstimmung der Chain dieses Vermögenswerts wird gelesen.</translation>
    </message>
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
    <message>
        <source>No reconciliation has been run on this asset's chain yet.</source>
        <translation>Auf der Chain dieses Kryptowerts wurde noch keine Abstimmung ausgeführt.</translation>
    </message>
    <message>
        <source>The latest run on this chain (%1) is incomplete: nothing was measured.</source>
        <translation>Der letzte Lauf auf dieser Chain (%1) ist unvollständig: Es wurde nichts gemessen.</translation>
    </message>
    <message>
        <source>Held in omnibus (pooled) addresses: the chain shows the pool, not this client's share. See the omnibus addresses' reconciliation at run %1.</source>
        <translation>Auf Omnibus-Adressen (Sammelbestand) gehalten: Die Chain zeigt den Sammelbestand, nicht den Anteil dieses Kunden. Siehe die Abstimmung der Omnibus-Adressen in Lauf %1.</translation>
    </message>
    <message>
        <source>Run %1 at height %2 (%3 UTC)
register at the run: %4
on-chain: %5
difference: %6 (%7 balance breaks)</source>
        <translation>Lauf %1 bei Höhe %2 (%3 UTC)
Register zum Lauf: %4
On-Chain: %5
Differenz: %6 (%7 Saldoabweichungen)</translation>
    </message>
    <message>
        <source>not reconciled</source>
        <translation>nicht abgestimmt</translation>
    </message>
    <message>
        <source>run incomplete</source>
        <translation>Lauf unvollständig</translation>
    </message>
    <message>
        <source>omnibus share</source>
        <translation>Omnibus-Anteil</translation>
    </message>
    <message>
        <source>The balance on chain at the latest reconciliation of the asset's chain</source>
        <translation>Der On-Chain-Saldo bei der letzten Abstimmung der Chain des Kryptowerts</translation>
    </message>
    <message>
        <source>On-chain minus register, both at that run</source>
        <translation>On-Chain minus Register, beide zu diesem Lauf</translation>
    </message>
    <message>
        <source>On-chain at last run</source>
        <translation>On-Chain beim letzten Lauf</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
</context>
<context>
    <name>custos::ui::PreferencesTab</name>
    <message>
        <source>Preferences of this workstation</source>
        <translation>Einstellungen dieses Arbeitsplatzes</translation>
    </message>
    <message>
        <source>Kept for your account on this computer, not in the register.</source>
        <translation>Für Ihr Konto auf diesem Rechner gespeichert, nicht im Register.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
        <source>&amp;Lock when idle for:</source>
        <translation>Sperren nach &amp;Inaktivität von:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>Idle minutes before the register locks</source>
        <translation>Minuten ohne Aktivität, bis das Register sperrt</translation>
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
        <source>Pin the run to this block height; leave empty for the source's tip</source>
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
        <source>Choose the node's cookie file</source>
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
        <source>the run ended in the status '%1'</source>
        <translation>der Lauf endete mit dem Status „%1“</translation>
    </message>
</context>
<context>
    <name>custos::ui::SegregationPage</name>
    <message>
        <source>Segregation</source>
        <translation>Trennung</translation>
    </message>
    <message>
        <source>Check that client assets are kept apart from the firm's own on three layers (MiCA Art. 75(7)): on-chain (addresses and balances), access (key sets and users) and records (the register). A check that cannot run is never shown as clean.</source>
        <translation>Prüft, dass Kundenvermögen auf drei Ebenen vom Eigenvermögen getrennt ist (MiCA Art. 75(7)): On-Chain (Adressen und Salden), Zugriff (Schlüsselsätze und Benutzer) und Aufzeichnungen (das Register). Eine Prüfung, die nicht laufen kann, wird nie als sauber angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Run check</source>
        <translation>Prüfung &amp;ausführen</translation>
    </message>
    <message>
        <source>Run the segregation check in the background (Ctrl+Shift+R)</source>
        <translation>Die Trennungsprüfung im Hintergrund ausführen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>&amp;Export evidence pack…</source>
        <translation>Nachweispaket &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write the auditor's evidence pack (report, tables, signed manifest) into a new folder (Ctrl+E)</source>
        <translation>Das Nachweispaket für den Prüfer (Bericht, Tabellen, signiertes Manifest) in einen neuen Ordner schreiben (Strg+E)</translation>
    </message>
    <message>
        <source>Filter findings by rule, subject or text</source>
        <translation>Befunde nach Regel, Gegenstand oder Text filtern</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>Befunde filtern</translation>
    </message>
    <message>
        <source>Segregation findings</source>
        <translation>Trennungsbefunde</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Subject of the selected finding</source>
        <translation>Gegenstand des gewählten Befunds</translation>
    </message>
    <message>
        <source>Show &amp;client</source>
        <translation>&amp;Kunden anzeigen</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Alle (%1)</translation>
    </message>
    <message>
        <source>Show every layer</source>
        <translation>Alle Ebenen anzeigen</translation>
    </message>
    <message>
        <source>Show the %1 layer</source>
        <translation>Die Ebene %1 anzeigen</translation>
    </message>
    <message>
        <source>Only compliance officers and administrators run the segregation check; you are signed in as %1 with the role %2.</source>
        <translation>Nur Compliance-Beauftragte und Administratoren führen die Trennungsprüfung aus; Sie sind als %1 mit der Rolle %2 angemeldet.</translation>
    </message>
    <message>
        <source>Starting the check…</source>
        <translation>Prüfung wird gestartet…</translation>
    </message>
    <message>
        <source>the segregation worker ended without a result</source>
        <translation>der Trennungsprüfungs-Worker endete ohne Ergebnis</translation>
    </message>
    <message>
        <source>The segregation check could not run: %1. Nothing is known to be clean.</source>
        <translation>Die Trennungsprüfung konnte nicht laufen: %1. Nichts ist als sauber bekannt.</translation>
    </message>
    <message>
        <source>Checked %1 by %2: no findings on any layer (%3 clients, %4 addresses, %5 movements).</source>
        <translation>Geprüft %1 von %2: keine Befunde auf allen Ebenen (%3 Kunden, %4 Adressen, %5 Buchungen).</translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 by %2: %3 findings (on-chain %4, access %5, records %6) over %7 clients, %8 addresses, %9 movements.</source>
        <translation>
            <numerusform>Geprüft %1 von %2: %3 Befund (On-Chain %4, Zugriff %5, Aufzeichnungen %6) über %7 Kunden, %8 Adressen, %9 Buchungen.</numerusform>
            <numerusform>Geprüft %1 von %2: %3 Befunde (On-Chain %4, Zugriff %5, Aufzeichnungen %6) über %7 Kunden, %8 Adressen, %9 Buchungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a finding to see what it is about.</source>
        <translation>Wählen Sie einen Befund, um seinen Gegenstand zu sehen.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Key set</source>
        <translation>Schlüsselsatz</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Amount (base units)</source>
        <translation>Betrag (Basiseinheiten)</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Erfolgt</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation>das Prüfprotokoll</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>not in the register</source>
        <translation>nicht im Register</translation>
    </message>
    <message>
        <source>Open client %1 on the Clients screen</source>
        <translation>Kunde %1 in der Ansicht Kunden öffnen</translation>
    </message>
    <message>
        <source>New folder for the evidence pack</source>
        <translation>Neuer Ordner für das Nachweispaket</translation>
    </message>
    <message>
        <source>Starting the evidence pack…</source>
        <translation>Nachweispaket wird begonnen…</translation>
    </message>
    <message>
        <source>the evidence worker ended without a result</source>
        <translation>der Nachweis-Worker endete ohne Ergebnis</translation>
    </message>
    <message>
        <source>The evidence pack was not written: %1.</source>
        <translation>Das Nachweispaket wurde nicht geschrieben: %1.</translation>
    </message>
    <message>
        <source>Evidence pack written to %1, but its manifest could not be verified: %2.</source>
        <translation>Nachweispaket in %1 geschrieben, aber sein Manifest konnte nicht geprüft werden: %2.</translation>
    </message>
    <message>
        <source>Evidence pack written to %1 (and %2): %3 files, %4 findings; manifest verified, signed by %5 with key %6.</source>
        <translation>Nachweispaket in %1 (und %2) geschrieben: %3 Dateien, %4 Befunde; Manifest geprüft, signiert von %5 mit Schlüssel %6.</translation>
    </message>
    <message>
        <source>Evidence pack written to %1, but its manifest does NOT verify: %2</source>
        <translation>Nachweispaket in %1 geschrieben, aber sein Manifest ist NICHT gültig: %2</translation>
    </message>
    <message>
        <source>Reading clients, addresses, key sets and users…</source>
        <translation>Kunden, Adressen, Schlüsselsätze und Benutzer werden gelesen…</translation>
    </message>
    <message>
        <source>Checking addresses</source>
        <translation>Adressen werden geprüft</translation>
    </message>
    <message>
        <source>Reading movements</source>
        <translation>Buchungen werden gelesen</translation>
    </message>
    <message>
        <source>Verifying the audit log</source>
        <translation>Prüfprotokoll wird geprüft</translation>
    </message>
    <message>
        <source>Applying the rules</source>
        <translation>Regeln werden angewendet</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Writing the zip file…</source>
        <translation>ZIP-Datei wird geschrieben…</translation>
    </message>
    <message>
        <source>Writing the table %1</source>
        <translation>Tabelle %1 wird geschrieben</translation>
    </message>
    <message>
        <source>Verifying the manifest…</source>
        <translation>Manifest wird geprüft…</translation>
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
    <name>custos::ui::StatementsModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>on request</source>
        <translation>auf Anfrage</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>vierteljährlich</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Issued (UTC)</source>
        <translation>Ausgestellt (UTC)</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>custos::ui::StatementsPage</name>
    <message>
        <source>Statements</source>
        <translation>Auszüge</translation>
    </message>
    <message>
        <source>Produce the clients' statements of holdings and transfers (MiCA Art. 75(5)) as signed-off PDF/A files, each recorded in the register so any copy can be verified later.</source>
        <translation>Erstellt die Bestands- und Transferauszüge der Kunden (MiCA Art. 75(5)) als freigegebene PDF/A-Dateien, jede im Register erfasst, sodass jede Kopie später geprüft werden kann.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Quarter</source>
        <translation>&amp;Quartal</translation>
    </message>
    <message>
        <source>A calendar quarter as YYYYQn, e.g. 2026Q3</source>
        <translation>Ein Kalenderquartal als JJJJQn, z. B. 2026Q3</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Date &amp;range (on request)</source>
        <translation>&amp;Datumsbereich (auf Anfrage)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>&amp;All with activity</source>
        <translation>&amp;Alle mit Aktivität</translation>
    </message>
    <message>
        <source>Every client with a holding at the start of the period or a transfer in it</source>
        <translation>Jeder Kunde mit Bestand zu Beginn des Zeitraums oder einem Transfer darin</translation>
    </message>
    <message>
        <source>&amp;Selected:</source>
        <translation>A&amp;usgewählt:</translation>
    </message>
    <message>
        <source>client IDs, separated by commas or spaces</source>
        <translation>Kunden-IDs, durch Kommas oder Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>Selected clients</source>
        <translation>Ausgewählte Kunden</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Generate statements</source>
        <translation>Auszüge erstellen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop after the statements in progress (Esc)</source>
        <translation>Nach den laufenden Auszügen anhalten (Esc)</translation>
    </message>
    <message>
        <source>Produced statements</source>
        <translation>Erstellte Auszüge</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>PDF ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected statement with the desktop's PDF viewer (Ctrl+O)</source>
        <translation>Den gewählten Auszug im PDF-Betrachter des Desktops öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>&amp;Verify a file…</source>
        <translation>Datei &amp;prüfen…</translation>
    </message>
    <message>
        <source>Check whether a PDF is, byte for byte, a statement the register recorded (Ctrl+Shift+V)</source>
        <translation>Prüfen, ob ein PDF Byte für Byte ein im Register erfasster Auszug ist (Strg+Umschalt+V)</translation>
    </message>
    <message>
        <source>Outcome of the batch</source>
        <translation>Ergebnis des Laufs</translation>
    </message>
    <message>
        <source>The file could not be verified: %1.</source>
        <translation>Die Datei konnte nicht geprüft werden: %1.</translation>
    </message>
    <message>
        <source>Valid: %1 is the statement %2 of client %3 for %4, as the register recorded it.</source>
        <translation>Gültig: %1 ist der Auszug %2 des Kunden %3 für %4, wie im Register erfasst.</translation>
    </message>
    <message>
        <source>INVALID: %1 is not a statement the register recorded (it claims client %2, period %3): %4.</source>
        <translation>UNGÜLTIG: %1 ist kein im Register erfasster Auszug (er gibt Kunde %2, Zeitraum %3 an): %4.</translation>
    </message>
    <message>
        <source>INVALID: %1 is not a statement the register recorded: %2.</source>
        <translation>UNGÜLTIG: %1 ist kein im Register erfasster Auszug: %2.</translation>
    </message>
    <message>
        <source>Only compliance officers produce statements; you are signed in as %1 with the role %2. You can open and verify the statements produced.</source>
        <translation>Nur Compliance-Beauftragte erstellen Auszüge; Sie sind als %1 mit der Rolle %2 angemeldet. Sie können die erstellten Auszüge öffnen und prüfen.</translation>
    </message>
    <message>
        <source>Name at least one client ID, or choose all clients with activity.</source>
        <translation>Nennen Sie mindestens eine Kunden-ID oder wählen Sie alle Kunden mit Aktivität.</translation>
    </message>
    <message>
        <source>Choose the folder the statements are written to.</source>
        <translation>Wählen Sie den Ordner, in den die Auszüge geschrieben werden.</translation>
    </message>
    <message>
        <source>Preparing the batch…</source>
        <translation>Lauf wird vorbereitet…</translation>
    </message>
    <message>
        <source>the statements worker ended without a result</source>
        <translation>der Auszugs-Worker endete ohne Ergebnis</translation>
    </message>
    <message>
        <source>No statements were produced: %1.</source>
        <translation>Es wurden keine Auszüge erstellt: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Period %1: %2 produced, %3 skipped (no holding and no transfer), %4 failed.</source>
        <translation>
            <numerusform>Zeitraum %1: %2 erstellt, %3 übersprungen (kein Bestand und kein Transfer), %4 fehlgeschlagen.</numerusform>
            <numerusform>Zeitraum %1: %2 erstellt, %3 übersprungen (kein Bestand und kein Transfer), %4 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the clients not started were left out.</source>
        <translation>Abgebrochen: Die nicht begonnenen Kunden wurden ausgelassen.</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Geschrieben nach %1.</translation>
    </message>
    <message>
        <source>Folder for the statements</source>
        <translation>Ordner für die Auszüge</translation>
    </message>
    <message>
        <source>Verify a statement</source>
        <translation>Auszug prüfen</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Could not open %1: no PDF viewer answered, or the file has moved.</source>
        <translation>%1 konnte nicht geöffnet werden: Kein PDF-Betrachter hat geantwortet, oder die Datei wurde verschoben.</translation>
    </message>
    <message>
        <source>%1 of %2 clients done (last: %3)</source>
        <translation>%1 von %2 Kunden erledigt (zuletzt: %3)</translation>
    </message>
    <message>
        <source>No statement has been produced in this register yet. Choose a period and the clients above, then Generate (Ctrl+G); each statement then appears here to open and verify.</source>
        <translation>In diesem Register wurde noch kein Auszug erstellt. Wählen Sie oben Zeitraum und Kunden und dann Erstellen (Strg+G); jeder Auszug erscheint danach hier zum Öffnen und Prüfen.</translation>
    </message>
    <message>
        <source>No statement has been produced in this register yet. Compliance officers produce them on this page; each then appears here to open and verify.</source>
        <translation>In diesem Register wurde noch kein Auszug erstellt. Compliance-Beauftragte erstellen sie auf dieser Seite; jeder Auszug erscheint danach hier zum Öffnen und Prüfen.</translation>
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
    <message>
        <source>Create new register…</source>
        <translation>Neues Register anlegen…</translation>
    </message>
    <message>
        <source>Browse for the register file</source>
        <translation>Registerdatei suchen</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Unlock the register</source>
        <translation>Register entsperren</translation>
    </message>
    <message>
        <source>Create a new register</source>
        <translation>Neues Register anlegen</translation>
    </message>
    <message>
        <source>Why the register did not open</source>
        <translation>Warum das Register nicht geöffnet wurde</translation>
    </message>
</context>
<context>
    <name>custos::ui::UsersModel</name>
    <message>
        <source>operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>Freigeber</translation>
    </message>
    <message>
        <source>compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Signing key (Ed25519)</source>
        <translation>Signaturschlüssel (Ed25519)</translation>
    </message>
    <message>
        <source>Added (UTC)</source>
        <translation>Hinzugefügt (UTC)</translation>
    </message>
</context>
<context>
    <name>custos::ui::UsersTab</name>
    <message>
        <source>Users and roles</source>
        <translation>Benutzer und Rollen</translation>
    </message>
    <message>
        <source>Each user has a key slot (their password unlocks the register) and an Ed25519 signing key. Roles: operators record and reconcile, approvers sign withdrawals, compliance checks and reports, admins manage users, key sets and settings.</source>
        <translation>Jeder Benutzer hat einen Schlüsselplatz (sein Passwort entsperrt das Register) und einen Ed25519-Signaturschlüssel. Rollen: Operatoren buchen und stimmen ab, Freigeber signieren Auszahlungen, Compliance prüft und berichtet, Administratoren verwalten Benutzer, Schlüsselsätze und Einstellungen.</translation>
    </message>
    <message>
        <source>Only admins add users; you see the users and their roles.</source>
        <translation>Nur Administratoren legen Benutzer an; Sie sehen die Benutzer und ihre Rollen.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Wird hinzugefügt…</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>Benutzer &amp;hinzufügen</translation>
    </message>
    <message>
        <source>letters, digits, '.', '_' or '-'</source>
        <translation>Buchstaben, Ziffern, „.“, „_“ oder „-“</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>New user's name</source>
        <translation>Name des neuen Benutzers</translation>
    </message>
    <message>
        <source>New user's role</source>
        <translation>Rolle des neuen Benutzers</translation>
    </message>
    <message>
        <source>New user's password</source>
        <translation>Passwort des neuen Benutzers</translation>
    </message>
    <message>
        <source>New user's password, repeated</source>
        <translation>Passwort des neuen Benutzers, wiederholt</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Die beiden Passwörter unterscheiden sich; geben Sie zweimal dasselbe Passwort ein.</translation>
    </message>
    <message>
        <source>User %1 added. They can unlock the register with their own password now.</source>
        <translation>Benutzer %1 hinzugefügt. Er kann das Register jetzt mit seinem eigenen Passwort entsperren.</translation>
    </message>
</context>
<context>
    <name>custos::ui::WhitelistModel</name>
    <message>
        <source>Proposed, %1 of %2 admins</source>
        <translation>Vorgeschlagen, %1 von %2 Admins</translation>
    </message>
    <message>
        <source>Approved, usable</source>
        <translation>Freigegeben, nutzbar</translation>
    </message>
    <message>
        <source>Approved, cooling off until %1</source>
        <translation>Freigegeben, Wartefrist bis %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Vorgeschlagen von</translation>
    </message>
    <message>
        <source>Usable from</source>
        <translation>Nutzbar ab</translation>
    </message>
</context>
<context>
    <name>custos::ui::WithdrawalsModel</name>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Blocked (screening)</source>
        <translation>Gesperrt (Screening)</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Vermögenswert</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Beantragt von</translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation>Beantragt am</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Exactly %1 EUR at the request's time, rounded to the cent for display</source>
        <translation>Genau %1 EUR zum Zeitpunkt des Auftrags, für die Anzeige auf den Cent gerundet</translation>
    </message>
    <message>
        <source>No EUR price of %1 was known when the request was made</source>
        <translation>Beim Auftrag war kein EUR-Preis für %1 bekannt</translation>
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
        <source>unexpected argument '%1'</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>custos: %1 (see custos --help)</source>
        <translation>custos: %1 (siehe custos --help)</translation>
    </message>
    <message>
        <source>custos: there is no '%1' interface language; choose en, de or fr.</source>
        <translation>custos: Die Oberflächensprache „%1“ gibt es nicht; wählen Sie en, de oder fr.</translation>
    </message>
    <message>
        <source>custos: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set). To run headless, render the screens with QT_QPA_PLATFORM=offscreen custos --screenshot DIR --register PATH --user NAME --password-file FILE, or use custosctl.</source>
        <translation>custos: Es ist keine Anzeige vorhanden (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt). Für einen Betrieb ohne Anzeige geben Sie die Ansichten mit QT_QPA_PLATFORM=offscreen custos --screenshot VERZ --register PFAD --user NAME --password-file DATEI aus oder verwenden custosctl.</translation>
    </message>
</context>
<context>
    <name>custos::ui::ReconTotalsChart</name>
    <message>
        <source>%1: run %2 incomplete</source>
        <translation>%1: Lauf %2 unvollständig</translation>
    </message>
    <message>
        <source>%1: the latest run (%2) is incomplete, so nothing was measured.
%3</source>
        <translation>%1: Der letzte Lauf (%2) ist unvollständig, es wurde also nichts gemessen.
%3</translation>
    </message>
    <message>
        <source>%1: run %2, no totals kept</source>
        <translation>%1: Lauf %2, keine Summen gespeichert</translation>
    </message>
    <message>
        <source>%1: run %2 was recorded before the register kept totals per run; run a reconciliation to see them.</source>
        <translation>%1: Lauf %2 wurde aufgezeichnet, bevor das Register Summen je Lauf speicherte; führen Sie eine Abstimmung aus, um sie zu sehen.</translation>
    </message>
    <message>
        <source>%1 at run %2 (height %3, %4 UTC)
register: %5
on-chain: %6
difference: %7</source>
        <translation>%1 bei Lauf %2 (Höhe %3, %4 UTC)
Register: %5
On-Chain: %6
Differenz: %7</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <source>Positions vs on-chain per asset at the last run: no reconciliation yet</source>
        <translation>Bestände vs. On-Chain je Kryptowert beim letzten Lauf: noch keine Abstimmung</translation>
    </message>
    <message>
        <source>Positions vs on-chain per asset at the last run</source>
        <translation>Bestände vs. On-Chain je Kryptowert beim letzten Lauf</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>On-chain</source>
        <translation>On-Chain</translation>
    </message>
    <message>
        <source>share of the larger of the two totals</source>
        <translation>Anteil an der größeren der beiden Summen</translation>
    </message>
    <message>
        <source>No reconciliation yet.</source>
        <translation>Noch keine Abstimmung.</translation>
    </message>
</context>
</TS>