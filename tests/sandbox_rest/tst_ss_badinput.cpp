// Secret Server REST bad input: malformed JSON, wrong types, unknown fields, unknown paths and
// methods, odd parameters. Each gets Secret Server's error shape and the sandbox lives on.
#include "RestSandbox.h"

#include <QtTest>

class TestSecretServerBadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void malformedBodyIsA400WithErrorCode_data();
    void malformedBodyIsA400WithErrorCode();
    void wrongTypeNamesTheField();
    void unknownPathIs404();
    void unknownMethodIs405();
    void oddQueryValuesFallBackToDefaults();
    void tokenEndpointWithoutGrantIsRefused();
    void sandboxStillAnswersAfterwards();

private:
    RestSandbox m_sandbox;
    QByteArray m_jdoe;
};

void TestSecretServerBadInput::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.process().errorString()));
    m_jdoe = m_sandbox.jdoe();
    QVERIFY(!m_jdoe.isEmpty());
}

void TestSecretServerBadInput::malformedBodyIsA400WithErrorCode_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("truncated") << QByteArrayLiteral("{\"name\": ");
    QTest::newRow("html") << QByteArrayLiteral("<html><body>500</body></html>");
    QTest::newRow("array") << QByteArrayLiteral("[1,2,3]");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4);
}

void TestSecretServerBadInput::malformedBodyIsA400WithErrorCode()
{
    QFETCH(QByteArray, body);

    const ProbeReply reply = m_sandbox.sendRaw("POST", QStringLiteral("/secrets"), body, m_jdoe);

    QCOMPARE(reply.status, 400);
    QVERIFY(!errorCode(reply).isEmpty());
    QVERIFY(reply.object().contains(QStringLiteral("message")));
}

void TestSecretServerBadInput::wrongTypeNamesTheField()
{
    const ProbeReply reply
            = m_sandbox.send("POST", QStringLiteral("/secrets"),
                             { { QStringLiteral("name"), QStringLiteral("x") },
                               { QStringLiteral("secretTemplateId"), QJsonArray { 1 } },
                               { QStringLiteral("folderId"), seed::WindowsFolder } },
                             m_jdoe);

    QCOMPARE(reply.status, 400);
    QVERIFY(reply.object()
                    .value(QStringLiteral("modelState"))
                    .toObject()
                    .contains(QStringLiteral("args.secretTemplateId")));
}

void TestSecretServerBadInput::unknownPathIs404()
{
    const ProbeReply reply = m_sandbox.get(QStringLiteral("/no-such-thing/5"), m_jdoe);

    QCOMPARE(reply.status, 404);
    QVERIFY(reply.object().contains(QStringLiteral("message")));
}

void TestSecretServerBadInput::unknownMethodIs405()
{
    const ProbeReply reply = m_sandbox.send("PATCH", QStringLiteral("/secrets/2"), {}, m_jdoe);

    QCOMPARE(reply.status, 405);
}

void TestSecretServerBadInput::oddQueryValuesFallBackToDefaults()
{
    const ProbeReply reply = m_sandbox.get(
            QStringLiteral(
                    "/secrets?take=-5&skip=banana&filter.folderId=%27%3B--&sortBy[0].name=%00"),
            m_jdoe);

    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("take")).toInt(), 10);
    QCOMPARE(reply.object().value(QStringLiteral("skip")).toInt(), 0);
}

void TestSecretServerBadInput::tokenEndpointWithoutGrantIsRefused()
{
    const ProbeReply reply = m_sandbox.probe().send(
            "POST", QStringLiteral("/SecretServer/oauth2/token"), QByteArrayLiteral("%%%&&=="),
            "application/x-www-form-urlencoded");

    QCOMPARE(reply.status, 400);
    QVERIFY(reply.object().contains(QStringLiteral("error")));
}

void TestSecretServerBadInput::sandboxStillAnswersAfterwards()
{
    QVERIFY(m_sandbox.process().isRunning());
    QCOMPARE(m_sandbox.get(QStringLiteral("/users/current"), m_jdoe).status, 200);
}

QTEST_GUILESS_MAIN(TestSecretServerBadInput)
#include "tst_ss_badinput.moc"
