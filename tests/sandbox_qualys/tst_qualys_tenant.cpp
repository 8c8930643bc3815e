// The Qualys subscription as JSON (seed and state files) and the service built from it.
#include "qualys/QualysService.h"
#include "qualys/QualysTenant.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using sandbox::QualysOptions;
using sandbox::QualysService;
using sandbox::QualysTenant;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

sandbox::HttpRequest controlRequest(const QByteArray &method, const QString &path,
                                    const QJsonObject &body = {})
{
    sandbox::HttpRequest request;
    request.method = method;
    request.path = QStringLiteral("/sandbox-control/qualys/") + path;
    if (!body.isEmpty())
        request.body = QJsonDocument(body).toJson();
    return request;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class QualysTenantTest : public QObject
{
    Q_OBJECT

private slots:
    void exampleRoundTripsThroughJson();
    void exampleHasVaultBackedRecords();
    void rejectsMalformedTenant_data();
    void rejectsMalformedTenant();
    void keepsIdCounterAfterDeletions();
    void serviceLoadsSeedFile();
    void serviceRefusesBrokenSeed();
    void serviceKeepsStateAcrossRestarts();
};

void QualysTenantTest::exampleRoundTripsThroughJson()
{
    const QJsonObject json = QualysTenant::example().toJson();
    QString error;

    const std::optional<QualysTenant> loaded = QualysTenant::fromJson(json, &error);

    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->toJson(), json);
}

void QualysTenantTest::exampleHasVaultBackedRecords()
{
    const QualysTenant tenant = QualysTenant::example();

    QVERIFY(tenant.user(QStringLiteral("qualys-admin")));
    QCOMPARE(tenant.vaults().size(), size_t(1));
    QCOMPARE(tenant.vault(1)->username, QStringLiteral("svc-qualys"));
    QVERIFY(tenant.records().size() >= 5);
    for (const auto &[id, record] : tenant.records()) {
        QCOMPARE(record.loginType, QStringLiteral("vault"));
        QVERIFY(!record.secretName.isEmpty());
        QVERIFY(record.password.isEmpty());
    }
}

void QualysTenantTest::rejectsMalformedTenant_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("user without password") << QByteArray(R"({"users":[{"login":"a"}]})");
    QTest::newRow("vault without id")
            << QByteArray(R"({"vaults":[{"title":"V","type":"Thycotic Secret Server"}]})");
    QTest::newRow("duplicate vault ids")
            << QByteArray(R"({"vaults":[{"id":1,"title":"A","type":"T"},
                                        {"id":1,"title":"B","type":"T"}]})");
    QTest::newRow("record with bad ips")
            << QByteArray(R"({"records":[{"id":1,"type":"unix","title":"R","ips":"x"}]})");
    QTest::newRow("record without type")
            << QByteArray(R"({"records":[{"id":1,"title":"R","ips":"10.0.0.1"}]})");
    QTest::newRow("wrong value types")
            << QByteArray(R"({"records":[{"id":"1","type":7,"title":[],"ips":{}}]})");
}

void QualysTenantTest::rejectsMalformedTenant()
{
    QFETCH(QByteArray, json);
    QString error;

    const std::optional<QualysTenant> tenant
            = QualysTenant::fromJson(QJsonDocument::fromJson(json).object(), &error);

    QVERIFY(!tenant);
    QVERIFY(!error.isEmpty());
}

void QualysTenantTest::keepsIdCounterAfterDeletions()
{
    QString error;
    const std::optional<QualysTenant> loaded = QualysTenant::fromJson(
            parse(R"({"records":[{"id":3,"type":"unix","title":"R","ips":"10.0.0.1"}],
                      "nextRecordId":50})"),
            &error);
    QVERIFY2(loaded, qPrintable(error));
    QualysTenant tenant = *loaded;

    sandbox::AuthRecord record;
    record.type = QStringLiteral("unix");
    const int id = tenant.addRecord(record);

    QCOMPARE(id, 50);
}

void QualysTenantTest::serviceLoadsSeedFile()
{
    QTemporaryDir directory;
    const QString seed = directory.filePath(QStringLiteral("qualys.json"));
    QVERIFY(writeFile(seed, R"({"users":[{"login":"reader","password":"pw","role":"Reader"}]})"));
    QualysOptions options;
    options.seedFile = seed;
    QString error;

    const std::unique_ptr<QualysService> service = QualysService::create(options, &error);

    QVERIFY2(service, qPrintable(error));
    QCOMPARE(service->exampleAccounts(), QStringList { QStringLiteral("reader / pw (Reader)") });
}

void QualysTenantTest::serviceRefusesBrokenSeed()
{
    QTemporaryDir directory;
    const QString seed = directory.filePath(QStringLiteral("broken.json"));
    QVERIFY(writeFile(seed, "<html>not json</html>"));
    QualysOptions options;
    options.seedFile = seed;
    QString error;

    const std::unique_ptr<QualysService> service = QualysService::create(options, &error);

    QVERIFY(!service);
    QVERIFY(error.contains(seed));
}

void QualysTenantTest::serviceKeepsStateAcrossRestarts()
{
    QTemporaryDir directory;
    QualysOptions options;
    options.stateFile = directory.filePath(QStringLiteral("state.json"));
    QString error;
    {
        const std::unique_ptr<QualysService> first = QualysService::create(options, &error);
        QVERIFY2(first, qPrintable(error));
        const sandbox::HttpReply generated = first->control(
                controlRequest("POST", QStringLiteral("records/generate"),
                               { { QStringLiteral("type"), QStringLiteral("windows") },
                                 { QStringLiteral("count"), 3 } }));
        QCOMPARE(generated.status, 200);
        first->saveNow();
    }
    QVERIFY(QFile::exists(options.stateFile));

    const std::unique_ptr<QualysService> second = QualysService::create(options, &error);

    QVERIFY2(second, qPrintable(error));
    const sandbox::HttpReply tenant
            = second->control(controlRequest("GET", QStringLiteral("tenant")));
    const QJsonArray records = QJsonDocument::fromJson(tenant.body)
                                       .object()
                                       .value(QStringLiteral("records"))
                                       .toArray();
    QCOMPARE(records.size(), qsizetype(QualysTenant::example().records().size() + 3));
}

QTEST_GUILESS_MAIN(QualysTenantTest)
#include "tst_qualys_tenant.moc"
