#include "core/ApplicationInfo.h"

namespace ApplicationInfo {

QString name()
{
    return QStringLiteral("ScanVault");
}

QString organisation()
{
    return QStringLiteral("ScanVault");
}

QString version()
{
    return QStringLiteral(SCANVAULT_VERSION);
}

QString keychainService()
{
    return QStringLiteral("org.scanvault.console");
}

} // namespace ApplicationInfo
