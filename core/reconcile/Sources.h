#pragma once
// Opens the chain source a reconciliation names: snapshot:FILE, evm:URL, bitcoind:URL, or
// endpoint:NAME (a chain endpoint kept in the register, see settings/Endpoints).

#include "chain/ChainSource.h"
#include "util/Result.h"

#include <memory>

namespace custos::reg {
class Register;
}

namespace custos::reconcile {

struct OpenedSource {
    std::unique_ptr<chain::ChainSource> source;
    QString label;    // as recorded on the run: the source without any password
    bool isSnapshot = false;
};

Result<OpenedSource> openSource(reg::Register &r, const chain::Network &net, const QString &source, const QString &rpcCookie,
                                const chain::SourceOptions &options);

} // namespace custos::reconcile
