// Qualys connections: the platform table, URL normalisation, validation and the settings
// store. The password never reaches the settings file.

#include "qualys/QualysConnectionStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace qualys;

class QualysConnectionTest final : public QObject
{
    Q_OBJECT

private slots:
    void knownPlatformsUseHttps();
    void uncertainPlatformsAreMarked();
    void customUrlIsNormalised_data();
    void customUrlIsNormalised();
    void incompleteConnectionIsNotSaved();
    void savedConnectionReadsBack();
    void pinForAnotherHostIsInvalid();
    void removeForgetsTheConnection();

private:
    static QualysConnection example();

    QTemporaryDir m_dir;
};

QualysConnection QualysConnectionTest::example()
{
    QualysConnection connection = QualysConnection::create();
    connection.name = QStringLiteral("Sandbox");
    connection.platformKey = CustomPlatformKey;
    connection.customUrl = QStringLiteral("127.0.0.1:8443");
    connection.userName = QStringLiteral("qualys-admin");
    return connection;
}

void QualysConnectionTest::knownPlatformsUseHttps()
{
    QVERIFY(knownPlatforms().size() >= 10);
    for (const QualysPlatform &platform : knownPlatforms()) {
        QCOMPARE(platform.apiUrl.scheme(), QStringLiteral("https"));
        QVERIFY(platform.apiUrl.host().startsWith(QLatin1String("qualysapi.")));
    }
    QCOMPARE(platformByKey(QStringLiteral("US1"))->apiUrl,
             QUrl(QStringLiteral("https://qualysapi.qualys.com")));
}

void QualysConnectionTest::uncertainPlatformsAreMarked()
{
    QVERIFY(platformByKey(QStringLiteral("EU3"))->uncertain);
    QVERIFY(platformByKey(QStringLiteral("KSA1"))->uncertain);
    QVERIFY(!platformByKey(QStringLiteral("EU1"))->uncertain);
}

void QualysConnectionTest::customUrlIsNormalised_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("bare host") << "qualysapi.corp.example"
                               << "https://qualysapi.corp.example";
    QTest::newRow("port and path") << "https://Api.Corp.example:8443/api/2.0/"
                                   << "https://api.corp.example:8443";
    QTest::newRow("plain http") << "http://api.corp.example" << QString();
    QTest::newRow("empty") << "" << QString();
}

void QualysConnectionTest::customUrlIsNormalised()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QString problem;

    const QUrl url = QualysConnection::normaliseUrl(typed, &problem);

    QCOMPARE(url.toString(), expected);
    QCOMPARE(problem.isEmpty(), !expected.isEmpty());
}

void QualysConnectionTest::incompleteConnectionIsNotSaved()
{
    QualysConnectionStore store(m_dir.filePath(QStringLiteral("incomplete.ini")));
    QualysConnection connection = example();
    connection.userName.clear();

    const QStringList issues = store.save(connection);

    QCOMPARE(issues.size(), 1);
    QVERIFY(!store.contains(connection.id));
}

void QualysConnectionTest::savedConnectionReadsBack()
{
    const QString file = m_dir.filePath(QStringLiteral("saved.ini"));
    QualysConnection connection = example();
    connection.pinCertificate(QByteArray(64, 'a'));
    {
        QualysConnectionStore store(file);
        QCOMPARE(store.save(connection), QStringList());
    }

    QualysConnectionStore reopened(file);

    QCOMPARE(reopened.connection(connection.id), std::optional(connection));
    QCOMPARE(reopened.connections().size(), 1);
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(!raw.readAll().toLower().contains("password"));
}

void QualysConnectionTest::pinForAnotherHostIsInvalid()
{
    QualysConnection connection = example();
    connection.pinCertificate(QByteArray(64, 'b'));
    connection.customUrl = QStringLiteral("other.example");

    QCOMPARE(connection.validate().size(), 1);
}

void QualysConnectionTest::removeForgetsTheConnection()
{
    QualysConnectionStore store(m_dir.filePath(QStringLiteral("removed.ini")));
    const QualysConnection connection = example();
    QCOMPARE(store.save(connection), QStringList());

    QVERIFY(store.remove(connection.id));

    QVERIFY(!store.contains(connection.id));
    QVERIFY(!store.remove(connection.id));
}

QTEST_GUILESS_MAIN(QualysConnectionTest)
#include "tst_qualys_client_connection.moc"
