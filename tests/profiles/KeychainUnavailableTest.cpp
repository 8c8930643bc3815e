#include "profiles/CredentialStore.h"

#include <QSignalSpy>
#include <QTest>

namespace {

constexpr int KeychainAnswerMs = 20000;

} // namespace

// Specification of the "no keychain" case: the process has no D-Bus session, so no Secret
// Service can answer. The store must say so, with a reason, and never store elsewhere.
class KeychainUnavailableTest final : public QObject
{
    Q_OBJECT

private slots:
    void availabilityIsUnknownBeforeAnyAnswer();
    void reportsUnavailableWithReason();
    void writeFailsWithMessage();
    void readFailsWithMessage();

private:
    CredentialResult run(CredentialJob *job);
};

CredentialResult KeychainUnavailableTest::run(CredentialJob *job)
{
    CredentialResult result;
    result.status = CredentialResult::Status::Ok; // overwritten by a real answer
    bool done = false;
    connect(job, &CredentialJob::finished, this, [&](const CredentialResult &r) {
        result = r;
        done = true;
    });
    QSignalSpy destroyed(job, &QObject::destroyed);
    destroyed.wait(KeychainAnswerMs);
    if (!done)
        result.message = QStringLiteral("the keychain job never reported");
    return result;
}

void KeychainUnavailableTest::availabilityIsUnknownBeforeAnyAnswer()
{
    const CredentialStore store;

    QCOMPARE(store.availability(), CredentialStore::Availability::Unknown);
}

void KeychainUnavailableTest::reportsUnavailableWithReason()
{
    CredentialStore store;
    QSignalSpy changed(&store, &CredentialStore::availabilityChanged);

    store.checkAvailability();

    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, KeychainAnswerMs);
    QCOMPARE(store.availability(), CredentialStore::Availability::Unavailable);
    QVERIFY(!store.unavailableReason().isEmpty());
    QCOMPARE(changed.first().at(1).toString(), store.unavailableReason());
}

void KeychainUnavailableTest::writeFailsWithMessage()
{
    CredentialStore store;

    const CredentialResult result =
        run(store.write(QUuid::createUuid(), CredentialKind::Password, QStringLiteral("pw")));

    QVERIFY(!result.ok());
    QVERIFY(!result.message.isEmpty());
    QVERIFY(!result.message.contains(QLatin1String("pw")));
}

void KeychainUnavailableTest::readFailsWithMessage()
{
    CredentialStore store;

    const CredentialResult result = run(store.read(QUuid::createUuid(), CredentialKind::Password));

    QVERIFY(!result.ok());
    QVERIFY(result.secret.isEmpty());
    QVERIFY(!result.message.isEmpty());
}

int main(int argc, char *argv[])
{
    // No session bus and no display to auto-launch one: no Secret Service can be reached.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    QCoreApplication app(argc, argv);
    KeychainUnavailableTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "KeychainUnavailableTest.moc"
