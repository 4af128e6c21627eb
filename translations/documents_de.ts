<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Statement</name>
    <message>
        <source>Statement of client assets</source>
        <translation>Aufstellung der verwahrten Kryptowerte</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Verwahrer</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <translation>Zulassung</translation>
    </message>
    <message>
        <source>Contact for discrepancies</source>
        <translation>Kontakt bei Abweichungen</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>LEI</source>
        <translation>LEI</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Quarterly statement</source>
        <translation>Quartalsaufstellung</translation>
    </message>
    <message>
        <source>Statement on request</source>
        <translation>Aufstellung auf Anfrage</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Ausstellungsdatum</translation>
    </message>
    <message>
        <source>Document id</source>
        <translation>Dokumentnummer</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Crypto-asset</source>
        <translation>Kryptowert</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Anfangsbestand</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Endbestand</translation>
    </message>
    <message>
        <source>Price (EUR)</source>
        <translation>Kurs (EUR)</translation>
    </message>
    <message>
        <source>Value (EUR)</source>
        <translation>Wert (EUR)</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>Gesamtwert</translation>
    </message>
    <message>
        <source>Opening balance on %1</source>
        <translation>Anfangsbestand am %1</translation>
    </message>
    <message>
        <source>Closing balance on %1</source>
        <translation>Endbestand am %1</translation>
    </message>
    <message>
        <source>Price of %1 on %2: %3 per unit (source: %4)</source>
        <translation>Kurs von %1 am %2: %3 je Einheit (Quelle: %4)</translation>
    </message>
    <message>
        <source>No price is needed: the closing balance is zero.</source>
        <translation>Kein Kurs erforderlich: Der Endbestand ist null.</translation>
    </message>
    <message>
        <source>Transfers in the period</source>
        <translation>Bewegungen im Zeitraum</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Datum (UTC)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>No transfers in the period.</source>
        <translation>Keine Bewegungen im Zeitraum.</translation>
    </message>
    <message>
        <source>deposit</source>
        <translation>Einzahlung</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>adjustment</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>Übertrag</translation>
    </message>
    <message>
        <source>Values in EUR are the closing balance times the price, rounded half away from zero to the cent; the total is the sum of the rounded values. Balances are exact.</source>
        <translation>Werte in EUR sind Endbestand mal Kurs, kaufmännisch auf den Cent gerundet; der Gesamtwert ist die Summe der gerundeten Werte. Bestände sind exakt.</translation>
    </message>
    <message>
        <source>Safekeeping and segregation</source>
        <translation>Verwahrung und Trennung</translation>
    </message>
    <message>
        <source>The custodian holds your crypto-assets apart from its own assets (MiCA Article 75(7)). In this period they were held on these addresses:</source>
        <translation>Der Verwahrer hält Ihre Kryptowerte getrennt von seinen eigenen Vermögenswerten (Art. 75 Abs. 7 MiCA). Im Zeitraum wurden sie unter diesen Adressen gehalten:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Held as</source>
        <translation>Verwahrart</translation>
    </message>
    <message>
        <source>segregated (designated to you)</source>
        <translation>getrennt (Ihnen zugeordnet)</translation>
    </message>
    <message>
        <source>omnibus (pooled client assets)</source>
        <translation>Sammelverwahrung (Omnibus, Kundenvermögen)</translation>
    </message>
    <message>
        <source>No address held crypto-assets for you in this period.</source>
        <translation>Im Zeitraum wurden unter keiner Adresse Kryptowerte für Sie gehalten.</translation>
    </message>
    <message>
        <source>If this statement differs from your own records, please report the discrepancy to: %1</source>
        <translation>Weicht diese Aufstellung von Ihren eigenen Aufzeichnungen ab, melden Sie die Abweichung bitte an: %1</translation>
    </message>
    <message>
        <source>If this statement differs from your own records, please report the discrepancy to the custodian at the address above.</source>
        <translation>Weicht diese Aufstellung von Ihren eigenen Aufzeichnungen ab, melden Sie die Abweichung bitte dem Verwahrer unter der obigen Anschrift.</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>The QR code holds the document id and the SHA-256 of this statement&apos;s data (its JSON twin, sent with it). The custodian keeps a record of every statement it issues and confirms on request that a document is unchanged.</source>
        <translation>Der QR-Code enthält die Dokumentnummer und den SHA-256 der Daten dieser Aufstellung (ihres beigefügten JSON-Zwillings). Der Verwahrer verzeichnet jede ausgestellte Aufstellung und bestätigt auf Anfrage, dass ein Dokument unverändert ist.</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Dokument %1</translation>
    </message>
    <message>
        <source>SHA-256 of the data: %1</source>
        <translation>SHA-256 der Daten: %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Register audit head: entry %1, hash %2, signed by %3</source>
        <translation>Audit-Kopf des Registers: Eintrag %1, Hash %2, signiert von %3</translation>
    </message>
</context>
</TS>
