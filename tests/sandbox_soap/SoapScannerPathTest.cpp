// The Qualys scanner's way through SSWebService.asmx on the seed estate
// (sandbox/data/estate.json), over real HTTP(S) against the sandbox process: Authenticate,
// search, GetSecret (restrictions, check-out), CheckIn. Every test starts a fresh sandbox so
// check-outs and password changes of one cannot leak into another.
#include "SoapProbe.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

namespace {
const QString ScannerUser = QStringLiteral("svc-qualys");
const QString ScannerPassword = QStringLiteral("Sandbox-Qualys-1!");
const QString OwnerUser = QStringLiteral("jdoe"); // Security Team: Owner of Scan Credentials
const QString OwnerPassword = QStringLiteral("Sandbox-User-1!");

// Seed secrets (sandbox/data/estate.json).
constexpr int WindowsDomainScan = 1;  // plain, View through the folder
constexpr int ListOnlySecret = 7;     // the scanners' group holds List only
constexpr int ApprovalSecret = 8;
constexpr int CommentSecret = 9;
constexpr int DoubleLockSecret = 10;
constexpr int HiddenPasswordSecret = 11; // Viewing Password Requires Edit
constexpr int CheckOutSecret = 12;       // check-out, change password on check-in
constexpr int HeldByOwnerSecret = 13;    // checked out by jdoe in the seed
constexpr int ScanCredentialsFolder = 1;
constexpr int DatabasesFolder = 4;

const QString SearchPath = QStringLiteral("SearchSecretsResponse/SearchSecretsResult");
const QString ByFolderPath =
        QStringLiteral("SearchSecretsByFolderResponse/SearchSecretsByFolderResult");
const QString SecretPath = QStringLiteral("GetSecretResponse/GetSecretResult");

QString secretErrors(const SoapXml &xml)
{
    return xml.values(SecretPath + QStringLiteral("/Errors/string")).join(QLatin1Char('|'));
}

// Item value by field name from a GetSecret reply ("<missing>" when there is no such field).
QString itemValue(const SoapXml &xml, const QString &fieldName)
{
    const QString items = SecretPath + QStringLiteral("/Secret/Items/SecretItem/");
    const QStringList names = xml.values(items + QStringLiteral("FieldName"));
    const QStringList values = xml.values(items + QStringLiteral("Value"));
    const qsizetype index = names.indexOf(fieldName);
    if (index < 0 || values.size() != names.size())
        return QStringLiteral("<missing>");
    return values.at(index);
}

SoapArguments getSecretArguments(const QString &token, int secretId, bool withSettings = false)
{
    return {{QStringLiteral("token"), token},
            {QStringLiteral("secretId"), QString::number(secretId)},
            {QStringLiteral("loadSettingsAndPermissions"),
             withSettings ? QStringLiteral("true") : QStringLiteral("false")}};
}

QByteArray codeResponse(const QString &code, const QString &comment, const QString &ticket)
{
    return "      <codeResponses><CodeResponse><ErrorCode>" + code.toUtf8()
            + "</ErrorCode><Comment>" + comment.toUtf8() + "</Comment><AdditionalComment>"
            + ticket.toUtf8()
            + "</AdditionalComment><TicketSystemId xsi:nil=\"true\"/></CodeResponse>"
              "</codeResponses>\n";
}
} // namespace

class SoapScannerPathTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void scannerFindsReadsAndChecksInItsSecret();
    void authenticateReturnsAToken();
    void authenticateRefusesBadCredentials_data();
    void authenticateRefusesBadCredentials();
    void ipRestrictionRefusesOtherSources_data();
    void ipRestrictionRefusesOtherSources();
    void invalidTokenIsAnApplicationError();
    void tokenIsValidUntilSessionsExpire();
    void whoAmINamesTheCaller();
    void searchListsSecretsWithTheirSummary();
    void searchByFolderHonoursSubFolders_data();
    void searchByFolderHonoursSubFolders();
    void searchByUnknownFolderIsAnError();
    void listOnlyIsAccessDenied();
    void unknownSecretIsAccessDenied();
    void commentRequiredAnswersSecretErrorFirst();
    void commentRequiredOpensWithACodeResponse();
    void restrictionsThatCannotBeAnswered_data();
    void restrictionsThatCannotBeAnswered();
    void hiddenLauncherPasswordIsNotHandedToViewers();
    void settingsAndPermissionsOnlyWhenAsked();
    void secretCheckedOutByAnotherIsRefused();
    void checkOutStatusNamesTheHolder();
    void getSecretChecksOutAndCheckInChangesThePassword();
    void checkInOfASecretNotCheckedOutIsAnError();

private:
    QString scannerToken();
    SoapXml getSecret(const QString &token, int secretId, const QByteArray &extra = {},
                      bool withSettings = false);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<HttpProbe> m_http;
    std::unique_ptr<SoapProbe> m_soap;
};

void SoapScannerPathTest::init()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_http = std::make_unique<HttpProbe>(*m_sandbox);
    m_soap = std::make_unique<SoapProbe>(*m_http);
}

void SoapScannerPathTest::cleanup()
{
    m_soap.reset();
    m_http.reset();
    m_sandbox.reset();
}

QString SoapScannerPathTest::scannerToken()
{
    return m_soap->authenticate(ScannerUser, ScannerPassword);
}

SoapXml SoapScannerPathTest::getSecret(const QString &token, int secretId,
                                       const QByteArray &extra, bool withSettings)
{
    const ProbeReply reply = m_soap->call(QStringLiteral("GetSecret"),
                                          getSecretArguments(token, secretId, withSettings),
                                          extra);
    if (reply.status != 200)
        qWarning("GetSecret answered HTTP %d: %s", reply.status, reply.body.constData());
    return SoapXml(reply.body);
}

void SoapScannerPathTest::scannerFindsReadsAndChecksInItsSecret()
{
    const QString token = scannerToken();
    QVERIFY(!token.isEmpty());

    const ProbeReply found = m_soap->call(QStringLiteral("SearchSecrets"),
                                          {{QStringLiteral("token"), token},
                                           {QStringLiteral("searchTerm"),
                                            QStringLiteral("Qualys Windows Domain Scan")},
                                           {QStringLiteral("includeDeleted"),
                                            QStringLiteral("false")},
                                           {QStringLiteral("includeRestricted"),
                                            QStringLiteral("true")}});
    const SoapXml search(found.body);
    QCOMPARE(found.status, 200);
    QCOMPARE(search.values(SearchPath + QStringLiteral("/SecretSummaries/SecretSummary/SecretId")),
             QStringList{QString::number(WindowsDomainScan)});

    const SoapXml secret = getSecret(token, WindowsDomainScan);
    QCOMPARE(secretErrors(secret), QString());
    QCOMPARE(secret.value(SecretPath + QStringLiteral("/Secret/Name")),
             QStringLiteral("Qualys Windows Domain Scan"));
    QCOMPARE(itemValue(secret, QStringLiteral("Username")), QStringLiteral("svc-qualys-win"));
    QCOMPARE(itemValue(secret, QStringLiteral("Password")), QStringLiteral("Wq7!rTz4#pLm2vXe"));

    // Not check-out enabled: checking in has nothing to release.
    const SoapXml checkIn(m_soap->call(QStringLiteral("CheckIn"),
                                       {{QStringLiteral("token"), token},
                                        {QStringLiteral("secretId"),
                                         QString::number(WindowsDomainScan)}})
                                  .body);
    QVERIFY(checkIn.has(QStringLiteral("CheckInResponse/CheckInResult/Errors")));
}

void SoapScannerPathTest::authenticateReturnsAToken()
{
    QStringList errors;

    const QString token = m_soap->authenticate(ScannerUser, ScannerPassword, &errors);

    QVERIFY(!token.isEmpty());
    QCOMPARE(errors, QStringList());
}

void SoapScannerPathTest::authenticateRefusesBadCredentials_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");

    QTest::newRow("wrong password") << ScannerUser << QStringLiteral("wrong");
    QTest::newRow("unknown user") << QStringLiteral("nobody") << ScannerPassword;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("case of password") << ScannerUser << ScannerPassword.toLower();
}

void SoapScannerPathTest::authenticateRefusesBadCredentials()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QStringList errors;

    const QString token = m_soap->authenticate(user, password, &errors);

    QVERIFY(token.isEmpty());
    QCOMPARE(errors, QStringList{QStringLiteral("Login failed.")});
}

void SoapScannerPathTest::ipRestrictionRefusesOtherSources_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("allowed");

    // svc-qualys-dmz may log in from 127.0.0.200 only.
    QTest::newRow("outside the range") << QStringLiteral("127.0.0.201") << false;
    QTest::newRow("the allowed address") << QStringLiteral("127.0.0.200") << true;
}

void SoapScannerPathTest::ipRestrictionRefusesOtherSources()
{
    QFETCH(QString, source);
    QFETCH(bool, allowed);

    const ProbeReply reply = m_soap->callFrom(QHostAddress(source), QStringLiteral("Authenticate"),
                                              {{QStringLiteral("username"),
                                                QStringLiteral("svc-qualys-dmz")},
                                               {QStringLiteral("password"),
                                                QStringLiteral("Sandbox-Dmz-1!")},
                                               {QStringLiteral("organization"), QString()},
                                               {QStringLiteral("domain"), QString()}});

    QVERIFY2(reply.status == 200, qPrintable(reply.errorString));
    const SoapXml xml(reply.body);
    const QString result = QStringLiteral("AuthenticateResponse/AuthenticateResult/");
    QCOMPARE(xml.has(result + QStringLiteral("Token")), allowed);
    QCOMPARE(xml.values(result + QStringLiteral("Errors/string")).size(), allowed ? 0 : 1);
    if (!allowed)
        QVERIFY(xml.value(result + QStringLiteral("Errors/string")).startsWith(
                QLatin1String("Login failed")));
}

void SoapScannerPathTest::invalidTokenIsAnApplicationError()
{
    const ProbeReply reply = m_soap->call(QStringLiteral("GetSecret"),
                                          getSecretArguments(QStringLiteral("not-a-token"),
                                                             WindowsDomainScan));

    QCOMPARE(reply.status, 200);
    const SoapXml xml(reply.body);
    QCOMPARE(xml.values(SecretPath + QStringLiteral("/Errors/string")).size(), 1);
    QVERIFY(!xml.has(SecretPath + QStringLiteral("/Secret")));
}

void SoapScannerPathTest::tokenIsValidUntilSessionsExpire()
{
    const QString token = scannerToken();
    const QString result = QStringLiteral("GetTokenIsValidResponse/GetTokenIsValidResult/");
    const SoapArguments arguments{{QStringLiteral("token"), token}};

    const SoapXml valid(m_soap->call(QStringLiteral("GetTokenIsValid"), arguments).body);
    const ProbeReply expired =
            m_http->send(QByteArrayLiteral("POST"),
                         QStringLiteral("/sandbox-control/secretserver/expire-tokens"),
                         QJsonDocument(QJsonObject{}).toJson(),
                         QByteArrayLiteral("application/json"),
                         {{QByteArrayLiteral("X-Sandbox-Control"), m_sandbox->controlToken()}});
    const SoapXml invalid(m_soap->call(QStringLiteral("GetTokenIsValid"), arguments).body);

    QVERIFY(valid.has(result + QStringLiteral("Errors")));
    QCOMPARE(valid.values(result + QStringLiteral("Errors/string")), QStringList());
    QVERIFY(valid.value(result + QStringLiteral("MaxOfflineSeconds")).toInt() > 0);
    QCOMPARE(expired.status, 200);
    QCOMPARE(invalid.values(result + QStringLiteral("Errors/string")).size(), 1);
}

void SoapScannerPathTest::whoAmINamesTheCaller()
{
    const QString token = scannerToken();

    const SoapXml xml(m_soap->call(QStringLiteral("WhoAmI"), {{QStringLiteral("token"), token}})
                              .body);

    const QString result = QStringLiteral("WhoAmIResponse/WhoAmIResult/");
    QCOMPARE(xml.value(result + QStringLiteral("UserName")), ScannerUser);
    QCOMPARE(xml.value(result + QStringLiteral("DisplayName")), QStringLiteral("Qualys Scanner"));
    QCOMPARE(xml.value(result + QStringLiteral("UserId")), QStringLiteral("2"));
}

void SoapScannerPathTest::searchListsSecretsWithTheirSummary()
{
    const QString token = scannerToken();

    const SoapXml xml(m_soap->call(QStringLiteral("SearchSecrets"),
                                   {{QStringLiteral("token"), token},
                                    {QStringLiteral("searchTerm"), QStringLiteral("app01")},
                                    {QStringLiteral("includeDeleted"), QStringLiteral("false")},
                                    {QStringLiteral("includeRestricted"),
                                     QStringLiteral("true")}})
                              .body);

    const QString summary = SearchPath + QStringLiteral("/SecretSummaries/SecretSummary/");
    QCOMPARE(xml.values(summary + QStringLiteral("SecretName")),
             QStringList{QStringLiteral("Qualys Unix Scan - app01")});
    QCOMPARE(xml.value(summary + QStringLiteral("SecretTypeId")), QStringLiteral("6007"));
    QCOMPARE(xml.value(summary + QStringLiteral("FolderId")), QStringLiteral("3"));
    QCOMPARE(xml.value(summary + QStringLiteral("IsRestricted")), QStringLiteral("false"));
    QVERIFY(!xml.value(summary + QStringLiteral("SecretTypeName")).isEmpty());
}

void SoapScannerPathTest::searchByFolderHonoursSubFolders_data()
{
    QTest::addColumn<int>("folderId");
    QTest::addColumn<bool>("includeSubFolders");
    QTest::addColumn<QStringList>("ids");

    QTest::newRow("databases") << DatabasesFolder << false
                               << QStringList{QStringLiteral("6"), QStringLiteral("4"),
                                              QStringLiteral("5"), QStringLiteral("13")};
    QTest::newRow("top without sub-folders") << ScanCredentialsFolder << false << QStringList();
}

void SoapScannerPathTest::searchByFolderHonoursSubFolders()
{
    QFETCH(int, folderId);
    QFETCH(bool, includeSubFolders);
    QFETCH(QStringList, ids);
    const QString token = scannerToken();

    const SoapXml xml(m_soap->call(QStringLiteral("SearchSecretsByFolder"),
                                   {{QStringLiteral("token"), token},
                                    {QStringLiteral("searchTerm"), QString()},
                                    {QStringLiteral("folderId"), QString::number(folderId)},
                                    {QStringLiteral("includeSubFolders"),
                                     includeSubFolders ? QStringLiteral("true")
                                                       : QStringLiteral("false")},
                                    {QStringLiteral("includeDeleted"), QStringLiteral("false")},
                                    {QStringLiteral("includeRestricted"),
                                     QStringLiteral("true")}})
                              .body);

    QVERIFY(xml.has(ByFolderPath + QStringLiteral("/Errors")));
    QCOMPARE(xml.values(ByFolderPath + QStringLiteral("/SecretSummaries/SecretSummary/SecretId")),
             ids);
}

void SoapScannerPathTest::searchByUnknownFolderIsAnError()
{
    const QString token = scannerToken();

    const SoapXml xml(m_soap->call(QStringLiteral("SearchSecretsByFolder"),
                                   {{QStringLiteral("token"), token},
                                    {QStringLiteral("searchTerm"), QString()},
                                    {QStringLiteral("folderId"), QStringLiteral("999")},
                                    {QStringLiteral("includeSubFolders"), QStringLiteral("true")},
                                    {QStringLiteral("includeDeleted"), QStringLiteral("false")},
                                    {QStringLiteral("includeRestricted"),
                                     QStringLiteral("true")}})
                              .body);

    QCOMPARE(xml.values(ByFolderPath + QStringLiteral("/Errors/string")),
             QStringList{QStringLiteral("The folder does not exist or user does not have "
                                        "access.")});
}

void SoapScannerPathTest::listOnlyIsAccessDenied()
{
    const QString token = scannerToken();

    const SoapXml xml = getSecret(token, ListOnlySecret);

    QCOMPARE(secretErrors(xml), QStringLiteral("Access Denied"));
    QVERIFY(!xml.has(SecretPath + QStringLiteral("/Secret")));
}

void SoapScannerPathTest::unknownSecretIsAccessDenied()
{
    const QString token = scannerToken();

    const SoapXml xml = getSecret(token, 4242);

    QCOMPARE(secretErrors(xml), QStringLiteral("Access Denied"));
}

void SoapScannerPathTest::commentRequiredAnswersSecretErrorFirst()
{
    const QString token = scannerToken();

    const SoapXml xml = getSecret(token, CommentSecret);

    const QString error = SecretPath + QStringLiteral("/SecretError/");
    QCOMPARE(secretErrors(xml), QString());
    QVERIFY(!xml.value(error + QStringLiteral("ErrorCode")).isEmpty());
    QCOMPARE(xml.value(error + QStringLiteral("AllowsResponse")), QStringLiteral("true"));
    QVERIFY(!xml.value(error + QStringLiteral("CommentTitle")).isEmpty());
    QVERIFY(!xml.has(SecretPath + QStringLiteral("/Secret")));
}

void SoapScannerPathTest::commentRequiredOpensWithACodeResponse()
{
    const QString token = scannerToken();
    const QString code = getSecret(token, CommentSecret)
                                 .value(SecretPath + QStringLiteral("/SecretError/ErrorCode"));

    const SoapXml xml = getSecret(token, CommentSecret,
                                  codeResponse(code, QStringLiteral("Weekly scan"),
                                               QStringLiteral("CHG-1")));

    QCOMPARE(secretErrors(xml), QString());
    QVERIFY(!xml.has(SecretPath + QStringLiteral("/SecretError")));
    QCOMPARE(itemValue(xml, QStringLiteral("Password")), QStringLiteral("Cm5&xCv8*bNm1qWe"));
}

void SoapScannerPathTest::restrictionsThatCannotBeAnswered_data()
{
    QTest::addColumn<int>("secretId");

    QTest::newRow("approval") << ApprovalSecret;
    QTest::newRow("doublelock") << DoubleLockSecret;
}

void SoapScannerPathTest::restrictionsThatCannotBeAnswered()
{
    QFETCH(int, secretId);
    const QString token = scannerToken();
    const SoapXml first = getSecret(token, secretId);
    const QString code = first.value(SecretPath + QStringLiteral("/SecretError/ErrorCode"));
    QVERIFY(!code.isEmpty());
    QCOMPARE(first.value(SecretPath + QStringLiteral("/SecretError/AllowsResponse")),
             QStringLiteral("false"));

    // Echoing the code with a comment changes nothing.
    const SoapXml again = getSecret(token, secretId,
                                    codeResponse(code, QStringLiteral("please"), QString()));

    QCOMPARE(again.value(SecretPath + QStringLiteral("/SecretError/ErrorCode")), code);
    QVERIFY(!again.has(SecretPath + QStringLiteral("/Secret")));
}

void SoapScannerPathTest::hiddenLauncherPasswordIsNotHandedToViewers()
{
    const QString scanner = scannerToken();
    const QString owner = m_soap->authenticate(OwnerUser, OwnerPassword);

    const SoapXml viewer = getSecret(scanner, HiddenPasswordSecret);
    const SoapXml editor = getSecret(owner, HiddenPasswordSecret);

    QCOMPARE(secretErrors(viewer), QString());
    QCOMPARE(itemValue(viewer, QStringLiteral("Password")), QString());
    QCOMPARE(itemValue(viewer, QStringLiteral("Username")), QStringLiteral("qualys_local"));
    QCOMPARE(itemValue(editor, QStringLiteral("Password")), QStringLiteral("Hl3!dFg7@hJk9lZx"));
}

void SoapScannerPathTest::settingsAndPermissionsOnlyWhenAsked()
{
    const QString token = scannerToken();

    const SoapXml plain = getSecret(token, WindowsDomainScan);
    const SoapXml full = getSecret(token, WindowsDomainScan, {}, true);

    QVERIFY(!plain.has(SecretPath + QStringLiteral("/Secret/SecretSettings")));
    QVERIFY(!plain.has(SecretPath + QStringLiteral("/Secret/SecretPermissions")));
    QCOMPARE(full.value(SecretPath + QStringLiteral("/Secret/SecretSettings/CheckOutEnabled")),
             QStringLiteral("false"));
    const QString permissions = SecretPath + QStringLiteral("/Secret/SecretPermissions/");
    QCOMPARE(full.value(permissions + QStringLiteral("CurrentUserHasView")),
             QStringLiteral("true"));
    QCOMPARE(full.value(permissions + QStringLiteral("CurrentUserHasEdit")),
             QStringLiteral("false"));
    QVERIFY(full.values(permissions + QStringLiteral("Permissions/Permission/UserOrGroup/Name"))
                    .contains(QStringLiteral("Qualys Scanners")));
}

void SoapScannerPathTest::secretCheckedOutByAnotherIsRefused()
{
    const QString token = scannerToken();

    const SoapXml xml = getSecret(token, HeldByOwnerSecret);

    QVERIFY2(secretErrors(xml).contains(QLatin1String("checked out")),
             qPrintable(secretErrors(xml)));
    QVERIFY(!xml.has(SecretPath + QStringLiteral("/Secret")));
}

void SoapScannerPathTest::checkOutStatusNamesTheHolder()
{
    const QString token = scannerToken();

    const SoapXml xml(m_soap->call(QStringLiteral("GetCheckOutStatus"),
                                   {{QStringLiteral("token"), token},
                                    {QStringLiteral("secretId"),
                                     QString::number(HeldByOwnerSecret)}})
                              .body);

    const QString result = QStringLiteral("GetCheckOutStatusResponse/GetCheckOutStatusResult/");
    QCOMPARE(xml.value(result + QStringLiteral("IsCheckedOut")), QStringLiteral("true"));
    QCOMPARE(xml.value(result + QStringLiteral("CheckOutUserId")), QStringLiteral("4"));
    QCOMPARE(xml.value(result + QStringLiteral("CheckOutUserDisplayName")),
             QStringLiteral("Jane Doe"));
}

void SoapScannerPathTest::getSecretChecksOutAndCheckInChangesThePassword()
{
    const QString scanner = scannerToken();
    const QString owner = m_soap->authenticate(OwnerUser, OwnerPassword);
    QVERIFY(!owner.isEmpty());

    const SoapXml held = getSecret(scanner, CheckOutSecret);
    QCOMPARE(secretErrors(held), QString());
    QCOMPARE(held.value(SecretPath + QStringLiteral("/Secret/IsCheckedOut")),
             QStringLiteral("true"));
    QCOMPARE(held.value(SecretPath + QStringLiteral("/Secret/CheckOutUserId")),
             QStringLiteral("2"));
    const QString before = itemValue(held, QStringLiteral("Password"));
    QCOMPARE(before, QStringLiteral("Co9#cVb4$nMq2wEr"));

    const SoapXml whileHeld = getSecret(owner, CheckOutSecret);
    QVERIFY2(secretErrors(whileHeld).contains(QLatin1String("Qualys Scanner")),
             qPrintable(secretErrors(whileHeld)));

    const SoapXml checkIn(m_soap->call(QStringLiteral("CheckIn"),
                                       {{QStringLiteral("token"), scanner},
                                        {QStringLiteral("secretId"),
                                         QString::number(CheckOutSecret)}})
                                  .body);
    QVERIFY(checkIn.has(QStringLiteral("CheckInResponse/CheckInResult/Errors")));
    QCOMPARE(checkIn.values(QStringLiteral("CheckInResponse/CheckInResult/Errors/string")),
             QStringList());

    const SoapXml after = getSecret(owner, CheckOutSecret);
    QCOMPARE(secretErrors(after), QString());
    const QString changed = itemValue(after, QStringLiteral("Password"));
    QVERIFY(!changed.isEmpty());
    QVERIFY(changed != before);
}

void SoapScannerPathTest::checkInOfASecretNotCheckedOutIsAnError()
{
    const QString token = scannerToken();

    const SoapXml xml(m_soap->call(QStringLiteral("CheckIn"),
                                   {{QStringLiteral("token"), token},
                                    {QStringLiteral("secretId"),
                                     QString::number(CheckOutSecret)}})
                              .body);

    QCOMPARE(xml.values(QStringLiteral("CheckInResponse/CheckInResult/Errors/string")).size(), 1);
}

QTEST_GUILESS_MAIN(SoapScannerPathTest)
#include "SoapScannerPathTest.moc"
