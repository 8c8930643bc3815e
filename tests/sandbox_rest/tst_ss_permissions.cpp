// Secret Server REST secret permissions: roles, Owner needed to change them, bad role names,
// breaking inheritance with share, and the audit of permission changes.
#include "RestSandbox.h"

#include <QtTest>

class TestSecretServerPermissions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void explicitPermissionsOfABrokenSecretAreListed();
    void badRoleNameIsAGenericException();
    void viewerCannotGrant();
    void addingToAnInheritingSecretIsRefused();
    void shareTurnsInheritanceOffAndCopiesEntries();
    void ownerRaisesListToViewAndItIsAudited();
    void editRoleIsNeededToChangeAndOwnerForSecurity();

private:
    QJsonObject grant(int secretId, int groupId, const QString &role) const;

    std::unique_ptr<RestSandbox> m_sandbox;
};

void TestSecretServerPermissions::init()
{
    m_sandbox = std::make_unique<RestSandbox>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->process().errorString()));
}

QJsonObject TestSecretServerPermissions::grant(int secretId, int groupId, const QString &role) const
{
    return { { QStringLiteral("secretId"), secretId },
             { QStringLiteral("groupId"), groupId },
             { QStringLiteral("secretAccessRoleName"), role } };
}

void TestSecretServerPermissions::explicitPermissionsOfABrokenSecretAreListed()
{
    const ProbeReply reply = m_sandbox->get(
            QStringLiteral("/secret-permissions?filter.secretId=%1").arg(seed::ListOnly),
            m_sandbox->jdoe());

    QCOMPARE(reply.status, 200);
    QString qualysRole;
    for (const QJsonValue &record : reply.object().value(QStringLiteral("records")).toArray()) {
        if (record.toObject().value(QStringLiteral("groupId")).toInt() == seed::QualysGroup)
            qualysRole = record.toObject().value(QStringLiteral("secretAccessRoleName")).toString();
    }
    QCOMPARE(qualysRole, QStringLiteral("List"));
}

void TestSecretServerPermissions::badRoleNameIsAGenericException()
{
    const ProbeReply reply
            = m_sandbox->send("POST", QStringLiteral("/secret-permissions"),
                              grant(seed::ListOnly, seed::QualysGroup, QStringLiteral("Superuser")),
                              m_sandbox->jdoe());

    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), QStringLiteral("API_GenericException"));
}

void TestSecretServerPermissions::viewerCannotGrant()
{
    const ProbeReply reply
            = m_sandbox->send("POST", QStringLiteral("/secret-permissions"),
                              grant(seed::WindowsLocal, seed::QualysGroup, QStringLiteral("Owner")),
                              m_sandbox->qualys());

    QCOMPARE(errorCode(reply), QStringLiteral("API_AccessDenied"));
}

void TestSecretServerPermissions::addingToAnInheritingSecretIsRefused()
{
    const ProbeReply reply
            = m_sandbox->send("POST", QStringLiteral("/secret-permissions"),
                              grant(seed::WindowsLocal, seed::QualysGroup, QStringLiteral("Edit")),
                              m_sandbox->jdoe());

    QCOMPARE(errorCode(reply), QStringLiteral("API_PermissionsAreInherited"));
}

void TestSecretServerPermissions::shareTurnsInheritanceOffAndCopiesEntries()
{
    const QByteArray jdoe = m_sandbox->jdoe();
    const QJsonObject body { { QStringLiteral("data"),
                               QJsonObject {
                                       { QStringLiteral("inheritPermissions"),
                                         QJsonObject { { QStringLiteral("dirty"), true },
                                                       { QStringLiteral("value"), false } } } } } };

    const ProbeReply reply = m_sandbox->send(
            "PATCH", QStringLiteral("/secrets/%1/share").arg(seed::WindowsLocal), body, jdoe);

    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("inheritPermissions")).toBool(), false);
    const ProbeReply entries = m_sandbox->get(
            QStringLiteral("/secret-permissions?filter.secretId=%1").arg(seed::WindowsLocal), jdoe);
    QCOMPARE(entries.object().value(QStringLiteral("total")).toInt(), 3);
    for (const QJsonValue &record : entries.object().value(QStringLiteral("records")).toArray())
        QVERIFY(record.toObject().value(QStringLiteral("id")).toInt() > 0);
    QCOMPARE(m_sandbox
                     ->get(QStringLiteral("/secrets/%1").arg(seed::WindowsLocal),
                           m_sandbox->qualys())
                     .status,
             200);
}

void TestSecretServerPermissions::ownerRaisesListToViewAndItIsAudited()
{
    const QByteArray jdoe = m_sandbox->jdoe();
    const QByteArray qualys = m_sandbox->qualys();
    QCOMPARE(m_sandbox->get(QStringLiteral("/secrets/%1").arg(seed::ListOnly), qualys).status, 400);

    const ProbeReply reply = m_sandbox->send(
            "POST", QStringLiteral("/secret-permissions"),
            grant(seed::ListOnly, seed::QualysGroup, QStringLiteral("View")), jdoe);

    QCOMPARE(reply.status, 200);
    QCOMPARE(m_sandbox->get(QStringLiteral("/secrets/%1").arg(seed::ListOnly), qualys).status, 200);
    const QJsonArray audits
            = m_sandbox->get(QStringLiteral("/secrets/%1/audits?take=50").arg(seed::ListOnly), jdoe)
                      .object()
                      .value(QStringLiteral("records"))
                      .toArray();
    bool audited = false;
    for (const QJsonValue &audit : audits)
        audited = audited
                || audit.toObject().value(QStringLiteral("action")).toString()
                        == QLatin1String("PERMISSION CHANGE");
    QVERIFY(audited);
}

void TestSecretServerPermissions::editRoleIsNeededToChangeAndOwnerForSecurity()
{
    const QJsonObject security {
        { QStringLiteral("data"),
          QJsonObject { { QStringLiteral("requiresComment"),
                          QJsonObject { { QStringLiteral("dirty"), true },
                                        { QStringLiteral("value"), true } } } } }
    };
    const QString path = QStringLiteral("/secrets/%1/security-general").arg(seed::UnixApp);

    QCOMPARE(errorCode(m_sandbox->send("PATCH", path, security, m_sandbox->qualys())),
             QStringLiteral("API_AccessDenied"));
    const ProbeReply reply = m_sandbox->send("PATCH", path, security, m_sandbox->jdoe());

    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object()
                     .value(QStringLiteral("requiresComment"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toBool(),
             true);
    QCOMPARE(errorCode(m_sandbox->get(QStringLiteral("/secrets/%1").arg(seed::UnixApp),
                                      m_sandbox->qualys())),
             QStringLiteral("API_ValidateSecretAccessCommentRequired"));
}

QTEST_GUILESS_MAIN(TestSecretServerPermissions)
#include "tst_ss_permissions.moc"
