#include "secret/ClipboardGuard.h"

#include "Countdown.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QMimeData>

namespace {
Q_LOGGING_CATEGORY(lcClipboard, "scanvault.ui.clipboard")
} // namespace

ClipboardGuard::ClipboardGuard(QClipboard *clipboard, QObject *parent)
    : QObject(parent), m_clipboard(clipboard)
{
    setCountdown(new TimerCountdown(this));
    connect(qApp, &QCoreApplication::aboutToQuit, this, &ClipboardGuard::clearNow);
}

ClipboardGuard::~ClipboardGuard()
{
    clearNow();
}

void ClipboardGuard::setCountdown(Countdown *countdown)
{
    delete m_countdown;
    m_countdown = countdown;
    m_countdown->setParent(this);
    connect(m_countdown, &Countdown::expired, this, &ClipboardGuard::clearNow);
}

QMimeData *ClipboardGuard::concealedMimeData(const QString &value)
{
    auto *mime = new QMimeData;
    mime->setText(value);
    // KDE Klipper and other Linux clipboard managers skip entries with this hint.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    // Windows clipboard history and cloud sync skip data offering this format; Qt's Windows
    // plugin maps the x-qt-windows-mime form to the registered clipboard format.
    mime->setData(QStringLiteral("application/x-qt-windows-mime;value=\""
                                 "ExcludeClipboardContentFromMonitorProcessing\""),
                  QByteArray(4, '\0'));
    // macOS clipboard managers honour the nspasteboard.org concealed type.
    mime->setData(QStringLiteral("org.nspasteboard.ConcealedType"), QByteArray());
    return mime;
}

void ClipboardGuard::copySecret(const QString &value)
{
    if (!m_clipboard)
        return;
    m_clipboard->setMimeData(concealedMimeData(value), QClipboard::Clipboard);
    m_digest = digestOf(value);
    m_countdown->start(m_delay);
    qCDebug(lcClipboard) << "copied a secret value; clearing in" << m_delay.count() << "s";
}

void ClipboardGuard::clearNow()
{
    m_countdown->stop();
    if (m_digest.isEmpty() || !m_clipboard)
        return;

    const bool stillOurs = digestOf(m_clipboard->text(QClipboard::Clipboard)) == m_digest;
    m_digest.clear();
    if (!stillOurs) {
        qCDebug(lcClipboard) << "clipboard changed since the copy; left alone";
        return;
    }
    m_clipboard->clear(QClipboard::Clipboard);
    qCDebug(lcClipboard) << "cleared the copied secret value";
    emit cleared();
}

QByteArray ClipboardGuard::digestOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}
