// scanvault-sandbox: Secret Server and Qualys stand-ins on 127.0.0.1 for tests and demos.
#include "http/HttpLogging.h"
#include "http/SandboxOptions.h"
#include "http/SandboxServer.h"
#include "http/TerminationSignals.h"
#include "http/TlsIdentity.h"
#include "qualys/QualysService.h"
#include "scanner/ScannerAppliance.h"
#include "secretserver/SecretServerSandbox.h"
#include "soap/SoapService.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>

namespace {

constexpr int ExitFailure = 1;
constexpr int ExitUsage = 2;

void printLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
}

int fail(const QString &message, int code = ExitFailure)
{
    const QByteArray bytes = QStringLiteral("scanvault-sandbox: %1\n").arg(message).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    return code;
}

QByteArray randomToken()
{
    QByteArray raw(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    return raw.toHex();
}

QString secretServerUrl(const char *scheme, quint16 port)
{
    return QStringLiteral("%1://127.0.0.1:%2/SecretServer").arg(QLatin1String(scheme)).arg(port);
}

void printBanner(const sandbox::SandboxServer &server, const sandbox::TlsIdentity &identity,
                 const sandbox::SandboxOptions &options, const QStringList &accounts,
                 const QByteArray &controlToken)
{
    printLine(QStringLiteral("ScanVault sandbox %1: stand-ins for Delinea Secret Server and Qualys")
                      .arg(QCoreApplication::applicationVersion()));
    printLine(QStringLiteral("  HTTP  on 127.0.0.1:%1  %2")
                      .arg(server.httpPort())
                      .arg(secretServerUrl("http", server.httpPort())));
    printLine(QStringLiteral("  HTTPS on 127.0.0.1:%1  %2")
                      .arg(server.httpsPort())
                      .arg(secretServerUrl("https", server.httpsPort())));
    printLine(
            QStringLiteral("  Qualys API: https://127.0.0.1:%1/api/2.0/").arg(server.httpsPort()));
    printLine(QStringLiteral("  Certificate: %1").arg(identity.certificatePath()));
    printLine(QStringLiteral("  SHA-256 fingerprint: %1").arg(identity.sha256Display()));
    printLine(QStringLiteral("  Faults: latency %1 ms, fail rate %2, drop rate %3; "
                             "max request body %4 bytes")
                      .arg(options.faults.latencyMs)
                      .arg(options.faults.failRate)
                      .arg(options.faults.dropRate)
                      .arg(options.maxBodyBytes));
    printLine(QStringLiteral("  Test switches: /sandbox-control/ with header X-Sandbox-Control"));
    printLine(QStringLiteral("  Scanner appliance: POST /sandbox-control/scanner/scan"));
    printLine(QStringLiteral("Example accounts:"));
    for (const QString &account : accounts)
        printLine(QStringLiteral("  ") + account);

    // The one line tests and scripts read: keep its shape stable.
    const QJsonObject ready { { QStringLiteral("http"), server.httpPort() },
                              { QStringLiteral("https"), server.httpsPort() },
                              { QStringLiteral("sha256"),
                                QString::fromLatin1(identity.sha256Hex()) },
                              { QStringLiteral("certificate"), identity.certificatePath() },
                              { QStringLiteral("control"), QString::fromLatin1(controlToken) } };
    printLine(QStringLiteral("SANDBOX_READY ")
              + QString::fromUtf8(QJsonDocument(ready).toJson(QJsonDocument::Compact)));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("scanvault-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    sandbox::TerminationSignals termination;

    QString error;
    const std::optional<sandbox::SandboxOptions> options
            = sandbox::SandboxOptions::parse(QCoreApplication::arguments(), &error);
    if (!options)
        return fail(error, ExitUsage);
    if (options->verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("sandbox.*.info=true"));

    // The generated certificate lives in a directory that goes with the process.
    QTemporaryDir certificateDirectory;
    std::optional<sandbox::TlsIdentity> identity;
    if (!options->certificateFile.isEmpty())
        identity = sandbox::TlsIdentity::load(options->certificateFile, options->keyFile, &error);
    else if (certificateDirectory.isValid())
        identity = sandbox::TlsIdentity::generate(certificateDirectory.path(), &error);
    else
        error = QStringLiteral("cannot create a temporary directory for the certificate");
    if (!identity)
        return fail(error);

    sandbox::SecretServerOptions estateOptions;
    estateOptions.seedFile = options->seedFile;
    estateOptions.generateSecrets = options->secrets;
    estateOptions.generateFolders = options->folders;
    estateOptions.stateFile = options->stateFile;
    estateOptions.tokenLifetimeSeconds = options->tokenLifetimeSeconds;
    const std::unique_ptr<sandbox::SecretServerSandbox> secretServer
            = sandbox::SecretServerSandbox::create(estateOptions, &error);
    if (!secretServer)
        return fail(error.isEmpty() ? QStringLiteral("cannot build the estate") : error);

    sandbox::TransportOptions transport;
    transport.httpPort = options->httpPort;
    transport.httpsPort = options->httpsPort;
    transport.tls = identity->serverConfiguration();
    transport.maxBodyBytes = options->maxBodyBytes;
    transport.requestTimeoutMs = static_cast<int>(options->requestTimeoutMs);
    transport.faults = options->faults;
    transport.controlToken
            = options->controlToken.isEmpty() ? randomToken() : options->controlToken;

    const std::unique_ptr<sandbox::QualysService> qualys
            = sandbox::QualysService::create(sandbox::QualysOptions(), &error);
    if (!qualys)
        return fail(error.isEmpty() ? QStringLiteral("cannot build the Qualys tenant") : error);

    sandbox::SandboxServer server(transport);
    server.control().addArea(QStringLiteral("secretserver"),
                             [&secretServer](const sandbox::HttpRequest &request) {
                                 return secretServer->control(request);
                             });
    // SOAP goes before REST, whose accepts() takes everything under /SecretServer.
    sandbox::SoapService soap(secretServer->estate());
    server.addService(&soap);
    server.addService(secretServer->restService());
    sandbox::QualysService *qualysService = qualys.get();
    server.addService(qualysService,
                      { [qualysService](const sandbox::HttpRequest &request) {
                           qualysService->callStarted(request);
                       },
                        [qualysService](const sandbox::HttpRequest &request) {
                            qualysService->callFinished(request);
                        } });
    server.control().addArea(QStringLiteral("qualys"),
                             [qualysService](const sandbox::HttpRequest &request) {
                                 return qualysService->control(request);
                             });
    if (!server.start(&error))
        return fail(error);
    qualys->adoptSecretServerPort(server.httpsPort());

    // Declared after the server, so it goes first and never answers into a dead transport.
    sandbox::ScannerAppliance scanner(*qualys, identity->certificate());
    server.control().addAsyncArea(QStringLiteral("scanner"),
                                  [&scanner](const sandbox::HttpRequest &request,
                                             const sandbox::ControlService::Responder &responder) {
                                      scanner.handle(request, responder);
                                  });

    QObject::connect(&termination, &sandbox::TerminationSignals::terminationRequested, &app,
                     [](int signalNumber) {
                         qCInfo(lcSandboxHttp, "signal %d: shutting down", signalNumber);
                         QCoreApplication::quit();
                     });
    printBanner(server, *identity, *options,
                secretServer->exampleAccounts() + qualys->exampleAccounts(),
                transport.controlToken);
    const int exitCode = app.exec();
    qualys->saveNow();
    return exitCode;
}
