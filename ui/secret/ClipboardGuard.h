#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <chrono>

class Countdown;
class QClipboard;
class QMimeData;

// Puts a secret value on the clipboard marked as concealed for clipboard managers, and
// clears it after a delay, on lock and on quit, but only while the clipboard still holds
// what we put there. Keeps a hash of the value, never the value. Owns its Countdown.
class ClipboardGuard : public QObject
{
    Q_OBJECT

public:
    explicit ClipboardGuard(QClipboard *clipboard, QObject *parent = nullptr);
    ~ClipboardGuard() override;

    // Replaces the countdown (tests pass one they expire by hand); takes ownership.
    void setCountdown(Countdown *countdown);
    void setClearDelay(std::chrono::seconds delay) { m_delay = delay; }
    std::chrono::seconds clearDelay() const { return m_delay; }

    // Copies value with the do-not-record hints and starts the countdown.
    void copySecret(const QString &value);
    // Clears the clipboard now if it still holds our value (lock, quit).
    void clearNow();
    // True while a copied value is waiting to be cleared.
    bool isGuarding() const { return !m_digest.isEmpty(); }

    // The hints that keep clipboard managers and history from recording the value.
    static QMimeData *concealedMimeData(const QString &value);

signals:
    // The clipboard was cleared because it still held our value.
    void cleared();

private:
    static QByteArray digestOf(const QString &text);

    QPointer<QClipboard> m_clipboard;
    Countdown *m_countdown = nullptr;
    std::chrono::seconds m_delay { 20 };
    QByteArray m_digest; // SHA-256 of what we copied; empty when nothing is guarded
};
