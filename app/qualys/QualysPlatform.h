#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace qualys {

// One Qualys platform the console knows by name: its API server ("qualysapi" host).
// uncertain marks rows the reference does not confirm; the editor says so next to them.
struct QualysPlatform
{
    QString key; // stable, stored in settings: "US1", "EU3", ...
    QString label; // shown to people
    QUrl apiUrl; // https://qualysapi...
    bool uncertain = false;
};

// The known API servers by region, reference §1.1 (qualys-api.md). Every row lives in this one
// table; rows marked uncertain there ([U]) are marked here too so they can be corrected after
// a check against a real tenant. "Custom" is not in the table: any https:// URL may be typed.
const QList<QualysPlatform> &knownPlatforms();
std::optional<QualysPlatform> platformByKey(const QString &key);

// The settings key of a connection that uses a typed URL instead of a known platform.
inline const QString CustomPlatformKey = QStringLiteral("custom");

} // namespace qualys
