// Fuzzes the JSON-RPC response parsing of JsonRpcClient: the exact-number rewriting
// (quoteJsonNumbers) and the checks of a single answer and of a batch answer (ids, errors,
// missing and repeated results). The input is the node's answer; @ID stands for request ids.
#include "FuzzSupport.h"
#include "chain/JsonRpcClient.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace custos;
    using namespace custos::chain;
    const QByteArrayView input = fuzz::bytesOf(data, size);

    const std::optional<QByteArray> quoted = quoteJsonNumbers(input);
    if (quoted && quoteJsonNumbers(*quoted) != quoted)
        fuzz::broken("quoteJsonNumbers is not idempotent");

    SourceOptions options;
    options.maxResponseBytes = 1 << 20;
    // The same answer is offered to a single call and to a batch of three calls.
    const QByteArray answer = input.toByteArray();
    options.transport = [&answer](const QByteArray &request) { return fuzz::ScriptedNode(answer).answer(request); };
    JsonRpcClient client(RpcEndpoint{QUrl(QStringLiteral("http://127.0.0.1:1/")), {}, {}}, options);
    const Result<QJsonValue> one = client.call(QStringLiteral("eth_blockNumber"), {});
    if (!one.ok() && one.error().code != ErrorCode::SourceFailed)
        fuzz::broken("a bad answer is not SourceFailed");
    const Result<QList<QJsonValue>> three = client.batch({{QStringLiteral("eth_getBalance"), {QStringLiteral("0x0"), QStringLiteral("0x1")}},
                                                          {QStringLiteral("eth_getBalance"), {QStringLiteral("0x1"), QStringLiteral("0x1")}},
                                                          {QStringLiteral("eth_call"), {}}});
    if (three.ok() && three->size() != 3)
        fuzz::broken("a batch of three calls gives another number of results");
    if (!three.ok() && three.error().code != ErrorCode::SourceFailed)
        fuzz::broken("a bad batch answer is not SourceFailed");
    return 0;
}
