// Secret Server REST secrets: search and its paging envelope, get, fields, create and update.
#include "RestSandbox.h"

#include <QtTest>

class TestSecretServerSecrets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void searchAnswersThePagingEnvelope();
    void searchFiltersAreCaseInsensitiveAndTakePagingPrefix();
    void searchLeavesRestrictedOutUnlessAsked();
    void searchTotalIsABareInteger();
    void getReturnsPasswordValueToViewer();
    void fieldIsAJsonStringLiteral();
    void secretByPathUsesIdZero();
    void listOnlyCallerSeesButCannotRead_data();
    void listOnlyCallerSeesButCannotRead();
    void invisibleSecretIsNotFound();
    void viewerCannotChangeAField();
    void ownerChangesAFieldAndItIsAudited();
    void createThenGetRoundTrips();

private:
    RestSandbox m_sandbox;
    QByteArray m_qualys;
    QByteArray m_jdoe;
};

void TestSecretServerSecrets::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.process().errorString()));
    m_qualys = m_sandbox.qualys();
    m_jdoe = m_sandbox.jdoe();
    QVERIFY(!m_qualys.isEmpty());
    QVERIFY(!m_jdoe.isEmpty());
}

void TestSecretServerSecrets::searchAnswersThePagingEnvelope()
{
    const ProbeReply reply = m_sandbox.get(QStringLiteral("/secrets?take=2&skip=2"), m_qualys);

    QCOMPARE(reply.status, 200);
    const QJsonObject page = reply.object();
    for (const char *key :
         { "success", "severity", "skip", "take", "total", "pageCount", "currentPage", "batchCount",
           "prevSkip", "nextSkip", "hasPrev", "hasNext", "sortBy", "records" })
        QVERIFY2(page.contains(QLatin1String(key)), key);
    QCOMPARE(page.value(QStringLiteral("records")).toArray().size(), 2);
    QCOMPARE(page.value(QStringLiteral("skip")).toInt(), 2);
    QCOMPARE(page.value(QStringLiteral("currentPage")).toInt(), 2);
    QCOMPARE(page.value(QStringLiteral("hasPrev")).toBool(), true);
}

void TestSecretServerSecrets::searchFiltersAreCaseInsensitiveAndTakePagingPrefix()
{
    const ProbeReply reply = m_sandbox.get(
            QStringLiteral("/secrets?paging.filter.SEARCHTEXT=oracle&paging.take=30"), m_qualys);

    const QJsonArray records = reply.object().value(QStringLiteral("records")).toArray();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Qualys Oracle Scan - erp-db"));
}

void TestSecretServerSecrets::searchLeavesRestrictedOutUnlessAsked()
{
    const auto names = [&](const QString &query) {
        QStringList found;
        const QJsonArray records
                = m_sandbox.get(QStringLiteral("/secrets?take=100") + query, m_qualys)
                          .object()
                          .value(QStringLiteral("records"))
                          .toArray();
        for (const QJsonValue &record : records)
            found.append(record.toObject().value(QStringLiteral("name")).toString());
        return found;
    };

    QVERIFY(!names({}).contains(QStringLiteral("Windows Scan - hr01")));
    QVERIFY(names(QStringLiteral("&filter.includeRestricted=true"))
                    .contains(QStringLiteral("Windows Scan - hr01")));
}

void TestSecretServerSecrets::searchTotalIsABareInteger()
{
    const ProbeReply reply = m_sandbox.get(
            QStringLiteral("/secrets/search-total?filter.includeRestricted=true"), m_qualys);

    QCOMPARE(reply.status, 200);
    bool isNumber = false;
    QCOMPARE(reply.body.trimmed().toInt(&isNumber), 13); // all of Scan Credentials
    QVERIFY(isNumber);
}

void TestSecretServerSecrets::getReturnsPasswordValueToViewer()
{
    const ProbeReply reply
            = m_sandbox.get(QStringLiteral("/secrets/%1").arg(seed::WindowsLocal), m_qualys);

    QCOMPARE(reply.status, 200);
    QString password;
    for (const QJsonValue &item : reply.object().value(QStringLiteral("items")).toArray()) {
        if (item.toObject().value(QStringLiteral("slug")).toString() == QLatin1String("password"))
            password = item.toObject().value(QStringLiteral("itemValue")).toString();
    }
    QCOMPARE(password, m_sandbox.storedValue(seed::WindowsLocal, QStringLiteral("password")));
}

void TestSecretServerSecrets::fieldIsAJsonStringLiteral()
{
    const ProbeReply reply = m_sandbox.get(
            QStringLiteral("/secrets/%1/fields/username").arg(seed::WindowsLocal), m_qualys);

    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.trimmed(), QByteArrayLiteral("\"qualys_local\""));
}

void TestSecretServerSecrets::secretByPathUsesIdZero()
{
    const ProbeReply reply = m_sandbox.get(
            QStringLiteral(
                    "/secrets/0?secretPath=%5CScan%20Credentials%5CUnix%5CQualys%20Unix%20Scan"
                    "%20-%20app01"),
            m_qualys);

    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("id")).toInt(), seed::UnixApp);
}

void TestSecretServerSecrets::listOnlyCallerSeesButCannotRead_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("get") << QStringLiteral("/secrets/%1").arg(seed::ListOnly);
    QTest::newRow("field") << QStringLiteral("/secrets/%1/fields/password").arg(seed::ListOnly);
}

void TestSecretServerSecrets::listOnlyCallerSeesButCannotRead()
{
    QFETCH(QString, path);
    const ProbeReply search = m_sandbox.get(
            QStringLiteral("/secrets/lookup?filter.searchText=core-jump01"), m_qualys);
    QCOMPARE(search.object().value(QStringLiteral("total")).toInt(), 1);

    const ProbeReply reply = m_sandbox.get(path, m_qualys);

    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), QStringLiteral("API_AccessDenied"));
    QCOMPARE(reply.object().value(QStringLiteral("message")).toString(),
             QStringLiteral("Access Denied"));
}

void TestSecretServerSecrets::invisibleSecretIsNotFound()
{
    const ProbeReply search
            = m_sandbox.get(QStringLiteral("/secrets?filter.searchText=Domain%20Admin"), m_qualys);
    QCOMPARE(search.object().value(QStringLiteral("total")).toInt(), 0);

    const ProbeReply reply
            = m_sandbox.get(QStringLiteral("/secrets/%1").arg(seed::DomainAdmin), m_qualys);
    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), QStringLiteral("API_AccessDenied"));
}

void TestSecretServerSecrets::viewerCannotChangeAField()
{
    const ProbeReply reply
            = m_sandbox.send("PUT", QStringLiteral("/secrets/%1/fields/notes").arg(seed::UnixApp),
                             { { QStringLiteral("value"), QStringLiteral("changed") } }, m_qualys);

    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), QStringLiteral("API_AccessDenied"));
}

void TestSecretServerSecrets::ownerChangesAFieldAndItIsAudited()
{
    const ProbeReply reply = m_sandbox.send(
            "PUT", QStringLiteral("/secrets/%1/fields/notes").arg(seed::UnixApp),
            { { QStringLiteral("value"), QStringLiteral("rotated quarterly") } }, m_jdoe);

    QCOMPARE(reply.status, 200);
    QCOMPARE(m_sandbox.storedValue(seed::UnixApp, QStringLiteral("notes")),
             QStringLiteral("rotated quarterly"));
    const QJsonArray audits
            = m_sandbox.get(QStringLiteral("/secrets/%1/audits").arg(seed::UnixApp), m_jdoe)
                      .object()
                      .value(QStringLiteral("records"))
                      .toArray();
    QVERIFY(!audits.isEmpty());
    QCOMPARE(audits.at(0).toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("EDIT"));
    QCOMPARE(audits.at(0).toObject().value(QStringLiteral("username")).toString(),
             QStringLiteral("jdoe"));
}

void TestSecretServerSecrets::createThenGetRoundTrips()
{
    const QJsonObject body {
        { QStringLiteral("name"), QStringLiteral("Qualys Windows Local Scan - web02") },
        { QStringLiteral("secretTemplateId"), 6003 },
        { QStringLiteral("folderId"), seed::WindowsFolder },
        { QStringLiteral("siteId"), 1 },
        { QStringLiteral("unknownField"), QStringLiteral("ignored") },
        { QStringLiteral("items"),
          QJsonArray { QJsonObject { { QStringLiteral("slug"), QStringLiteral("machine") },
                                     { QStringLiteral("itemValue"), QStringLiteral("web02") } },
                       QJsonObject {
                               { QStringLiteral("slug"), QStringLiteral("password") },
                               { QStringLiteral("itemValue"), QStringLiteral("N3w-Secret!") } } } },
    };

    const ProbeReply created = m_sandbox.send("POST", QStringLiteral("/secrets"), body, m_jdoe);

    QCOMPARE(created.status, 200);
    const int id = created.object().value(QStringLiteral("id")).toInt();
    QVERIFY(id > 0);
    const ProbeReply field = m_sandbox.get(QStringLiteral("/secrets/%1/fields/password").arg(id),
                                           m_qualys); // inherits the folder's View for Qualys
    QCOMPARE(field.body.trimmed(), QByteArrayLiteral("\"N3w-Secret!\""));
}

QTEST_GUILESS_MAIN(TestSecretServerSecrets)
#include "tst_ss_secrets.moc"
