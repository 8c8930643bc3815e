// /api/2.0/fo/auth/<type>/ and the summary list: create and list of the six record types,
// vault login, the parameter rules, IP overlap and title uniqueness.
#include "RecordForms.h"

#include <QTest>

using namespace recordform;

class QualysRecordTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void listsSeededVaultRecords_data();
    void listsSeededVaultRecords();
    void summaryListsIdsPerType();
    void createsBasicRecord_data();
    void createsBasicRecord();
    void createsVaultRecord_data();
    void createsVaultRecord();
    void passwordIsNeverListed();
    void createRequires_data();
    void createRequires();
    void passwordAndVaultAreExclusive_data();
    void passwordAndVaultAreExclusive();
    void basicLoginRefusesVaultParameters();
    void vaultMustExist();
    void vaultTypeMustMatchVault();
    void fieldLimits_data();
    void fieldLimits();
    void exclusiveTypeFields_data();
    void exclusiveTypeFields();
    void titleIsUniquePerType();
    void ipOverlapIsRefusedPerType();
    void oracleInstancesMayShareAnIp();
    void listFilters_data();
    void listFilters();

private:
    QString nextIp();
    int create(const QString &type, const Form &form);
    XmlReply list(const QString &type, const Form &filters = {});

    SandboxProcess m_sandbox;
    std::unique_ptr<QualysProbe> m_probe;
    int m_nextHost = 1;
};

void QualysRecordTest::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_probe = std::make_unique<QualysProbe>(m_sandbox);
    const ProbeReply limits = m_probe->control("PUT", QStringLiteral("limits"),
                                               { { QStringLiteral("callsPerWindow"), 100000 } });
    QCOMPARE(limits.status, 200);
}

QString QualysRecordTest::nextIp()
{
    const int host = m_nextHost++;
    return QStringLiteral("172.16.%1.%2").arg(host / 250).arg(host % 250 + 1);
}

int QualysRecordTest::create(const QString &type, const Form &form)
{
    const ProbeReply reply = m_probe->post(qualyspath::record(type), form);
    if (reply.status != 200
        || qualysreply::batchText(reply) != QLatin1String("Successfully Created"))
        return 0;
    return qualysreply::batchId(reply);
}

XmlReply QualysRecordTest::list(const QString &type, const Form &filters)
{
    return XmlReply(
            m_probe->get(qualyspath::record(type),
                         Form { { QStringLiteral("action"), QStringLiteral("list") } } + filters)
                    .body);
}

void QualysRecordTest::listsSeededVaultRecords_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("secretName");

    // The first record of each type: the passing ones, named as in sandbox/data/estate.json.
    QTest::newRow("windows") << QStringLiteral("windows")
                             << QStringLiteral("Qualys Windows Domain Scan");
    QTest::newRow("unix") << QStringLiteral("unix") << QStringLiteral("Qualys Unix Scan - app01");
    QTest::newRow("oracle") << QStringLiteral("oracle")
                            << QStringLiteral("Qualys Oracle Scan - erp-db");
    QTest::newRow("ms_sql") << QStringLiteral("ms_sql")
                            << QStringLiteral("Qualys SQL Server Scan - crm-sql");
    QTest::newRow("ibm_db2") << QStringLiteral("ibm_db2")
                             << QStringLiteral("Qualys DB2 Scan - mainframe-db2");
}

void QualysRecordTest::listsSeededVaultRecords()
{
    QFETCH(QString, type);
    QFETCH(QString, secretName);

    const XmlReply xml = list(type);

    const QString element = elementOf(type);
    QCOMPARE(xml.root(), QStringLiteral("AUTH_%1_LIST_OUTPUT").arg(element));
    const XmlReply::Node *record
            = xml.node(QStringLiteral("RESPONSE/AUTH_%1_LIST/AUTH_%1").arg(element));
    QVERIFY(record);
    QCOMPARE(record->childText(QStringLiteral("LOGIN_TYPE")), QStringLiteral("vault"));
    QCOMPARE(record->childText(QStringLiteral("VAULT_ID")), QStringLiteral("1"));
    QCOMPARE(record->childText(QStringLiteral("VAULT_TYPE")), Thycotic);
    QCOMPARE(record->childText(QStringLiteral("VAULT_TITLE")),
             QStringLiteral("Corp Secret Server"));
    QCOMPARE(record->childText(QStringLiteral("SECRET_NAME")), secretName);
    QVERIFY(record->child(QStringLiteral("IP_SET")));
    QVERIFY(!record->child(QStringLiteral("PASSWORD")));
}

void QualysRecordTest::summaryListsIdsPerType()
{
    const ProbeReply reply = m_probe->get(qualyspath::Auth,
                                          { { QStringLiteral("action"), QStringLiteral("list") } });

    QCOMPARE(reply.status, 200);
    const XmlReply xml(reply.body);
    QCOMPARE(xml.root(), QStringLiteral("AUTH_LIST_OUTPUT"));
    for (const QString &type :
         { QStringLiteral("WINDOWS"), QStringLiteral("UNIX"), QStringLiteral("ORACLE"),
           QStringLiteral("MS_SQL"), QStringLiteral("IBM_DB2") }) {
        const QString path
                = QStringLiteral("RESPONSE/AUTH_RECORDS/AUTH_%1_RECORDS/ID_SET").arg(type);
        QVERIFY2(xml.node(path), qPrintable(type));
    }
    QVERIFY(!xml.node(QStringLiteral("RESPONSE/WARNING")));
}

void QualysRecordTest::createsBasicRecord_data()
{
    QTest::addColumn<QString>("type");
    for (const QString &type : Types)
        QTest::newRow(qPrintable(type)) << type;
}

void QualysRecordTest::createsBasicRecord()
{
    QFETCH(QString, type);
    const QString title = QStringLiteral("Basic ") + type;
    const QString ip = nextIp();

    const ProbeReply reply = m_probe->post(qualyspath::record(type), basicForm(type, title, ip));

    QCOMPARE(reply.status, 200);
    QCOMPARE(XmlReply(reply.body).root(), QStringLiteral("BATCH_RETURN"));
    QCOMPARE(qualysreply::batchText(reply), QStringLiteral("Successfully Created"));
    const int id = qualysreply::batchId(reply);
    QVERIFY(id > 0);
    const XmlReply listed = list(type, { { QStringLiteral("ids"), QString::number(id) } });
    const XmlReply::Node *record
            = listed.node(QStringLiteral("RESPONSE/AUTH_%1_LIST/AUTH_%1").arg(elementOf(type)));
    QVERIFY(record);
    QCOMPARE(record->childText(QStringLiteral("TITLE")), title);
    QCOMPARE(record->childText(QStringLiteral("LOGIN_TYPE")), QStringLiteral("basic"));
    QCOMPARE(record->child(QStringLiteral("IP_SET"))->childText(QStringLiteral("IP")), ip);
}

void QualysRecordTest::createsVaultRecord_data()
{
    createsBasicRecord_data();
}

void QualysRecordTest::createsVaultRecord()
{
    QFETCH(QString, type);
    const QString title = QStringLiteral("Vault ") + type;

    const int id = create(type, vaultForm(type, title, nextIp()));

    QVERIFY(id > 0);
    const XmlReply listed = list(type, { { QStringLiteral("ids"), QString::number(id) } });
    const XmlReply::Node *record
            = listed.node(QStringLiteral("RESPONSE/AUTH_%1_LIST/AUTH_%1").arg(elementOf(type)));
    QVERIFY(record);
    QCOMPARE(record->childText(QStringLiteral("LOGIN_TYPE")), QStringLiteral("vault"));
    QCOMPARE(record->childText(QStringLiteral("SECRET_NAME")),
             QStringLiteral("Test secret for ") + title);
}

void QualysRecordTest::passwordIsNeverListed()
{
    const QByteArray password = "Never-Listed-Pass-42";
    const int id = create(
            QStringLiteral("unix"),
            with(basicForm(QStringLiteral("unix"), QStringLiteral("Secret keeper"), nextIp()),
                 QStringLiteral("password"), QString::fromLatin1(password)));
    QVERIFY(id > 0);

    const ProbeReply listed
            = m_probe->get(qualyspath::record(QStringLiteral("unix")),
                           { { QStringLiteral("action"), QStringLiteral("list") },
                             { QStringLiteral("details"), QStringLiteral("All") } });
    const ProbeReply summary = m_probe->get(
            qualyspath::Auth, { { QStringLiteral("action"), QStringLiteral("list") } });

    QVERIFY(listed.body.contains("Secret keeper"));
    QVERIFY(!listed.body.contains(password));
    QVERIFY(!listed.body.contains("Basic-Pass-1!"));
    QVERIFY(!summary.body.contains(password));
}

void QualysRecordTest::createRequires_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("vault");
    QTest::addColumn<QString>("dropped");

    QTest::newRow("title") << QStringLiteral("windows") << false << QStringLiteral("title");
    QTest::newRow("username") << QStringLiteral("windows") << false << QStringLiteral("username");
    QTest::newRow("ips") << QStringLiteral("unix") << false << QStringLiteral("ips");
    QTest::newRow("password") << QStringLiteral("unix") << false << QStringLiteral("password");
    QTest::newRow("vault_id") << QStringLiteral("windows") << true << QStringLiteral("vault_id");
    QTest::newRow("vault_type") << QStringLiteral("windows") << true
                                << QStringLiteral("vault_type");
    QTest::newRow("secret_name") << QStringLiteral("oracle") << true
                                 << QStringLiteral("secret_name");
    QTest::newRow("db2 database") << QStringLiteral("ibm_db2") << false
                                  << QStringLiteral("database");
    QTest::newRow("db2 port") << QStringLiteral("ibm_db2") << false << QStringLiteral("port");
}

void QualysRecordTest::createRequires()
{
    QFETCH(QString, type);
    QFETCH(bool, vault);
    QFETCH(QString, dropped);
    const QString title = QStringLiteral("Incomplete ") + dropped;
    const Form full = vault ? vaultForm(type, title, nextIp()) : basicForm(type, title, nextIp());

    const ProbeReply reply = m_probe->post(qualyspath::record(type), without(full, dropped));

    QCOMPARE(reply.status, 400);
    QCOMPARE(qualysreply::code(reply), QStringLiteral("1903"));
    QVERIFY2(qualysreply::text(reply).contains(dropped), qPrintable(qualysreply::text(reply)));
}

void QualysRecordTest::passwordAndVaultAreExclusive_data()
{
    QTest::addColumn<bool>("loginTypeVault");

    QTest::newRow("password with vault_id") << false;
    QTest::newRow("password with login_type=vault") << true;
}

void QualysRecordTest::passwordAndVaultAreExclusive()
{
    QFETCH(bool, loginTypeVault);
    Form form = with(vaultForm(QStringLiteral("windows"), QStringLiteral("Both"), nextIp()),
                     QStringLiteral("password"), QStringLiteral("x"));
    if (!loginTypeVault)
        form = without(form, QStringLiteral("login_type"));
    else
        form = without(form, QStringLiteral("vault_id"));

    const ProbeReply reply = m_probe->post(qualyspath::record(QStringLiteral("windows")), form);

    QCOMPARE(reply.status, 400);
    QCOMPARE(qualysreply::code(reply), QStringLiteral("1904"));
}

void QualysRecordTest::basicLoginRefusesVaultParameters()
{
    const Form form = with(basicForm(QStringLiteral("unix"), QStringLiteral("Mixed"), nextIp()),
                           QStringLiteral("secret_name"), QStringLiteral("Some secret"));

    const ProbeReply reply = m_probe->post(qualyspath::record(QStringLiteral("unix")), form);

    QCOMPARE(reply.status, 400);
    QCOMPARE(qualysreply::code(reply), QStringLiteral("1907"));
}

void QualysRecordTest::vaultMustExist()
{
    const Form form
            = with(vaultForm(QStringLiteral("unix"), QStringLiteral("Ghost vault"), nextIp()),
                   QStringLiteral("vault_id"), QStringLiteral("4242"));

    const ProbeReply reply = m_probe->post(qualyspath::record(QStringLiteral("unix")), form);

    QCOMPARE(reply.status, 400);
    QCOMPARE(qualysreply::code(reply), QStringLiteral("1905"));
    QVERIFY(qualysreply::text(reply).contains(QStringLiteral("vault_id")));
}

void QualysRecordTest::vaultTypeMustMatchVault()
{
    const Form form
            = with(vaultForm(QStringLiteral("unix"), QStringLiteral("Wrong type"), nextIp()),
                   QStringLiteral("vault_type"), QStringLiteral("CyberArk AIM"));

    const ProbeReply reply = m_probe->post(qualyspath::record(QStringLiteral("unix")), form);

    QCOMPARE(reply.status, 400);
    QCOMPARE(qualysreply::code(reply), QStringLiteral("1907"));
}

void QualysRecordTest::fieldLimits_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");

    const QString w = QStringLiteral("windows");
    const QString db2 = QStringLiteral("ibm_db2");
    QTest::newRow("windows username 31") << w << "username" << QString(31, u'u') << true;
    QTest::newRow("windows username 32") << w << "username" << QString(32, u'u') << false;
    QTest::newRow("db2 username 13") << db2 << "username" << QString(13, u'u') << true;
    QTest::newRow("db2 username 14") << db2 << "username" << QString(14, u'u') << false;
    QTest::newRow("db2 database 8") << db2 << "database" << QString(8, u'd') << true;
    QTest::newRow("db2 database 9") << db2 << "database" << QString(9, u'd') << false;
    QTest::newRow("password 100") << w << "password" << QString(100, u'p') << true;
    QTest::newRow("password 101") << w << "password" << QString(101, u'p') << false;
    QTest::newRow("ms_sql password 128") << "ms_sql"
                                         << "password" << QString(128, u'p') << true;
    QTest::newRow("ms_sql password 129") << "ms_sql"
                                         << "password" << QString(129, u'p') << false;
    QTest::newRow("title 255") << w << "title" << QString(255, u't') << true;
    QTest::newRow("title 256") << w << "title" << QString(256, u'T') << false;
    QTest::newRow("title not ascii")
            << w << "title" << QStringLiteral("Serveurs \u00e9t\u00e9") << false;
    QTest::newRow("comments 1999") << w << "comments" << QString(1999, u'c') << true;
    QTest::newRow("comments 2000") << w << "comments" << QString(2000, u'c') << false;
    QTest::newRow("port 0") << db2 << "port" << QStringLiteral("0") << false;
    QTest::newRow("port 70000") << db2 << "port" << QStringLiteral("70000") << false;
    QTest::newRow("port word") << db2 << "port" << QStringLiteral("http") << false;
    QTest::newRow("flag 2") << w << "ntlm" << QStringLiteral("2") << false;
    QTest::newRow("sub_type cisco") << "unix"
                                    << "sub_type" << QStringLiteral("cisco") << true;
    QTest::newRow("sub_type unknown") << "unix"
                                      << "sub_type" << QStringLiteral("toaster") << false;
    QTest::newRow("ip octet 300") << w << "ips" << QStringLiteral("10.0.0.300") << false;
    QTest::newRow("ip range backwards")
            << w << "ips" << QStringLiteral("10.0.0.9-10.0.0.1") << false;
    QTest::newRow("ip garbage") << w << "ips" << QStringLiteral("<script>") << false;
    QTest::newRow("login_type other") << w << "login_type" << QStringLiteral("magic") << false;
    QTest::newRow("type field on other type") << w << "sid" << QStringLiteral("ORCL") << false;
}

void QualysRecordTest::fieldLimits()
{
    QFETCH(QString, type);
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    const QString title
            = QStringLiteral("Limit %1 %2").arg(QString::fromLatin1(QTest::currentDataTag()), type);
    Form form = basicForm(type, name == QLatin1String("title") ? value : title,
                          name == QLatin1String("ips") ? value : nextIp());
    form = with(form, name, value);

    const ProbeReply reply = m_probe->post(qualyspath::record(type), form);

    if (accepted) {
        QCOMPARE(reply.status, 200);
        QCOMPARE(qualysreply::batchText(reply), QStringLiteral("Successfully Created"));
    } else {
        QCOMPARE(reply.status, 400);
        const QString code = qualysreply::code(reply);
        QVERIFY2(code == QLatin1String("1905") || code == QLatin1String("1901"),
                 qPrintable(code + u' ' + qualysreply::text(reply)));
    }
}

void QualysRecordTest::exclusiveTypeFields_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");

    QTest::newRow("windows domains")
            << QStringLiteral("windows") << QStringLiteral("windows_domain")
            << QStringLiteral("windows_ad_domain");
    QTest::newRow("oracle sid and service")
            << QStringLiteral("oracle") << QStringLiteral("sid") << QStringLiteral("servicename");
}

void QualysRecordTest::exclusiveTypeFields()
{
    QFETCH(QString, type);
    QFETCH(QString, first);
    QFETCH(QString, second);
    Form form = basicForm(type, QStringLiteral("Exclusive ") + first, nextIp());
    form = with(with(form, first, QStringLiteral("A")), second, QStringLiteral("B"));

    const ProbeReply reply = m_probe->post(qualyspath::record(type), form);

    QCOMPARE(reply.status, 400);
    QCOMPARE(qualysreply::code(reply), QStringLiteral("1904"));
}

void QualysRecordTest::titleIsUniquePerType()
{
    QVERIFY(create(QStringLiteral("windows"),
                   basicForm(QStringLiteral("windows"), QStringLiteral("Shared title"), nextIp()))
            > 0);

    const ProbeReply again = m_probe->post(
            qualyspath::record(QStringLiteral("windows")),
            basicForm(QStringLiteral("windows"), QStringLiteral("Shared title"), nextIp()));
    const int otherType
            = create(QStringLiteral("unix"),
                     basicForm(QStringLiteral("unix"), QStringLiteral("Shared title"), nextIp()));

    QCOMPARE(again.status, 400);
    QCOMPARE(qualysreply::code(again), QStringLiteral("1905"));
    QVERIFY(qualysreply::text(again).contains(QStringLiteral("already exists")));
    QVERIFY(otherType > 0);
}

void QualysRecordTest::ipOverlapIsRefusedPerType()
{
    QVERIFY(create(QStringLiteral("unix"),
                   basicForm(QStringLiteral("unix"), QStringLiteral("Range owner"),
                             QStringLiteral("10.9.0.1-10.9.0.10")))
            > 0);

    const ProbeReply overlap
            = m_probe->post(qualyspath::record(QStringLiteral("unix")),
                            basicForm(QStringLiteral("unix"), QStringLiteral("Overlapper"),
                                      QStringLiteral("10.9.0.20,10.9.0.5")));
    const int otherType
            = create(QStringLiteral("windows"),
                     basicForm(QStringLiteral("windows"), QStringLiteral("Same IPs, other type"),
                               QStringLiteral("10.9.0.5")));
    const int adjacent = create(QStringLiteral("unix"),
                                basicForm(QStringLiteral("unix"), QStringLiteral("Neighbour"),
                                          QStringLiteral("10.9.0.11")));

    QCOMPARE(overlap.status, 400);
    QCOMPARE(qualysreply::code(overlap), QStringLiteral("1905"));
    QVERIFY(qualysreply::text(overlap).contains(QStringLiteral("10.9.0.5")));
    QVERIFY(otherType > 0);
    QVERIFY(adjacent > 0);
}

void QualysRecordTest::oracleInstancesMayShareAnIp()
{
    const QString ip = nextIp();
    const Form first = basicForm(QStringLiteral("oracle"), QStringLiteral("Oracle A"), ip);
    QVERIFY(create(QStringLiteral("oracle"), first) > 0);

    const Form otherPort
            = with(with(basicForm(QStringLiteral("oracle"), QStringLiteral("Oracle B"), ip),
                        QStringLiteral("port"), QStringLiteral("1522")),
                   QStringLiteral("sid"), QStringLiteral("TEST"));
    const ProbeReply samePort
            = m_probe->post(qualyspath::record(QStringLiteral("oracle")),
                            basicForm(QStringLiteral("oracle"), QStringLiteral("Oracle C"), ip));

    QVERIFY(create(QStringLiteral("oracle"), otherPort) > 0);
    QCOMPARE(samePort.status, 400);
    QCOMPARE(qualysreply::code(samePort), QStringLiteral("1905"));
}

void QualysRecordTest::listFilters_data()
{
    QTest::addColumn<Form>("filters");
    QTest::addColumn<QStringList>("ids");

    QTest::newRow("ids") << Form { { QStringLiteral("ids"), QStringLiteral("2") } }
                         << QStringList { QStringLiteral("2") };
    QTest::newRow("id_max") << Form { { QStringLiteral("id_max"), QStringLiteral("2") } }
                            << QStringList { QStringLiteral("2") };
    QTest::newRow("title") << Form { { QStringLiteral("title"),
                                       QStringLiteral("Linux servers via Secret Server") } }
                           << QStringList { QStringLiteral("2") };
    QTest::newRow("no match") << Form { { QStringLiteral("id_min"), QStringLiteral("999999") } }
                              << QStringList {};
}

void QualysRecordTest::listFilters()
{
    QFETCH(Form, filters);
    QFETCH(QStringList, ids);

    const XmlReply xml = list(QStringLiteral("unix"), filters);

    QVERIFY(xml.isValid());
    QCOMPARE(xml.texts(QStringLiteral("RESPONSE/AUTH_UNIX_LIST/AUTH_UNIX/ID")), ids);
}

QTEST_GUILESS_MAIN(QualysRecordTest)
#include "tst_qualys_records.moc"
