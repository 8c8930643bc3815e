#include "qualys/QualysPlatform.h"

namespace qualys {

namespace {

QualysPlatform row(const char *key, const char *url, bool uncertain = false)
{
    const QString name = QLatin1String(key);
    return { name, name, QUrl(QLatin1String(url)), uncertain };
}

} // namespace

const QList<QualysPlatform> &knownPlatforms()
{
    // Reference §1.1. [U] rows: EU3 (.it or .qg3.apps.qualys.eu) and KSA1 (.qualysksa.com or
    // .qualys.sa); the [S2] rows are kept as the reference lists them.
    static const QList<QualysPlatform> platforms {
        row("US1", "https://qualysapi.qualys.com"),
        row("US2", "https://qualysapi.qg2.apps.qualys.com"),
        row("US3", "https://qualysapi.qg3.apps.qualys.com"),
        row("US4", "https://qualysapi.qg4.apps.qualys.com"),
        row("EU1", "https://qualysapi.qualys.eu"),
        row("EU2", "https://qualysapi.qg2.apps.qualys.eu"),
        row("EU3", "https://qualysapi.qg3.apps.qualys.it", true),
        row("IN1", "https://qualysapi.qg1.apps.qualys.in"),
        row("CA1", "https://qualysapi.qg1.apps.qualys.ca"),
        row("AE1", "https://qualysapi.qg1.apps.qualys.ae"),
        row("UK1", "https://qualysapi.qg1.apps.qualys.co.uk"),
        row("AU1", "https://qualysapi.qg1.apps.qualys.com.au"),
        row("KSA1", "https://qualysapi.qg1.apps.qualysksa.com", true),
    };
    return platforms;
}

std::optional<QualysPlatform> platformByKey(const QString &key)
{
    for (const QualysPlatform &platform : knownPlatforms()) {
        if (platform.key == key)
            return platform;
    }
    return std::nullopt;
}

} // namespace qualys
