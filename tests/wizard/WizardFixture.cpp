#include "WizardFixture.h"

#include "HttpProbe.h"

using namespace secretserver;

namespace {

template<typename T, typename Start> std::optional<T> await(Start start)
{
    std::optional<T> got;
    QObject context;
    start(&context, [&got](const T &reply) { got = reply; });
    if (!QTest::qWaitFor([&got] { return got.has_value(); }, WizardFixture::AnswerMs))
        return std::nullopt;
    return got;
}

} // namespace

bool WizardFixture::start()
{
    if (!m_sandbox.start()) {
        m_error = m_sandbox.errorString();
        return false;
    }
    ConnectionSettings settings;
    settings.serverUrl = m_sandbox.secretServerUrl(true);
    settings.trust.pin(QStringLiteral("127.0.0.1"), m_sandbox.httpsPort(),
                       m_sandbox.sha256Fingerprint());
    m_client = std::make_unique<RestClient>(settings);
    const auto signedIn = await<Result<SessionInfo>>([this](QObject *context, auto done) {
        m_client->signIn({ QStringLiteral("admin"), QString(), QStringLiteral("Sandbox-Admin-1!") },
                         context, done);
    });
    if (!signedIn || !signedIn->ok()) {
        m_error = QStringLiteral("sign-in failed");
        return false;
    }

    qualys::QualysClientSettings qualysSettings;
    qualysSettings.apiUrl = m_sandbox.baseUrl(true);
    qualysSettings.userName = QStringLiteral("qualys-admin");
    qualysSettings.trust.pin(QStringLiteral("127.0.0.1"), m_sandbox.httpsPort(),
                             m_sandbox.sha256Fingerprint());
    m_qualys = std::make_unique<qualys::QualysClient>(qualysSettings);
    m_qualys->setPassword(QStringLiteral("Sandbox-Qualys-Api-1!"));
    return true;
}

bool WizardFixture::emptyQualys()
{
    using namespace qualys;
    const auto ids = await<QualysReply<QMap<AuthRecordType, QList<int>>>>(
            [this](QObject *context, auto done) { m_qualys->listRecordIds(context, done); });
    if (!ids || !ids->ok())
        return false;
    for (auto it = ids->value.cbegin(); it != ids->value.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        const auto deleted = await<QualysReply<QList<int>>>([&](QObject *context, auto done) {
            m_qualys->deleteRecords(it.key(), it.value(), context, done);
        });
        if (!deleted || !deleted->ok())
            return false;
    }
    const auto vaults = await<QualysReply<QList<AuthVault>>>(
            [this](QObject *context, auto done) { m_qualys->listVaults(context, done); });
    if (!vaults || !vaults->ok())
        return false;
    for (const AuthVault &vault : vaults->value) {
        const auto deleted = await<QualysReply<int>>([&](QObject *context, auto done) {
            m_qualys->deleteVault(vault.id, context, done);
        });
        if (!deleted || !deleted->ok())
            return false;
    }
    return true;
}

bool WizardFixture::setFailRate(double failRate)
{
    const QByteArray body
            = "{\"latencyMs\":0,\"failRate\":" + QByteArray::number(failRate) + ",\"dropRate\":0}";
    HttpProbe probe(m_sandbox);
    const ProbeReply reply
            = probe.send(QByteArrayLiteral("PUT"), QStringLiteral("/sandbox-control/faults"), body,
                         QByteArrayLiteral("application/json"),
                         { { QByteArrayLiteral("X-Sandbox-Control"), m_sandbox.controlToken() } });
    return reply.status >= 200 && reply.status < 300;
}

bool WizardFixture::configure(ConfigurationArea area, const QString &section, const QString &field,
                              bool value)
{
    const auto changed = await<Result<ServerConfiguration>>([&](QObject *context, auto done) {
        m_client->updateConfiguration(area, { ConfigurationChange { section, field, value } },
                                      context, done);
    });
    return changed && changed->ok();
}

bool WizardFixture::run(SetupController &controller, const std::function<void()> &start, bool *ok,
                        QString *message)
{
    QSignalSpy finished(&controller, &SetupController::stepFinished);
    start();
    if (finished.isEmpty() && !finished.wait(AnswerMs))
        return false;
    if (ok)
        *ok = finished.first().at(1).toBool();
    if (message)
        *message = finished.first().at(2).toString();
    return true;
}

bool WizardFixture::choose(SetupController &controller, const QString &folder)
{
    bool ok = false;
    QString message;
    const auto step = [&](const std::function<void()> &start, const char *what) {
        if (!run(controller, start, &ok, &message) || !ok) {
            qWarning("step %s failed: %s", what, qPrintable(message));
            return false;
        }
        return true;
    };
    if (!step([&] { controller.checkServer(); }, "server"))
        return false;
    controller.setAccount(ServiceAccount { Principal { false, ScannerUserId, Scanner },
                                           ScannerUserId, Scanner, true });
    controller.setApplianceAddresses({ QStringLiteral("127.0.0.1") });
    if (!step([&] { controller.checkAccount(); }, "account"))
        return false;
    controller.setFolderName(folder);
    if (!step([&] { controller.checkFolder(); }, "folder"))
        return false;
    if (!step([&] { controller.loadSecrets(); }, "secrets"))
        return false;
    controller.setSecrets(
            { controller.newSecret(
                      QStringLiteral("Windows Account"), folder + QStringLiteral(" win01"),
                      { { QStringLiteral("machine"), QStringLiteral("win01") },
                        { QStringLiteral("username"), QStringLiteral("scan-win") },
                        { QStringLiteral("password"), QStringLiteral("Wiz-Win-Pass-1!") } }),
              controller.newSecret(
                      QStringLiteral("Unix Account (SSH)"), folder + QStringLiteral(" app01"),
                      { { QStringLiteral("machine"), QStringLiteral("app01") },
                        { QStringLiteral("username"), QStringLiteral("scan-unix") },
                        { QStringLiteral("password"), QStringLiteral("Wiz-Unix-Pass-1!") } }) });
    controller.setRotation(RotationChoice { true, 120 });
    controller.setQualysClient(m_qualys.get());
    VaultChoice vault;
    vault.title = QStringLiteral("Wizard Secret Server");
    vault.url = SetupController::webServicesUrl(m_client->settings().serverUrl);
    vault.userName = Scanner;
    vault.password = ScannerPassword;
    controller.setVault(vault);
    if (!step([&] { controller.loadQualys(); }, "qualys"))
        return false;
    QList<RecordChoice> records = controller.proposedRecords();
    for (int i = 0; i < records.size(); ++i)
        records[i].ips = QStringLiteral("10.77.0.%1").arg(i + 1);
    controller.setRecords(records);
    return records.size() == 2;
}
