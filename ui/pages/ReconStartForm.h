#pragma once
// The "start a run" form of the Reconciliation page: chain, source (snapshot file, EVM node or
// Bitcoin Core node with an optional cookie file) and an optional pinned height. It only builds
// the request; the page runs it.

#include <QString>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace custos::ui {

struct ReconRequest {
    QString chain;
    QString source;     // snapshot:FILE, evm:URL or bitcoind:URL as core's openSource reads it
    QString cookieFile; // bitcoind only; empty for none
    std::optional<qint64> height;
};

class ReconStartForm : public QWidget {
    Q_OBJECT
public:
    enum SourceKind { Snapshot, EvmNode, BitcoinNode };

    explicit ReconStartForm(QWidget *parent = nullptr);

    void setChains(const QStringList &chains);
    void setChain(const QString &chain);
    void setSourceKind(SourceKind kind);
    void setSnapshotFile(const QString &path);
    void setNodeUrl(const QString &url);
    void setCookieFile(const QString &path);
    void setHeight(const QString &text);

    // The request, or nullopt with a sentence in *error saying what to fill in.
    std::optional<ReconRequest> request(QString *error) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void browseSnapshot();
    void browseCookie();

    QComboBox *m_chain;
    QComboBox *m_kind;
    QStackedWidget *m_sourceStack;
    QLineEdit *m_snapshot;
    QPushButton *m_snapshotBrowse;
    QLineEdit *m_evmUrl;
    QLineEdit *m_btcUrl;
    QLineEdit *m_cookie;
    QPushButton *m_cookieBrowse;
    QLineEdit *m_height;
    QLabel *m_chainLabel;
    QLabel *m_kindLabel;
    QLabel *m_sourceLabel;
    QLabel *m_heightLabel;
    QLabel *m_cookieLabel;
};

} // namespace custos::ui
