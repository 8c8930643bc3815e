// The sandbox's listeners, certificate, ready line, options and control guard, checked
// against the running process.
#include "HttpProbe.h"
#include "SandboxControl.h"
#include "SandboxProcess.h"

#include <QNetworkInterface>
#include <QProcess>
#include <QSignalSpy>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {

const QString HealthPath = QStringLiteral("/SecretServer/api/v1/healthcheck");

QSslCertificate servedCertificate(quint16 port, const QSslCertificate &trusted)
{
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({ trusted });
    socket.setSslConfiguration(tls);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
    if (!encrypted.wait(15000))
        return QSslCertificate();
    return socket.peerCertificate();
}

QByteArray runToEnd(const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(SandboxProcess::executablePath(), arguments);
    process.waitForFinished(30000);
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return process.readAll();
}

} // namespace

class SandboxListenersTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void readyLineFingerprintIsTheServedCertificate();
    void generatedCertificateNamesLoopback();
    void bothListenersAnswer_data();
    void bothListenersAnswer();
    void unknownPathGetsIisNotFoundPage();
    void controlWithoutTokenIsForbidden_data();
    void controlWithoutTokenIsForbidden();
    void controlChangesFaultsAtRunTime();
    void controlRefusesInvalidFaults_data();
    void controlRefusesInvalidFaults();
    void listenerIsNotReachableOnOtherAddresses();
    void helpDocumentsEveryOption();
    void invalidOptionIsRefused_data();
    void invalidOptionIsRefused();
    void terminationExitsCleanly();
    void suppliedCertificateIsServed();

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
};

void SandboxListenersTest::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
}

void SandboxListenersTest::readyLineFingerprintIsTheServedCertificate()
{
    const QSslCertificate served
            = servedCertificate(m_sandbox->httpsPort(), m_sandbox->certificate());

    QVERIFY(!served.isNull());
    QCOMPARE(served.digest(QCryptographicHash::Sha256).toHex(), m_sandbox->sha256Fingerprint());
    QCOMPARE(served, m_sandbox->certificate());
}

void SandboxListenersTest::generatedCertificateNamesLoopback()
{
    const auto names = m_sandbox->certificate().subjectAlternativeNames();

    QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    QVERIFY(m_sandbox->certificate().expiryDate() > QDateTime::currentDateTimeUtc());
}

void SandboxListenersTest::bothListenersAnswer_data()
{
    QTest::addColumn<bool>("https");
    QTest::newRow("http") << false;
    QTest::newRow("https") << true;
}

void SandboxListenersTest::bothListenersAnswer()
{
    QFETCH(bool, https);
    HttpProbe probe(*m_sandbox, https);

    const ProbeReply reply = probe.get(HealthPath);

    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("Healthy")).toBool(), true);
    QCOMPARE(reply.header("Server"), QByteArrayLiteral("Microsoft-IIS/10.0"));
}

void SandboxListenersTest::unknownPathGetsIisNotFoundPage()
{
    HttpProbe probe(*m_sandbox);

    const ProbeReply reply = probe.get(QStringLiteral("/no/such/application"));

    QCOMPARE(reply.status, 404);
    QVERIFY(reply.header("Content-Type").startsWith("text/html"));
    QVERIFY(reply.body.contains("<html"));
}

void SandboxListenersTest::controlWithoutTokenIsForbidden_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::newRow("missing") << QByteArray();
    QTest::newRow("wrong") << QByteArrayLiteral("not-the-token");
}

void SandboxListenersTest::controlWithoutTokenIsForbidden()
{
    QFETCH(QByteArray, token);
    HttpProbe probe(*m_sandbox, false);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!token.isEmpty())
        headers.append({ QByteArrayLiteral("X-Sandbox-Control"), token });

    const ProbeReply reply = probe.send(
            QByteArrayLiteral("PUT"), QStringLiteral("/sandbox-control/faults"),
            QByteArrayLiteral("{\"failRate\":1}"), QByteArrayLiteral("application/json"), headers);

    QCOMPARE(reply.status, 403);
    QVERIFY(SandboxControl(*m_sandbox).healthy());
}

void SandboxListenersTest::controlChangesFaultsAtRunTime()
{
    SandboxControl control(*m_sandbox);

    const ProbeReply changed = control.setFaults({ { QStringLiteral("latencyMs"), 5 } });
    const QJsonObject now
            = control.send(QByteArrayLiteral("GET"), QStringLiteral("/sandbox-control/faults"))
                      .object();
    control.setFaults({ { QStringLiteral("latencyMs"), 0 } });

    QCOMPARE(changed.status, 200);
    QCOMPARE(now.value(QStringLiteral("latencyMs")).toInt(), 5);
    QCOMPARE(now.value(QStringLiteral("failRate")).toDouble(), 0.0);
}

void SandboxListenersTest::controlRefusesInvalidFaults_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("rate above one") << QByteArrayLiteral("{\"failRate\":1.5}");
    QTest::newRow("negative latency") << QByteArrayLiteral("{\"latencyMs\":-1}");
    QTest::newRow("fractional latency") << QByteArrayLiteral("{\"latencyMs\":1.5}");
    QTest::newRow("rate as text") << QByteArrayLiteral("{\"dropRate\":\"all\"}");
    QTest::newRow("not json") << QByteArrayLiteral("<faults/>");
    QTest::newRow("array") << QByteArrayLiteral("[1,2]");
}

void SandboxListenersTest::controlRefusesInvalidFaults()
{
    QFETCH(QByteArray, body);
    SandboxControl control(*m_sandbox);

    const ProbeReply reply = control.send(QByteArrayLiteral("PUT"),
                                          QStringLiteral("/sandbox-control/faults"), body);
    const QJsonObject now
            = control.send(QByteArrayLiteral("GET"), QStringLiteral("/sandbox-control/faults"))
                      .object();

    QCOMPARE(reply.status, 400);
    QVERIFY(!reply.object().value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(now.value(QStringLiteral("failRate")).toDouble(), 0.0);
    QCOMPARE(now.value(QStringLiteral("dropRate")).toDouble(), 0.0);
    QCOMPARE(now.value(QStringLiteral("latencyMs")).toInt(), 0);
}

void SandboxListenersTest::listenerIsNotReachableOnOtherAddresses()
{
    QHostAddress other;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (!address.isLoopback() && address.scopeId().isEmpty() && !address.isLinkLocal()) {
            other = address;
            break;
        }
    }
    if (other.isNull())
        QSKIP("this machine has no non-loopback address to try the listeners from");

    for (quint16 port : { m_sandbox->httpPort(), m_sandbox->httpsPort() }) {
        QTcpSocket socket;
        QSignalSpy failed(&socket, &QAbstractSocket::errorOccurred);
        socket.connectToHost(other, port);
        QTRY_VERIFY_WITH_TIMEOUT(
                failed.count() > 0 || socket.state() == QAbstractSocket::ConnectedState, 15000);
        QVERIFY2(socket.state() != QAbstractSocket::ConnectedState,
                 qPrintable(other.toString() + QStringLiteral(" accepted a connection")));
    }
}

void SandboxListenersTest::helpDocumentsEveryOption()
{
    int exitCode = -1;
    const QString help = QString::fromUtf8(runToEnd({ QStringLiteral("--help") }, &exitCode));
    const QStringList options { QStringLiteral("http-port"),      QStringLiteral("https-port"),
                                QStringLiteral("cert"),           QStringLiteral("key"),
                                QStringLiteral("seed"),           QStringLiteral("secrets"),
                                QStringLiteral("folders"),        QStringLiteral("state"),
                                QStringLiteral("token-lifetime"), QStringLiteral("latency-ms"),
                                QStringLiteral("fail-rate"),      QStringLiteral("drop-rate"),
                                QStringLiteral("max-body-bytes"), QStringLiteral("control-token"),
                                QStringLiteral("verbose") };

    QCOMPARE(exitCode, 0);
    for (const QString &option : options) {
        const qsizetype at = help.indexOf(QStringLiteral("--") + option + QLatin1Char(' '));
        QVERIFY2(at >= 0, qPrintable(option));
        const qsizetype next = help.indexOf(QStringLiteral("\n  -"), at);
        QVERIFY2(help.mid(at, next - at).contains(QStringLiteral("Default")),
                 qPrintable(option + QStringLiteral(" has no default documented")));
    }
}

void SandboxListenersTest::invalidOptionIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("fail rate above one")
            << QStringList { QStringLiteral("--fail-rate"), QStringLiteral("2") };
    QTest::newRow("negative latency")
            << QStringList { QStringLiteral("--latency-ms"), QStringLiteral("-5") };
    QTest::newRow("port out of range")
            << QStringList { QStringLiteral("--http-port"), QStringLiteral("70000") };
    QTest::newRow("certificate without key")
            << QStringList { QStringLiteral("--cert"), QStringLiteral("/dev/null") };
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--no-such-option") };
}

void SandboxListenersTest::invalidOptionIsRefused()
{
    QFETCH(QStringList, arguments);
    int exitCode = -1;

    const QByteArray output = runToEnd(arguments, &exitCode);

    QVERIFY2(exitCode > 0, output.constData());
    QVERIFY(!output.contains("SANDBOX_READY"));
}

void SandboxListenersTest::terminationExitsCleanly()
{
    QProcess process;
    process.start(SandboxProcess::executablePath(),
                  { QStringLiteral("--http-port"), QStringLiteral("0"),
                    QStringLiteral("--https-port"), QStringLiteral("0") });
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += process.readAllStandardOutput()).contains("SANDBOX_READY"),
                             30000);

    process.terminate();
    QVERIFY(process.waitForFinished(15000));

    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void SandboxListenersTest::suppliedCertificateIsServed()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl is not installed, so no certificate can be made for this test");
    QTemporaryDir directory;
    const QString certificatePath = directory.filePath(QStringLiteral("supplied.pem"));
    const QString keyPath = directory.filePath(QStringLiteral("supplied.key"));
    QProcess maker;
    maker.setProcessChannelMode(QProcess::MergedChannels); // keep its progress dots quiet
    maker.start(openssl,
                { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                  QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                  QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                  QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certificatePath });
    QVERIFY(maker.waitForFinished(60000));
    QCOMPARE(maker.exitCode(), 0);
    QFile pem(certificatePath);
    QVERIFY(pem.open(QIODevice::ReadOnly));
    const QSslCertificate supplied(pem.readAll(), QSsl::Pem);

    SandboxProcess sandbox(
            { QStringLiteral("--cert"), certificatePath, QStringLiteral("--key"), keyPath });
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));

    QCOMPARE(sandbox.sha256Fingerprint(), supplied.digest(QCryptographicHash::Sha256).toHex());
    QCOMPARE(servedCertificate(sandbox.httpsPort(), supplied), supplied);
}

QTEST_GUILESS_MAIN(SandboxListenersTest)
#include "tst_sandbox_listeners.moc"
