// ClipboardGuard: a copied secret is marked concealed, cleared when its time is up only if
// the clipboard still holds it, and cleared at once on lock.

#include "ManualCountdown.h"
#include "secret/ClipboardGuard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

class TestClipboardGuard final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void marksTheCopyConcealed();
    void clearsWhenTheDelayIsUp();
    void startsTheCountdownWithTheConfiguredDelay();
    void leavesSomethingElseAlone();
    void clearsNowOnLock();
    void clearsOnDestruction();

private:
    QClipboard *clipboard() const { return QGuiApplication::clipboard(); }
};

namespace {
const QString Value = QStringLiteral("Not-A-Real-Password-1!");
} // namespace

void TestClipboardGuard::init()
{
    clipboard()->clear();
}

void TestClipboardGuard::marksTheCopyConcealed()
{
    ClipboardGuard guard(clipboard());

    guard.copySecret(Value);

    const QMimeData *mime = clipboard()->mimeData();
    QVERIFY(mime);
    QCOMPARE(mime->text(), Value);
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    // One list: formats() returns a new one each call, so its iterators must not be mixed.
    const QStringList formats = mime->formats();
    QVERIFY(formats.contains(QStringLiteral("org.nspasteboard.ConcealedType")));
    const bool windowsHint
            = std::any_of(formats.cbegin(), formats.cend(), [](const QString &format) {
                  return format.contains(
                          QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"));
              });
    QVERIFY(windowsHint);
}

void TestClipboardGuard::clearsWhenTheDelayIsUp()
{
    ClipboardGuard guard(clipboard());
    auto *countdown = new ManualCountdown;
    guard.setCountdown(countdown);
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);

    guard.copySecret(Value);
    QCOMPARE(clipboard()->text(), Value);
    countdown->expire();

    QCOMPARE(cleared.size(), 1);
    QVERIFY(clipboard()->text().isEmpty());
    QVERIFY(!guard.isGuarding());
}

void TestClipboardGuard::startsTheCountdownWithTheConfiguredDelay()
{
    ClipboardGuard guard(clipboard());
    auto *countdown = new ManualCountdown;
    guard.setCountdown(countdown);
    guard.setClearDelay(std::chrono::seconds(45));

    guard.copySecret(Value);

    QVERIFY(countdown->isActive());
    QCOMPARE(countdown->interval(), std::chrono::milliseconds(45000));
}

void TestClipboardGuard::leavesSomethingElseAlone()
{
    ClipboardGuard guard(clipboard());
    auto *countdown = new ManualCountdown;
    guard.setCountdown(countdown);
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);

    guard.copySecret(Value);
    clipboard()->setText(QStringLiteral("something the person copied afterwards"));
    countdown->expire();

    QCOMPARE(cleared.size(), 0);
    QCOMPARE(clipboard()->text(), QStringLiteral("something the person copied afterwards"));
}

void TestClipboardGuard::clearsNowOnLock()
{
    ClipboardGuard guard(clipboard());
    auto *countdown = new ManualCountdown;
    guard.setCountdown(countdown);

    guard.copySecret(Value);
    guard.clearNow();

    QVERIFY(clipboard()->text().isEmpty());
    QVERIFY(!countdown->isActive());
}

void TestClipboardGuard::clearsOnDestruction()
{
    {
        ClipboardGuard guard(clipboard());
        guard.setCountdown(new ManualCountdown);
        guard.copySecret(Value);
    }

    QVERIFY(clipboard()->text().isEmpty());
}

QTEST_MAIN(TestClipboardGuard)
#include "tst_clipboardguard.moc"
