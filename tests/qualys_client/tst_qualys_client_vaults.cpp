// QualysClient's vault calls against the sandbox over HTTPS: list, view, create, update,
// delete, and the errors Qualys gives for each.

#include "QualysClientFixture.h"

using namespace qualys;

class QualysClientVaultsTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createdVaultIsListed();
    void viewShowsSettingsButNoPassword();
    void updateChangesTheTitle();
    void deleteRemovesTheVault();
    void duplicateTitleIsRejected();
    void tooLongFieldIsRejected();
    void unknownVaultIsRejected();
    void badPasswordIsAnAuthenticationError();
    void missingPasswordIsNotSent();

private:
    QList<AuthVault> vaults();

    QualysClientFixture m_fixture;
};

void QualysClientVaultsTest::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

QList<AuthVault> QualysClientVaultsTest::vaults()
{
    const auto reply = await<QList<AuthVault>>(
            [&](QObject *context, auto done) { m_fixture.client()->listVaults(context, done); });
    if (!reply.ok())
        qWarning("%s", describe(reply).constData());
    return reply.value;
}

void QualysClientVaultsTest::createdVaultIsListed()
{
    const int id = m_fixture.createVault(QStringLiteral("Listed"));
    QVERIFY(id > 0);

    const QList<AuthVault> listed = vaults();
    const auto it = std::find_if(listed.cbegin(), listed.cend(),
                                 [id](const AuthVault &vault) { return vault.id == id; });
    QVERIFY(it != listed.cend());
    QVERIFY(it->title.startsWith(QLatin1String("Listed")));
    QCOMPARE(it->type, ThycoticVaultType);
}

void QualysClientVaultsTest::viewShowsSettingsButNoPassword()
{
    const int id = m_fixture.createVault(QStringLiteral("Viewed"));
    QVERIFY(id > 0);

    const auto reply = await<AuthVault>(
            [&](QObject *context, auto done) { m_fixture.client()->viewVault(id, context, done); });

    QVERIFY2(reply.ok(), describe(reply).constData());
    QCOMPARE(reply.value.id, id);
    QCOMPARE(reply.value.username, QStringLiteral("svc-qualys"));
    QVERIFY(reply.value.url.contains(QLatin1String("SSWebService.asmx")));
}

void QualysClientVaultsTest::updateChangesTheTitle()
{
    const int id = m_fixture.createVault(QStringLiteral("Before"));
    QVERIFY(id > 0);
    VaultForm form;
    form.title = m_fixture.uniqueTitle(QStringLiteral("After"));
    form.url = QStringLiteral("https://vault2.example/SecretServer/webservices/SSWebService.asmx");
    form.username = QStringLiteral("svc-qualys-dmz");

    const auto updated = await<int>([&](QObject *context, auto done) {
        m_fixture.client()->updateVault(id, form, context, done);
    });
    QVERIFY2(updated.ok(), describe(updated).constData());

    const auto view = await<AuthVault>(
            [&](QObject *context, auto done) { m_fixture.client()->viewVault(id, context, done); });
    QCOMPARE(view.value.title, form.title);
    QCOMPARE(view.value.username, QStringLiteral("svc-qualys-dmz"));
}

void QualysClientVaultsTest::deleteRemovesTheVault()
{
    const int id = m_fixture.createVault(QStringLiteral("Doomed"));
    QVERIFY(id > 0);

    const auto removed = await<int>([&](QObject *context, auto done) {
        m_fixture.client()->deleteVault(id, context, done);
    });

    QVERIFY2(removed.ok(), describe(removed).constData());
    const QList<AuthVault> listed = vaults();
    QVERIFY(std::none_of(listed.cbegin(), listed.cend(),
                         [id](const AuthVault &vault) { return vault.id == id; }));
}

void QualysClientVaultsTest::duplicateTitleIsRejected()
{
    const int id = m_fixture.createVault(QStringLiteral("Twin"));
    QVERIFY(id > 0);
    const auto view = await<AuthVault>(
            [&](QObject *context, auto done) { m_fixture.client()->viewVault(id, context, done); });
    VaultForm form;
    form.title = view.value.title;
    form.url = view.value.url;
    form.username = QStringLiteral("svc-qualys");
    form.password = QStringLiteral("Another-1!");

    const auto reply = await<int>([&](QObject *context, auto done) {
        m_fixture.client()->createVault(form, context, done);
    });

    QCOMPARE(reply.status, QualysStatus::Rejected);
    QCOMPARE(reply.httpStatus, 400);
    QVERIFY(reply.errorCode > 0);
    QVERIFY2(reply.serverText.contains(QLatin1String("already exists")),
             describe(reply).constData());
    QVERIFY(!reply.message.isEmpty());
}

void QualysClientVaultsTest::tooLongFieldIsRejected()
{
    VaultForm form;
    form.title = m_fixture.uniqueTitle(QStringLiteral("Long"));
    form.url = QStringLiteral("https://vault.example/SecretServer/webservices/SSWebService.asmx");
    form.username = QString(300, QLatin1Char('u'));
    form.password = QStringLiteral("Vault-Password-1!");

    const auto reply = await<int>([&](QObject *context, auto done) {
        m_fixture.client()->createVault(form, context, done);
    });

    QCOMPARE(reply.status, QualysStatus::Rejected);
    QCOMPARE(reply.errorCode, 1905);
    QVERIFY2(reply.serverText.contains(QLatin1String("username")), describe(reply).constData());
}

void QualysClientVaultsTest::unknownVaultIsRejected()
{
    const auto reply = await<AuthVault>([&](QObject *context, auto done) {
        m_fixture.client()->viewVault(987654, context, done);
    });

    QCOMPARE(reply.status, QualysStatus::Rejected);
    QVERIFY(reply.errorCode > 0);
}

void QualysClientVaultsTest::badPasswordIsAnAuthenticationError()
{
    const auto client = m_fixture.makeClient(QStringLiteral("wrong-password"));

    const auto reply = await<QList<AuthVault>>(
            [&](QObject *context, auto done) { client->listVaults(context, done); });

    QCOMPARE(reply.status, QualysStatus::AuthenticationFailed);
    QCOMPARE(reply.httpStatus, 401);
    QVERIFY(!reply.message.contains(QLatin1String("wrong-password")));
}

void QualysClientVaultsTest::missingPasswordIsNotSent()
{
    const auto client = m_fixture.makeClient(QString());

    const auto reply = await<QList<AuthVault>>(
            [&](QObject *context, auto done) { client->listVaults(context, done); });

    QCOMPARE(reply.status, QualysStatus::NotConfigured);
    QCOMPARE(reply.httpStatus, 0);
}

QTEST_GUILESS_MAIN(QualysClientVaultsTest)
#include "tst_qualys_client_vaults.moc"
