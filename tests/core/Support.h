#pragma once
// Shared set-up for the core tests: a register in a temporary directory with cheap KDF costs.

#include "crypto/Kdf.h"
#include "ledger/Reference.h"
#include "register/Register.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace custos::test {

inline crypto::KdfParams cheapKdf()
{
    crypto::KdfParams p;
    p.iterations = 1;
    p.memoryKiB = 8192;
    p.parallelism = 1;
    return p;
}

inline const QByteArray kAdminPassword = QByteArrayLiteral("admin-password-1");
inline const QByteArray kOperatorPassword = QByteArrayLiteral("operator-password-1");

struct RegisterFixture {
    QTemporaryDir dir;
    QString path;
    QString recoveryKey;
    std::unique_ptr<reg::Register> admin;

    bool create()
    {
        path = dir.filePath(QStringLiteral("t.custos"));
        auto c = reg::Register::create(path, QStringLiteral("alice"), kAdminPassword, cheapKdf());
        if (!c.ok()) {
            qWarning() << c.error().message;
            return false;
        }
        recoveryKey = c->recoveryKey;
        admin = std::move(c->reg);
        return true;
    }

    std::unique_ptr<reg::Register> operatorUser()
    {
        if (!admin->addUser(QStringLiteral("olga"), reg::Role::Operator, kOperatorPassword).ok())
            return nullptr;
        auto r = reg::Register::open(path, QStringLiteral("olga"), kOperatorPassword);
        return r.ok() ? std::move(*r) : nullptr;
    }

    // Assets BTC/ETH, key sets, client C1 with one BTC and one ETH address, a firm BTC address.
    bool addBasics()
    {
        auto &r = *admin;
        return ledger::addAsset(r, {QStringLiteral("bitcoin"), QStringLiteral("BTC"), 8, {}}).ok()
            && ledger::addAsset(r, {QStringLiteral("ethereum"), QStringLiteral("ETH"), 18, {}}).ok()
            && ledger::addKeySet(r, QStringLiteral("vault"), QStringLiteral("client"), QStringLiteral("client vault")).ok()
            && ledger::addKeySet(r, QStringLiteral("treasury"), QStringLiteral("firm"), QStringLiteral("firm treasury")).ok()
            && ledger::addClient(r, {QStringLiteral("C1"), QStringLiteral("Anna Beispiel"), {}, QStringLiteral("de")}).ok()
            && ledger::addClient(r, {QStringLiteral("C2"), QStringLiteral("Bruno Exemple"), {}, QStringLiteral("fr")}).ok()
            && ledger::addAddress(r, {QStringLiteral("bitcoin"), QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"),
                                      QStringLiteral("client:C1"), QStringLiteral("vault"), QStringLiteral("C1 btc")}).ok()
            && ledger::addAddress(r, {QStringLiteral("ethereum"), QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"),
                                      QStringLiteral("client:C1"), QStringLiteral("vault"), QStringLiteral("C1 eth")}).ok()
            && ledger::addAddress(r, {QStringLiteral("bitcoin"), QStringLiteral("bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3"),
                                      QStringLiteral("firm"), QStringLiteral("treasury"), QStringLiteral("fees")}).ok();
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString p = dir.filePath(name);
        QFile f(p);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return QString();
        return p;
    }
};

inline const char *kMovementsHeader = "client,asset,amount,kind,occurred_at,chain,address,tx_hash,block_height\n";
inline QByteArray btcTx(int n) { return QByteArray::number(n).rightJustified(64, 'a'); }
inline QByteArray ethTx(int n) { return "0x" + QByteArray::number(n).rightJustified(64, 'b'); }

} // namespace custos::test
