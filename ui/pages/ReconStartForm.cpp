#include "pages/ReconStartForm.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>

namespace custos::ui {

namespace {

QWidget *row(QWidget *parent, std::initializer_list<QWidget *> widgets)
{
    auto *w = new QWidget(parent);
    auto *l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    l->setSpacing(6);
    bool first = true;
    for (QWidget *x : widgets) {
        l->addWidget(x, first ? 1 : 0);
        first = false;
    }
    return w;
}

} // namespace

ReconStartForm::ReconStartForm(QWidget *parent) : QWidget(parent)
{
    m_chain = new QComboBox(this);
    m_chain->setMinimumWidth(150);
    m_kind = new QComboBox(this);
    for (int i = 0; i < 3; ++i)
        m_kind->addItem(QString());

    m_snapshot = new QLineEdit(this);
    m_snapshotBrowse = new QPushButton(this);
    m_evmUrl = new QLineEdit(this);
    m_evmUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:8545"));
    m_btcUrl = new QLineEdit(this);
    m_btcUrl->setPlaceholderText(QStringLiteral("http://USER:PASSWORD@127.0.0.1:8332"));
    m_cookie = new QLineEdit(this);
    m_cookieBrowse = new QPushButton(this);
    m_cookieLabel = new QLabel(this);
    m_sourceStack = new QStackedWidget(this);
    m_sourceStack->addWidget(row(this, {m_snapshot, m_snapshotBrowse}));
    m_sourceStack->addWidget(m_evmUrl);
    m_sourceStack->addWidget(row(this, {m_btcUrl, m_cookieLabel, m_cookie, m_cookieBrowse}));
    m_cookie->setMinimumWidth(160);
    m_sourceStack->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_height = new QLineEdit(this);
    m_height->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,15}")), m_height));
    m_height->setMaximumWidth(130);

    m_chainLabel = new QLabel(this);
    m_kindLabel = new QLabel(this);
    m_sourceLabel = new QLabel(this);
    m_heightLabel = new QLabel(this);
    m_chainLabel->setBuddy(m_chain);
    m_kindLabel->setBuddy(m_kind);
    m_heightLabel->setBuddy(m_height);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);
    grid->addWidget(m_chainLabel, 0, 0);
    grid->addWidget(m_chain, 0, 1);
    grid->addWidget(m_kindLabel, 0, 2);
    grid->addWidget(m_kind, 0, 3);
    grid->addWidget(m_heightLabel, 0, 4);
    grid->addWidget(m_height, 0, 5);
    grid->addWidget(m_sourceLabel, 1, 0);
    grid->addWidget(m_sourceStack, 1, 1, 1, 5);
    grid->setColumnStretch(3, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, m_sourceStack, &QStackedWidget::setCurrentIndex);
    connect(m_snapshotBrowse, &QPushButton::clicked, this, &ReconStartForm::browseSnapshot);
    connect(m_cookieBrowse, &QPushButton::clicked, this, &ReconStartForm::browseCookie);
    retranslateUi();
}

void ReconStartForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReconStartForm::retranslateUi()
{
    m_chainLabel->setText(tr("&Chain:"));
    m_kindLabel->setText(tr("S&ource:"));
    m_sourceLabel->setText(tr("Location:"));
    m_heightLabel->setText(tr("Hei&ght:"));
    m_kind->setItemText(Snapshot, tr("Snapshot file"));
    m_kind->setItemText(EvmNode, tr("EVM node (JSON-RPC)"));
    m_kind->setItemText(BitcoinNode, tr("Bitcoin Core node (JSON-RPC)"));
    m_snapshot->setPlaceholderText(tr("CSV file: chain,address,asset,balance,block_height"));
    m_snapshotBrowse->setText(tr("Browse…"));
    m_cookieLabel->setText(tr("Cookie:"));
    m_cookie->setPlaceholderText(tr("optional .cookie file"));
    m_cookieBrowse->setText(tr("Browse…"));
    m_height->setPlaceholderText(tr("tip"));
    m_height->setToolTip(tr("Pin the run to this block height; leave empty for the source's tip"));
    m_chain->setAccessibleName(tr("Chain"));
    m_kind->setAccessibleName(tr("Source kind"));
    m_snapshot->setAccessibleName(tr("Snapshot file"));
    m_evmUrl->setAccessibleName(tr("EVM node URL"));
    m_btcUrl->setAccessibleName(tr("Bitcoin Core node URL"));
    m_cookie->setAccessibleName(tr("Cookie file"));
    m_height->setAccessibleName(tr("Pinned block height"));
}

void ReconStartForm::setChains(const QStringList &chains)
{
    const QString current = m_chain->currentText();
    m_chain->clear();
    m_chain->addItems(chains);
    if (chains.contains(current))
        m_chain->setCurrentText(current);
}

void ReconStartForm::setChain(const QString &chain)
{
    m_chain->setCurrentText(chain);
}

void ReconStartForm::setSourceKind(SourceKind kind)
{
    m_kind->setCurrentIndex(kind);
}

void ReconStartForm::setSnapshotFile(const QString &path)
{
    m_snapshot->setText(path);
}

void ReconStartForm::setNodeUrl(const QString &url)
{
    m_evmUrl->setText(url);
    m_btcUrl->setText(url);
}

void ReconStartForm::setCookieFile(const QString &path)
{
    m_cookie->setText(path);
}

void ReconStartForm::setHeight(const QString &text)
{
    m_height->setText(text);
}

std::optional<ReconRequest> ReconStartForm::request(QString *error) const
{
    ReconRequest r;
    r.chain = m_chain->currentText();
    if (r.chain.isEmpty()) {
        *error = tr("Choose a chain. The register has no assets yet: add an asset before reconciling.");
        return std::nullopt;
    }
    switch (m_kind->currentIndex()) {
    case Snapshot:
        if (m_snapshot->text().trimmed().isEmpty()) {
            *error = tr("Choose the snapshot file to reconcile against.");
            return std::nullopt;
        }
        r.source = QStringLiteral("snapshot:") + m_snapshot->text().trimmed();
        break;
    case EvmNode:
        if (m_evmUrl->text().trimmed().isEmpty()) {
            *error = tr("Enter the URL of the EVM node, for example http://127.0.0.1:8545.");
            return std::nullopt;
        }
        r.source = QStringLiteral("evm:") + m_evmUrl->text().trimmed();
        break;
    default:
        if (m_btcUrl->text().trimmed().isEmpty()) {
            *error = tr("Enter the URL of the Bitcoin Core node, for example http://127.0.0.1:8332.");
            return std::nullopt;
        }
        r.source = QStringLiteral("bitcoind:") + m_btcUrl->text().trimmed();
        r.cookieFile = m_cookie->text().trimmed();
        break;
    }
    if (!m_height->text().isEmpty()) {
        bool ok = false;
        const qint64 h = m_height->text().toLongLong(&ok);
        if (!ok || h < 0) {
            *error = tr("The height must be a block number, or empty for the tip.");
            return std::nullopt;
        }
        r.height = h;
    }
    return r;
}

void ReconStartForm::browseSnapshot()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a chain snapshot"), m_snapshot->text(),
                                                      tr("Snapshot files (*.csv);;All files (*)"));
    if (!file.isEmpty())
        m_snapshot->setText(file);
}

void ReconStartForm::browseCookie()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose the node's cookie file"), m_cookie->text(),
                                                      tr("Cookie files (.cookie *.cookie);;All files (*)"));
    if (!file.isEmpty())
        m_cookie->setText(file);
}

} // namespace custos::ui
