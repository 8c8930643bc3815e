// /api/2.0/fo/vault/: list, view, create, update and delete of Thycotic Secret Server vaults,
// and that a vault's password never comes back.
#include "QualysProbe.h"

#include <QTest>

namespace {

const QString SeededPassword = QStringLiteral("Sandbox-Qualys-1!");
const QString Thycotic = QStringLiteral("Thycotic Secret Server");

Form vaultForm(const QString &title, const QString &password = QStringLiteral("Vault-Pass-1!"))
{
    return { { QStringLiteral("action"), QStringLiteral("create") },
             { QStringLiteral("title"), title },
             { QStringLiteral("type"), Thycotic },
             { QStringLiteral("url"),
               QStringLiteral("https://ss.example/SecretServer/webservices/SSWebService.asmx") },
             { QStringLiteral("username"), QStringLiteral("svc-qualys") },
             { QStringLiteral("password"), password },
             { QStringLiteral("domain"), QStringLiteral("CORP") },
             { QStringLiteral("comments"), QStringLiteral("made by a test") } };
}

Form without(Form form, const QString &name)
{
    form.removeIf([&name](const QPair<QString, QString> &item) { return item.first == name; });
    return form;
}

Form with(Form form, const QString &name, const QString &value)
{
    form = without(form, name);
    form.append({ name, value });
    return form;
}

} // namespace

class QualysVaultTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void listsSeededVault();
    void viewShowsSettingsWithoutPassword();
    void createReturnsNewId_data();
    void createReturnsNewId();
    void createdVaultIsListedWithoutPassword();
    void createRequiresFields_data();
    void createRequiresFields();
    void createRejectsBadValues_data();
    void createRejectsBadValues();
    void createRejectsBothTypeSelectors();
    void createRejectsDuplicateTitle();
    void createRejectsUnknownParameter();
    void updateChangesFields();
    void updateRefusesTypeChange();
    void updateRejectsUnknownOrBadId_data();
    void updateRejectsUnknownOrBadId();
    void deleteRemovesVault();
    void deleteRefusesVaultInUse();
    void viewRequiresId();

private:
    int createVault(const Form &form);

    SandboxProcess m_sandbox;
    std::unique_ptr<QualysProbe> m_probe;
};

void QualysVaultTest::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_probe = std::make_unique<QualysProbe>(m_sandbox);
    const ProbeReply limits = m_probe->control("PUT", QStringLiteral("limits"),
                                               { { QStringLiteral("callsPerWindow"), 100000 } });
    QCOMPARE(limits.status, 200);
}

int QualysVaultTest::createVault(const Form &form)
{
    const ProbeReply reply = m_probe->post(qualyspath::Vault, form);
    const XmlReply xml(reply.body);
    if (reply.status != 200
        || xml.text(QStringLiteral("RESPONSE/ITEM_LIST/ITEM/KEY")) != QLatin1String("ID"))
        return 0;
    return xml.text(QStringLiteral("RESPONSE/ITEM_LIST/ITEM/VALUE")).toInt();
}

void QualysVaultTest::listsSeededVault()
{
    const ProbeReply reply = m_probe->get(qualyspath::Vault,
                                          { { QStringLiteral("action"), QStringLiteral("list") } });

    QCOMPARE(reply.status, 200);
    const XmlReply xml(reply.body);
    QCOMPARE(xml.root(), QStringLiteral("AUTH_VAULT_LIST_OUTPUT"));
    const QList<const XmlReply::Node *> vaults
            = xml.nodes(QStringLiteral("RESPONSE/AUTH_VAULTS/AUTH_VAULT"));
    QVERIFY(!vaults.isEmpty());
    QCOMPARE(xml.text(QStringLiteral("RESPONSE/COUNT")).toInt(), vaults.size());
    const XmlReply::Node *seeded = vaults.first();
    QCOMPARE(seeded->childText(QStringLiteral("TITLE")), QStringLiteral("Corp Secret Server"));
    QCOMPARE(seeded->childText(QStringLiteral("VAULT_TYPE")), Thycotic);
    QVERIFY(seeded->childText(QStringLiteral("ID")).toInt() > 0);
    QVERIFY(!seeded->childText(QStringLiteral("LAST_MODIFIED")).isEmpty());
}

void QualysVaultTest::viewShowsSettingsWithoutPassword()
{
    const ProbeReply reply = m_probe->get(qualyspath::Vault,
                                          { { QStringLiteral("action"), QStringLiteral("view") },
                                            { QStringLiteral("id"), QStringLiteral("1") } });

    QCOMPARE(reply.status, 200);
    const XmlReply xml(reply.body);
    const XmlReply::Node *vault = xml.node(QStringLiteral("RESPONSE/AUTH_VAULT"));
    QVERIFY(vault);
    QCOMPARE(vault->childText(QStringLiteral("USERNAME")), QStringLiteral("svc-qualys"));
    QVERIFY(vault->childText(QStringLiteral("URL"))
                    .endsWith(QStringLiteral("/SecretServer/webservices/SSWebService.asmx")));
    QVERIFY(!vault->child(QStringLiteral("PASSWORD")));
    QVERIFY(!reply.body.contains(SeededPassword.toUtf8()));
}

void QualysVaultTest::createReturnsNewId_data()
{
    QTest::addColumn<QString>("selector");

    QTest::newRow("type") << QStringLiteral("type");
    QTest::newRow("vault_type") << QStringLiteral("vault_type");
}

void QualysVaultTest::createReturnsNewId()
{
    QFETCH(QString, selector);
    const QString title = QStringLiteral("Vault by ") + selector;
    const Form form = with(without(vaultForm(title), QStringLiteral("type")), selector, Thycotic);

    const ProbeReply reply = m_probe->post(qualyspath::Vault, form);

    QCOMPARE(reply.status, 200);
    const XmlReply xml(reply.body);
    QCOMPARE(xml.root(), QStringLiteral("SIMPLE_RETURN"));
    QCOMPARE(xml.text(QStringLiteral("RESPONSE/TEXT")), QStringLiteral("Success"));
    QCOMPARE(xml.text(QStringLiteral("RESPONSE/ITEM_LIST/ITEM/KEY")), QStringLiteral("ID"));
    const int id = xml.text(QStringLiteral("RESPONSE/ITEM_LIST/ITEM/VALUE")).toInt();
    QVERIFY(id > 1);
    const ProbeReply view = m_probe->get(qualyspath::Vault,
                                         { { QStringLiteral("action"), QStringLiteral("view") },
                                           { QStringLiteral("id"), QString::number(id) } });
    QCOMPARE(XmlReply(view.body).text(QStringLiteral("RESPONSE/AUTH_VAULT/TITLE")), title);
    QCOMPARE(XmlReply(view.body).text(QStringLiteral("RESPONSE/AUTH_VAULT/DOMAIN")),
             QStringLiteral("CORP"));
}

void QualysVaultTest::createdVaultIsListedWithoutPassword()
{
    const QString password = QStringLiteral("Unseen-Vault-Password-77");
    const int id = createVault(vaultForm(QStringLiteral("Listed vault"), password));
    QVERIFY(id > 0);

    const ProbeReply list = m_probe->get(qualyspath::Vault,
                                         { { QStringLiteral("action"), QStringLiteral("list") } });
    const ProbeReply view = m_probe->get(qualyspath::Vault,
                                         { { QStringLiteral("action"), QStringLiteral("view") },
                                           { QStringLiteral("id"), QString::number(id) } });

    QVERIFY(XmlReply(list.body)
                    .texts(QStringLiteral("RESPONSE/AUTH_VAULTS/AUTH_VAULT/ID"))
                    .contains(QString::number(id)));
    QVERIFY(!list.body.contains(password.toUtf8()));
    QCOMPARE(view.status, 200);
    QVERIFY(!view.body.contains(password.toUtf8()));
}

void QualysVaultTest::createRequiresFields_data()
{
    QTest::addColumn<QString>("dropped");

    for (const char *name : { "title", "type", "url", "username", "password" })
        QTest::newRow(name) << QString::fromLatin1(name);
}

void QualysVaultTest::createRequiresFields()
{
    QFETCH(QString, dropped);

    const ProbeReply reply = m_probe->post(
            qualyspath::Vault, without(vaultForm(QStringLiteral("Incomplete")), dropped));

    QCOMPARE(reply.status, 400);
    QCOMPARE(qualysreply::code(reply), QStringLiteral("1903"));
    QVERIFY(qualysreply::text(reply).contains(dropped));
}

void QualysVaultTest::createRejectsBadValues_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");

    QTest::newRow("ftp url") << QStringLiteral("url") << QStringLiteral("ftp://ss.example/");
    QTest::newRow("not a url") << QStringLiteral("url") << QStringLiteral("just words");
    QTest::newRow("other vault type") << QStringLiteral("type") << QStringLiteral("CyberArk AIM");
    QTest::newRow("unknown vault type") << QStringLiteral("type") << QStringLiteral("Shoebox");
    QTest::newRow("long title") << QStringLiteral("title") << QString(256, u't');
    QTest::newRow("long comments") << QStringLiteral("comments") << QString(2000, u'c');
    QTest::newRow("empty title") << QStringLiteral("title") << QString();
}

void QualysVaultTest::createRejectsBadValues()
{
    QFETCH(QString, name);
    QFETCH(QString, value);

    const ProbeReply reply = m_probe->post(
            qualyspath::Vault, with(vaultForm(QStringLiteral("Bad value vault")), name, value));

    QCOMPARE(reply.status, 400);
    QVERIFY(qualysreply::code(reply) == QLatin1String("1905")
            || qualysreply::code(reply) == QLatin1String("1903"));
    const ProbeReply list
            = m_probe->get(qualyspath::Vault,
                           { { QStringLiteral("action"), QStringLiteral("list") },
                             { QStringLiteral("title"), QStringLiteral("Bad value vault") } });
    QCOMPARE(XmlReply(list.body).text(QStringLiteral("RESPONSE/COUNT")), QStringLiteral("0"));
}

void QualysVaultTest::createRejectsBothTypeSelectors()
{
    const Form form = with(vaultForm(QStringLiteral("Two selectors")), QStringLiteral("vault_type"),
                           Thycotic);

    const ProbeReply reply = m_probe->post(qualyspath::Vault, form);

    QCOMPARE(reply.status, 400);
    QCOMPARE(qualysreply::code(reply), QStringLiteral("1904"));
}

void QualysVaultTest::createRejectsDuplicateTitle()
{
    QVERIFY(createVault(vaultForm(QStringLiteral("Only once"))) > 0);

    const ProbeReply reply
            = m_probe->post(qualyspath::Vault, vaultForm(QStringLiteral("Only once")));

    QCOMPARE(reply.status, 400);
    QCOMPARE(qualysreply::code(reply), QStringLiteral("1905"));
    QVERIFY(qualysreply::text(reply).contains(QStringLiteral("already exists")));
}

void QualysVaultTest::createRejectsUnknownParameter()
{
    const ProbeReply reply = m_probe->post(qualyspath::Vault,
                                           with(vaultForm(QStringLiteral("Extra")),
                                                QStringLiteral("colour"), QStringLiteral("blue")));

    QCOMPARE(reply.status, 400);
    QCOMPARE(qualysreply::code(reply), QStringLiteral("1901"));
    QVERIFY(qualysreply::text(reply).contains(QStringLiteral("colour")));
}

void QualysVaultTest::updateChangesFields()
{
    const int id = createVault(vaultForm(QStringLiteral("Before update")));
    QVERIFY(id > 0);

    const ProbeReply reply
            = m_probe->post(qualyspath::Vault,
                            { { QStringLiteral("action"), QStringLiteral("update") },
                              { QStringLiteral("id"), QString::number(id) },
                              { QStringLiteral("title"), QStringLiteral("After update") },
                              { QStringLiteral("url"), QStringLiteral("https://ss2.example/SS") },
                              { QStringLiteral("password"), QStringLiteral("Rotated-Pass-9") } });

    QCOMPARE(reply.status, 200);
    QCOMPARE(qualysreply::text(reply), QStringLiteral("Success"));
    const ProbeReply view = m_probe->get(qualyspath::Vault,
                                         { { QStringLiteral("action"), QStringLiteral("view") },
                                           { QStringLiteral("id"), QString::number(id) } });
    const XmlReply xml(view.body);
    QCOMPARE(xml.text(QStringLiteral("RESPONSE/AUTH_VAULT/TITLE")), QStringLiteral("After update"));
    QCOMPARE(xml.text(QStringLiteral("RESPONSE/AUTH_VAULT/URL")),
             QStringLiteral("https://ss2.example/SS"));
    QCOMPARE(xml.text(QStringLiteral("RESPONSE/AUTH_VAULT/USERNAME")),
             QStringLiteral("svc-qualys"));
    QVERIFY(!view.body.contains("Rotated-Pass-9"));
}

void QualysVaultTest::updateRefusesTypeChange()
{
    const ProbeReply reply
            = m_probe->post(qualyspath::Vault,
                            { { QStringLiteral("action"), QStringLiteral("update") },
                              { QStringLiteral("id"), QStringLiteral("1") },
                              { QStringLiteral("type"), QStringLiteral("HashiCorp") } });

    QCOMPARE(reply.status, 400);
    QCOMPARE(qualysreply::code(reply), QStringLiteral("1905"));
}

void QualysVaultTest::updateRejectsUnknownOrBadId_data()
{
    QTest::addColumn<QString>("id");

    QTest::newRow("unknown") << QStringLiteral("999999");
    QTest::newRow("not a number") << QStringLiteral("abc");
    QTest::newRow("negative") << QStringLiteral("-4");
}

void QualysVaultTest::updateRejectsUnknownOrBadId()
{
    QFETCH(QString, id);

    const ProbeReply reply = m_probe->post(qualyspath::Vault,
                                           { { QStringLiteral("action"), QStringLiteral("update") },
                                             { QStringLiteral("id"), id },
                                             { QStringLiteral("comments"), QStringLiteral("x") } });

    QCOMPARE(reply.status, 400);
    QCOMPARE(qualysreply::code(reply), QStringLiteral("1905"));
}

void QualysVaultTest::deleteRemovesVault()
{
    const int id = createVault(vaultForm(QStringLiteral("Short-lived")));
    QVERIFY(id > 0);

    const ProbeReply reply = m_probe->post(qualyspath::Vault,
                                           { { QStringLiteral("action"), QStringLiteral("delete") },
                                             { QStringLiteral("id"), QString::number(id) } });

    QCOMPARE(reply.status, 200);
    const XmlReply xml(reply.body);
    QCOMPARE(xml.text(QStringLiteral("RESPONSE/TEXT")), QStringLiteral("Success"));
    QCOMPARE(xml.text(QStringLiteral("RESPONSE/ITEM_LIST/ITEM/KEY")), QStringLiteral("Status"));
    QCOMPARE(xml.text(QStringLiteral("RESPONSE/ITEM_LIST/ITEM/VALUE")), QStringLiteral("Deleted"));
    const ProbeReply view = m_probe->get(qualyspath::Vault,
                                         { { QStringLiteral("action"), QStringLiteral("view") },
                                           { QStringLiteral("id"), QString::number(id) } });
    QCOMPARE(view.status, 400);
    QVERIFY(qualysreply::text(view).contains(QStringLiteral("does not exist")));
}

void QualysVaultTest::deleteRefusesVaultInUse()
{
    const ProbeReply reply = m_probe->post(qualyspath::Vault,
                                           { { QStringLiteral("action"), QStringLiteral("delete") },
                                             { QStringLiteral("id"), QStringLiteral("1") } });

    QCOMPARE(reply.status, 400);
    QCOMPARE(qualysreply::code(reply), QStringLiteral("1907"));
    const ProbeReply view = m_probe->get(qualyspath::Vault,
                                         { { QStringLiteral("action"), QStringLiteral("view") },
                                           { QStringLiteral("id"), QStringLiteral("1") } });
    QCOMPARE(view.status, 200);
}

void QualysVaultTest::viewRequiresId()
{
    const ProbeReply reply = m_probe->get(qualyspath::Vault,
                                          { { QStringLiteral("action"), QStringLiteral("view") } });

    QCOMPARE(reply.status, 400);
    QCOMPARE(qualysreply::code(reply), QStringLiteral("1903"));
}

QTEST_GUILESS_MAIN(QualysVaultTest)
#include "tst_qualys_vaults.moc"
