#include "chain/RpcEndpoints.h"

#include <QFile>
#include <QUrl>

namespace custos::chain {

namespace {

constexpr qint64 kMaxCookieBytes = 4096;

Error bad(const QString &sentence)
{
    return makeError(ErrorCode::BadInput, sentence);
}

// The source text after its "kind:" prefix, checked as an http(s) URL with a host.
Result<QUrl> parseNodeUrl(const QString &source, const QString &kind, const QString &form)
{
    const QString shown = redactSource(source);
    const QString prefix = kind + QLatin1Char(':');
    if (!source.startsWith(prefix))
        return bad(QStringLiteral("source '%1' does not start with %2; write it as %3").arg(shown, prefix, form));
    const QString text = source.mid(prefix.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isSpace() || text[i].category() == QChar::Other_Control)
            return bad(QStringLiteral("source '%1' contains whitespace or a control character; write it as %2").arg(shown, form));
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return bad(QStringLiteral("source '%1' is not a valid URL; write it as %2").arg(shown, form));
    const QString scheme = url.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return bad(QStringLiteral("source '%1' must use http:// or https://; write it as %2").arg(shown, form));
    if (url.host().isEmpty())
        return bad(QStringLiteral("source '%1' names no host; write it as %2").arg(shown, form));
    if (url.hasQuery() || url.hasFragment())
        return bad(QStringLiteral("source '%1' has a query or fragment, which a node URL does not take; write it as %2").arg(shown, form));
    if (!url.userName().isEmpty() && !url.userInfo().contains(QLatin1Char(':')))
        return bad(QStringLiteral("source '%1' names a user without a password; write the credentials as USER:PASSWORD@").arg(shown));
    return url;
}

// USER:PASSWORD from the first line of a Bitcoin Core cookie file.
Status readCookie(const QString &cookieFile, RpcEndpoint &endpoint)
{
    QFile file(cookieFile);
    if (!file.open(QIODevice::ReadOnly))
        return bad(QStringLiteral("cannot read the RPC cookie file %1: %2; check the path (Bitcoin Core writes it as "
                                  ".cookie in its data directory) and that this user may read it")
                       .arg(cookieFile, file.errorString()));
    const QByteArray content = file.read(kMaxCookieBytes + 1);
    if (content.size() > kMaxCookieBytes)
        return bad(
            QStringLiteral("the RPC cookie file %1 is too large to be a cookie file (over %2 bytes)").arg(cookieFile).arg(kMaxCookieBytes));
    QByteArray line = content.left(content.indexOf('\n') < 0 ? content.size() : content.indexOf('\n'));
    if (line.endsWith('\r'))
        line.chop(1);
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || colon == line.size() - 1)
        return bad(QStringLiteral("the RPC cookie file %1 does not hold USER:PASSWORD on its first line; is it the node's "
                                  ".cookie file?")
                       .arg(cookieFile));
    endpoint.user = QString::fromUtf8(line.left(colon));
    endpoint.password = QString::fromUtf8(line.mid(colon + 1));
    return okStatus();
}

} // namespace

QString redactSource(const QString &source)
{
    // Errs on the side of hiding: the user info runs to the last '@' anywhere (a password holding
    // an unescaped '/', '?' or '#' is hidden too), and user info without a ':' may be a bare
    // token, so all of it is hidden then.
    const qsizetype schemeEnd = source.indexOf(QLatin1String("://"));
    const qsizetype start = schemeEnd >= 0 ? schemeEnd + 3 : source.indexOf(QLatin1Char(':')) + 1;
    const qsizetype at = source.lastIndexOf(QLatin1Char('@'));
    if (at < start)
        return source;
    const qsizetype colon = source.indexOf(QLatin1Char(':'), start);
    const qsizetype hideFrom = (colon >= 0 && colon < at) ? colon + 1 : start;
    return source.left(hideFrom) + QStringLiteral("***") + source.mid(at);
}

Result<RpcEndpoint> parseBitcoindSource(const QString &url, const QString &cookieFile)
{
    const QString form = QStringLiteral("bitcoind:http://USER:PASSWORD@HOST:PORT, or bitcoind:http://HOST:PORT with --rpc-cookie FILE");
    Result<QUrl> parsed = parseNodeUrl(url, QStringLiteral("bitcoind"), form);
    if (!parsed.ok())
        return parsed.error();
    RpcEndpoint endpoint;
    const bool hasUser = !parsed->userName().isEmpty();
    if (hasUser && !cookieFile.isEmpty())
        return bad(QStringLiteral("source '%1' carries USER:PASSWORD and a cookie file %2 was also given; use one of them")
                       .arg(redactSource(url), cookieFile));
    if (hasUser) {
        endpoint.user = parsed->userName(QUrl::FullyDecoded);
        endpoint.password = parsed->password(QUrl::FullyDecoded);
    } else if (!cookieFile.isEmpty()) {
        CUSTOS_TRY(readCookie(cookieFile, endpoint));
    } else {
        return bad(QStringLiteral("source '%1' has no credentials; a Bitcoin Core node needs them: write %2").arg(redactSource(url), form));
    }
    endpoint.url = parsed->adjusted(QUrl::RemoveUserInfo);
    return endpoint;
}

Result<RpcEndpoint> parseEvmSource(const QString &url)
{
    Result<QUrl> parsed = parseNodeUrl(url, QStringLiteral("evm"), QStringLiteral("evm:http://HOST:PORT[/PATH]"));
    if (!parsed.ok())
        return parsed.error();
    RpcEndpoint endpoint;
    endpoint.user = parsed->userName(QUrl::FullyDecoded);
    endpoint.password = parsed->password(QUrl::FullyDecoded);
    endpoint.url = parsed->adjusted(QUrl::RemoveUserInfo);
    return endpoint;
}

} // namespace custos::chain
