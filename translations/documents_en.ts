<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Statement</name>
    <message>
        <source>Statement of client assets</source>
        <translation>Statement of client assets</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <translation>Authorisation</translation>
    </message>
    <message>
        <source>Contact for discrepancies</source>
        <translation>Contact for discrepancies</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client id</translation>
    </message>
    <message>
        <source>LEI</source>
        <translation>LEI</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 to %3)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Quarterly statement</source>
        <translation>Quarterly statement</translation>
    </message>
    <message>
        <source>Statement on request</source>
        <translation>Statement on request</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <source>Document id</source>
        <translation>Document id</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Crypto-asset</source>
        <translation>Crypto-asset</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Opening balance</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Closing balance</translation>
    </message>
    <message>
        <source>Price (EUR)</source>
        <translation>Price (EUR)</translation>
    </message>
    <message>
        <source>Value (EUR)</source>
        <translation>Value (EUR)</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>Total value</translation>
    </message>
    <message>
        <source>Opening balance on %1</source>
        <translation>Opening balance on %1</translation>
    </message>
    <message>
        <source>Closing balance on %1</source>
        <translation>Closing balance on %1</translation>
    </message>
    <message>
        <source>Price of %1 on %2: %3 per unit (source: %4)</source>
        <translation>Price of %1 on %2: %3 per unit (source: %4)</translation>
    </message>
    <message>
        <source>No price is needed: the closing balance is zero.</source>
        <translation>No price is needed: the closing balance is zero.</translation>
    </message>
    <message>
        <source>Transfers in the period</source>
        <translation>Transfers in the period</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>No transfers in the period.</source>
        <translation>No transfers in the period.</translation>
    </message>
    <message>
        <source>deposit</source>
        <translation>deposit</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>withdrawal</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>fee</translation>
    </message>
    <message>
        <source>adjustment</source>
        <translation>adjustment</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>transfer</translation>
    </message>
    <message>
        <source>Values in EUR are the closing balance times the price, rounded half away from zero to the cent; the total is the sum of the rounded values. Balances are exact.</source>
        <translation>Values in EUR are the closing balance times the price, rounded half away from zero to the cent; the total is the sum of the rounded values. Balances are exact.</translation>
    </message>
    <message>
        <source>Safekeeping and segregation</source>
        <translation>Safekeeping and segregation</translation>
    </message>
    <message>
        <source>The custodian holds your crypto-assets apart from its own assets (MiCA Article 75(7)). In this period they were held on these addresses:</source>
        <translation>The custodian holds your crypto-assets apart from its own assets (MiCA Article 75(7)). In this period they were held on these addresses:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Held as</source>
        <translation>Held as</translation>
    </message>
    <message>
        <source>segregated (designated to you)</source>
        <translation>segregated (designated to you)</translation>
    </message>
    <message>
        <source>omnibus (pooled client assets)</source>
        <translation>omnibus (pooled client assets)</translation>
    </message>
    <message>
        <source>No address held crypto-assets for you in this period.</source>
        <translation>No address held crypto-assets for you in this period.</translation>
    </message>
    <message>
        <source>If this statement differs from your own records, please report the discrepancy to: %1</source>
        <translation>If this statement differs from your own records, please report the discrepancy to: %1</translation>
    </message>
    <message>
        <source>If this statement differs from your own records, please report the discrepancy to the custodian at the address above.</source>
        <translation>If this statement differs from your own records, please report the discrepancy to the custodian at the address above.</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>The QR code holds the document id and the SHA-256 of this statement&apos;s data (its JSON twin, sent with it). The custodian keeps a record of every statement it issues and confirms on request that a document is unchanged.</source>
        <translation>The QR code holds the document id and the SHA-256 of this statement&apos;s data (its JSON twin, sent with it). The custodian keeps a record of every statement it issues and confirms on request that a document is unchanged.</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
    <message>
        <source>SHA-256 of the data: %1</source>
        <translation>SHA-256 of the data: %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 of %2</translation>
    </message>
    <message>
        <source>Register audit head: entry %1, hash %2, signed by %3</source>
        <translation>Register audit head: entry %1, hash %2, signed by %3</translation>
    </message>
</context>
</TS>
