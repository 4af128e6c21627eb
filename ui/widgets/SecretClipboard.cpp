#include "widgets/SecretClipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace custos::ui {

namespace {

QByteArray digestOf(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    const QByteArray d = QCryptographicHash::hash(utf8, QCryptographicHash::Sha256);
    utf8.fill('\0');
    return d;
}

} // namespace

SecretClipboard::SecretClipboard(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::clearNow);
}

SecretClipboard::~SecretClipboard()
{
    m_timer.stop();
    if (holdsSecret())
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
}

void SecretClipboard::copy(const QString &secret)
{
    auto *mime = new QMimeData;
    mime->setText(secret);
    mime->setData(QString::fromLatin1(kHintFormat), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime, QClipboard::Clipboard); // takes ownership
    m_digest = digestOf(secret);
    m_timer.start(m_clearAfter);
}

bool SecretClipboard::holdsSecret() const
{
    if (m_digest.isEmpty())
        return false;
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData(QClipboard::Clipboard);
    return mime && mime->hasText() && digestOf(mime->text()) == m_digest;
}

void SecretClipboard::clearNow()
{
    m_timer.stop();
    const bool ours = holdsSecret();
    m_digest.clear();
    if (!ours)
        return; // the user copied something else since: leave it
    QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
    emit cleared();
}

} // namespace custos::ui
