#pragma once

#include "http/TransportFaults.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace sandbox {

// Everything scanvault-sandbox is started with. The estate options are passed on to the
// Secret Server half unchanged; the rest configure the transport.
struct SandboxOptions
{
    quint16 httpPort = 5080;
    quint16 httpsPort = 5443;
    QString certificateFile;
    QString keyFile;
    qint64 maxBodyBytes = 4 * 1024 * 1024;
    qint64 requestTimeoutMs = 120 * 1000;
    FaultSettings faults;
    QByteArray controlToken; // empty: a random one is made at start
    bool verbose = false;

    QString seedFile;
    int secrets = 0;
    int folders = 0;
    QString stateFile;
    int tokenLifetimeSeconds = 0;

    // Parses arguments (argv with the program name first). --help and --version print and
    // exit; a bad value gives std::nullopt and the reason.
    static std::optional<SandboxOptions> parse(const QStringList &arguments, QString *error);
};

} // namespace sandbox
