// The readiness checks against the sandbox's example estate over HTTPS: each blocking
// setting of the example secrets is read from the server and reported for svc-qualys.

#include "ModelFixture.h"
#include "checks/ReadinessAssessor.h"
#include "secretserver/RestClient.h"

#include <QSignalSpy>
#include <QTest>

class ReadinessAssessorTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reportsTheExampleEstate_data();
    void reportsTheExampleEstate();
    void unknownVaultAccountFails();
    void webServicesOffBlocksEveryRecord();

private:
    QHash<QString, RecordReadiness> assessAll(const QString &account,
                                              const QList<RecordTarget> &records,
                                              bool *ok = nullptr, QString *message = nullptr);

    ModelFixture m_fixture;
};

void ReadinessAssessorTest::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

QHash<QString, RecordReadiness>
ReadinessAssessorTest::assessAll(const QString &account, const QList<RecordTarget> &records,
                                 bool *ok, QString *message)
{
    ReadinessAssessor assessor(m_fixture.client());
    QHash<QString, RecordReadiness> verdicts;
    connect(&assessor, &ReadinessAssessor::recordAssessed, this,
            [&verdicts](const QString &key, const RecordReadiness &readiness) {
                verdicts.insert(key, readiness);
            });
    QSignalSpy finished(&assessor, &ReadinessAssessor::finished);

    assessor.assess(account, records);

    if (!finished.wait(ModelAnswerMs))
        qWarning("the assessment did not finish");
    if (ok)
        *ok = !finished.isEmpty() && finished.first().at(0).toBool();
    if (message && !finished.isEmpty())
        *message = finished.first().at(1).toString();
    return verdicts;
}

void ReadinessAssessorTest::reportsTheExampleEstate_data()
{
    QTest::addColumn<QString>("secretName");
    QTest::addColumn<QString>("code"); // empty: ready, with no finding at all
    QTest::addColumn<bool>("ready");

    QTest::newRow("ready") << QStringLiteral("Qualys Windows Domain Scan") << QString() << true;
    QTest::newRow("case") << QStringLiteral("qualys windows domain scan")
                          << QStringLiteral("secret.name-mismatch") << false;
    QTest::newRow("missing") << QStringLiteral("Qualys Windows Scan - nowhere")
                             << QStringLiteral("secret.not-found") << false;
    QTest::newRow("approval") << QStringLiteral("Windows Scan - payroll01")
                              << QStringLiteral("secret.approval") << false;
    QTest::newRow("comment") << QStringLiteral("Windows Scan - hr01")
                             << QStringLiteral("secret.comment") << false;
    QTest::newRow("doublelock") << QStringLiteral("Unix Scan - vault01")
                                << QStringLiteral("secret.doublelock") << false;
    QTest::newRow("hide launcher password") << QStringLiteral("Windows Scan - kiosk01")
                                            << QStringLiteral("secret.hide-launcher-password")
                                            << false;
    QTest::newRow("checked out") << QStringLiteral("SQL Server Scan - fin-sql")
                                 << QStringLiteral("secret.checked-out") << false;
    QTest::newRow("outside the scan folder") << QStringLiteral("Domain Admin - corp")
                                             << QStringLiteral("access.none") << false;
}

void ReadinessAssessorTest::reportsTheExampleEstate()
{
    QFETCH(QString, secretName);
    QFETCH(QString, code);
    QFETCH(bool, ready);

    const QHash<QString, RecordReadiness> verdicts = assessAll(
            QStringLiteral("svc-qualys"), { { QStringLiteral("r1"), QStringLiteral("record"),
                                              secretName, QString() } });

    QVERIFY(verdicts.contains(QStringLiteral("r1")));
    const RecordReadiness readiness = verdicts.value(QStringLiteral("r1"));
    QStringList codes;
    for (const Finding &finding : readiness.findings)
        codes.append(finding.code);
    QCOMPARE(readiness.isReady(), ready);
    if (code.isEmpty())
        QVERIFY2(codes.isEmpty(), qPrintable(codes.join(u',')));
    else
        QVERIFY2(codes.contains(code), qPrintable(codes.join(u',')));
}

void ReadinessAssessorTest::unknownVaultAccountFails()
{
    bool ok = true;
    QString message;

    const auto verdicts = assessAll(QStringLiteral("svc-nobody"),
                                    { { QStringLiteral("r1"), QStringLiteral("record"),
                                        QStringLiteral("Qualys Windows Domain Scan"), {} } },
                                    &ok, &message);

    QVERIFY(!ok);
    QVERIFY(verdicts.isEmpty());
    QVERIFY2(message.contains(QStringLiteral("svc-nobody")), qPrintable(message));
}

void ReadinessAssessorTest::webServicesOffBlocksEveryRecord()
{
    // Last: with web services off the REST API answers no more calls either.
    bool patched = false;
    m_fixture.client()->updateConfiguration(
            secretserver::ConfigurationArea::General,
            { { QStringLiteral("applicationSettings"), QStringLiteral("enableWebServices"),
                false } },
            this, [&patched](const secretserver::Result<secretserver::ServerConfiguration> &r) {
                patched = r.ok();
            });
    QTRY_VERIFY_WITH_TIMEOUT(patched, ModelAnswerMs);
    bool ok = true;
    QString message;

    const auto verdicts = assessAll(QStringLiteral("svc-qualys"),
                                    { { QStringLiteral("r1"), QStringLiteral("record"),
                                        QStringLiteral("Qualys Windows Domain Scan"), {} } },
                                    &ok, &message);

    QVERIFY(!ok);
    QVERIFY(verdicts.isEmpty());
    QVERIFY2(message.contains(QStringLiteral("web services"), Qt::CaseInsensitive),
             qPrintable(message));
}

QTEST_GUILESS_MAIN(ReadinessAssessorTest)
#include "ReadinessAssessorTest.moc"
