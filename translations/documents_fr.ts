<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Statement</name>
    <message>
        <source>Statement of client assets</source>
        <translation>Relevé des crypto-actifs conservés</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Conservateur</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <translation>Agrément</translation>
    </message>
    <message>
        <source>Contact for discrepancies</source>
        <translation>Contact en cas d&apos;écart</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>LEI</source>
        <translation>LEI</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (du %2 au %3)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Quarterly statement</source>
        <translation>Relevé trimestriel</translation>
    </message>
    <message>
        <source>Statement on request</source>
        <translation>Relevé sur demande</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Date d&apos;émission</translation>
    </message>
    <message>
        <source>Document id</source>
        <translation>Numéro de document</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Crypto-asset</source>
        <translation>Crypto-actif</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Solde d&apos;ouverture</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Solde de clôture</translation>
    </message>
    <message>
        <source>Price (EUR)</source>
        <translation>Cours (EUR)</translation>
    </message>
    <message>
        <source>Value (EUR)</source>
        <translation>Valeur (EUR)</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>Valeur totale</translation>
    </message>
    <message>
        <source>Opening balance on %1</source>
        <translation>Solde d&apos;ouverture au %1</translation>
    </message>
    <message>
        <source>Closing balance on %1</source>
        <translation>Solde de clôture au %1</translation>
    </message>
    <message>
        <source>Price of %1 on %2: %3 per unit (source: %4)</source>
        <translation>Cours de %1 au %2 : %3 par unité (source : %4)</translation>
    </message>
    <message>
        <source>No price is needed: the closing balance is zero.</source>
        <translation>Aucun cours n&apos;est nécessaire : le solde de clôture est nul.</translation>
    </message>
    <message>
        <source>Transfers in the period</source>
        <translation>Mouvements de la période</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>No transfers in the period.</source>
        <translation>Aucun mouvement sur la période.</translation>
    </message>
    <message>
        <source>deposit</source>
        <translation>dépôt</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>retrait</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>frais</translation>
    </message>
    <message>
        <source>adjustment</source>
        <translation>correction</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>transfert</translation>
    </message>
    <message>
        <source>Values in EUR are the closing balance times the price, rounded half away from zero to the cent; the total is the sum of the rounded values. Balances are exact.</source>
        <translation>Les valeurs en EUR sont le solde de clôture multiplié par le cours, arrondi au centime (la demie s&apos;éloignant de zéro) ; la valeur totale est la somme des valeurs arrondies. Les soldes sont exacts.</translation>
    </message>
    <message>
        <source>Safekeeping and segregation</source>
        <translation>Conservation et ségrégation</translation>
    </message>
    <message>
        <source>The custodian holds your crypto-assets apart from its own assets (MiCA Article 75(7)). In this period they were held on these addresses:</source>
        <translation>Le conservateur détient vos crypto-actifs séparément de ses propres actifs (article 75, paragraphe 7, de MiCA). Sur la période, ils étaient détenus aux adresses suivantes :</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Held as</source>
        <translation>Mode de détention</translation>
    </message>
    <message>
        <source>segregated (designated to you)</source>
        <translation>ségrégué (qui vous est attribué)</translation>
    </message>
    <message>
        <source>omnibus (pooled client assets)</source>
        <translation>omnibus (actifs de clients mis en commun)</translation>
    </message>
    <message>
        <source>No address held crypto-assets for you in this period.</source>
        <translation>Aucune adresse n&apos;a détenu de crypto-actifs pour vous sur cette période.</translation>
    </message>
    <message>
        <source>If this statement differs from your own records, please report the discrepancy to: %1</source>
        <translation>Si ce relevé diffère de vos propres enregistrements, veuillez signaler l&apos;écart à : %1</translation>
    </message>
    <message>
        <source>If this statement differs from your own records, please report the discrepancy to the custodian at the address above.</source>
        <translation>Si ce relevé diffère de vos propres enregistrements, veuillez signaler l&apos;écart au conservateur à l&apos;adresse ci-dessus.</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>The QR code holds the document id and the SHA-256 of this statement&apos;s data (its JSON twin, sent with it). The custodian keeps a record of every statement it issues and confirms on request that a document is unchanged.</source>
        <translation>Le code QR contient le numéro de document et le SHA-256 des données de ce relevé (son jumeau JSON, joint). Le conservateur enregistre chaque relevé émis et confirme sur demande qu&apos;un document n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
    <message>
        <source>SHA-256 of the data: %1</source>
        <translation>SHA-256 des données : %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
    <message>
        <source>Register audit head: entry %1, hash %2, signed by %3</source>
        <translation>Tête du journal d&apos;audit du registre : entrée %1, empreinte %2, signée par %3</translation>
    </message>
</context>
</TS>
