#include "http/SandboxOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cmath>

namespace sandbox {

namespace {

QCommandLineOption option(const char *name, const QString &description, const char *valueName,
                          const QString &defaultValue = {})
{
    return QCommandLineOption(QString::fromLatin1(name), description,
                              QString::fromLatin1(valueName), defaultValue);
}

bool readInteger(const QCommandLineParser &parser, const QString &name, qint64 minimum,
                 qint64 maximum, qint64 *value, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 number = parser.value(name).toLongLong(&ok);
    if (!ok || number < minimum || number > maximum) {
        *error = QStringLiteral("--%1 must be a whole number from %2 to %3")
                         .arg(name)
                         .arg(minimum)
                         .arg(maximum);
        return false;
    }
    *value = number;
    return true;
}

bool readRate(const QCommandLineParser &parser, const QString &name, double *value, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double number = parser.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(number) || number < 0.0 || number > 1.0) {
        *error = QStringLiteral("--%1 must be a number from 0 to 1").arg(name);
        return false;
    }
    *value = number;
    return true;
}

} // namespace

std::optional<SandboxOptions> SandboxOptions::parse(const QStringList &arguments, QString *error)
{
    SandboxOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "A stand-in for Delinea (Thycotic) Secret Server on 127.0.0.1 for ScanVault's "
            "tests and demos. It prints a banner and a SANDBOX_READY line once it listens.\n\n"
            "Simulated Qualys scanner appliance: POST /sandbox-control/scanner/scan (header "
            "X-Sandbox-Control: <token>) with {\"appliance\": \"127.0.0.200\", "
            "\"recordIds\": [1, 6], \"maxHostsPerRecord\": 1} (every field optional) walks "
            "Secret Server's SOAP path (Authenticate, SearchSecrets, GetSecret, CheckIn) for "
            "each vault-backed Qualys record from that loopback source address and answers "
            "Passed or Failed with a cause per record and host."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
            option("http-port",
                   QStringLiteral("Plain HTTP port on 127.0.0.1; 0 picks a free one. "
                                  "Default: %1.")
                           .arg(options.httpPort),
                   "port"),
            option("https-port",
                   QStringLiteral("HTTPS port on 127.0.0.1; 0 picks a free one. Default: %1.")
                           .arg(options.httpsPort),
                   "port"),
            option("cert",
                   QStringLiteral("PEM certificate for HTTPS (needs --key). Default: a "
                                  "self-signed one for 127.0.0.1 and localhost, made at start."),
                   "file"),
            option("key",
                   QStringLiteral("Unencrypted PEM private key (RSA or EC) for --cert. "
                                  "Default: the key of the generated certificate."),
                   "file"),
            option("seed",
                   QStringLiteral("JSON estate (users, folders, secrets) to start from. "
                                  "Default: the built-in example estate."),
                   "file"),
            option("secrets",
                   QStringLiteral("Generate an estate with this many secrets instead of "
                                  "seeding one. Default: 0 (do not generate)."),
                   "count"),
            option("folders",
                   QStringLiteral("Spread generated secrets over this many folders. "
                                  "Default: 0 (the generator's choice)."),
                   "count"),
            option("state",
                   QStringLiteral("Keep the estate's changes in this file across restarts. "
                                  "Default: none, changes are lost on exit."),
                   "file"),
            option("token-lifetime",
                   QStringLiteral("Lifetime of issued access tokens in seconds. Default: 0 "
                                  "(the estate's API session timeout)."),
                   "seconds"),
            option("latency-ms",
                   QStringLiteral("Delay every request by this many milliseconds without "
                                  "holding up others. Default: 0."),
                   "ms"),
            option("fail-rate",
                   QStringLiteral("Share of requests (0 to 1) answered with a 503 error. "
                                  "Default: 0."),
                   "rate"),
            option("drop-rate",
                   QStringLiteral("Share of requests (0 to 1) whose connection is dropped "
                                  "without a reply. Default: 0."),
                   "rate"),
            option("max-body-bytes",
                   QStringLiteral("Refuse request bodies larger than this with 413, before "
                                  "reading them. Default: %1.")
                           .arg(options.maxBodyBytes),
                   "bytes"),
            option("request-timeout-ms",
                   QStringLiteral("Close a connection whose request has not arrived in full "
                                  "this long after its first byte, as HTTP.sys does. "
                                  "Default: %1.")
                           .arg(options.requestTimeoutMs),
                   "ms"),
            option("control-token",
                   QStringLiteral("Token required in the X-Sandbox-Control header of "
                                  "/sandbox-control/ requests. Default: a random one, "
                                  "printed in the ready line."),
                   "token"),
            QCommandLineOption(QStringLiteral("verbose"),
                               QStringLiteral("Log one line per request (method, path, status, "
                                              "duration) to stderr. Default: off.")),
    });
    parser.process(arguments); // exits for --help, --version and unknown options

    qint64 httpPort = options.httpPort;
    qint64 httpsPort = options.httpsPort;
    qint64 secrets = 0;
    qint64 folders = 0;
    qint64 lifetime = 0;
    qint64 latency = 0;
    if (!readInteger(parser, QStringLiteral("http-port"), 0, 65535, &httpPort, error)
        || !readInteger(parser, QStringLiteral("https-port"), 0, 65535, &httpsPort, error)
        || !readInteger(parser, QStringLiteral("secrets"), 0, 10'000'000, &secrets, error)
        || !readInteger(parser, QStringLiteral("folders"), 0, 1'000'000, &folders, error)
        || !readInteger(parser, QStringLiteral("token-lifetime"), 0, 365LL * 24 * 3600, &lifetime,
                        error)
        || !readInteger(parser, QStringLiteral("latency-ms"), 0, FaultSettings::MaxLatencyMs,
                        &latency, error)
        || !readInteger(parser, QStringLiteral("max-body-bytes"), 1, 1LL << 31,
                        &options.maxBodyBytes, error)
        || !readInteger(parser, QStringLiteral("request-timeout-ms"), 100, 3'600'000,
                        &options.requestTimeoutMs, error)
        || !readRate(parser, QStringLiteral("fail-rate"), &options.faults.failRate, error)
        || !readRate(parser, QStringLiteral("drop-rate"), &options.faults.dropRate, error))
        return std::nullopt;
    options.httpPort = static_cast<quint16>(httpPort);
    options.httpsPort = static_cast<quint16>(httpsPort);
    options.secrets = static_cast<int>(secrets);
    options.folders = static_cast<int>(folders);
    options.tokenLifetimeSeconds = static_cast<int>(lifetime);
    options.faults.latencyMs = static_cast<int>(latency);

    options.certificateFile = parser.value(QStringLiteral("cert"));
    options.keyFile = parser.value(QStringLiteral("key"));
    if (options.certificateFile.isEmpty() != options.keyFile.isEmpty()) {
        *error = QStringLiteral("--cert and --key go together");
        return std::nullopt;
    }
    options.seedFile = parser.value(QStringLiteral("seed"));
    options.stateFile = parser.value(QStringLiteral("state"));
    options.controlToken = parser.value(QStringLiteral("control-token")).toUtf8();
    options.verbose = parser.isSet(QStringLiteral("verbose"));
    return options;
}

} // namespace sandbox
