#include "secretserver/AuditRecord.h"

#include "secretserver/JsonRead.h"

namespace secretserver {

AuditRecord AuditRecord::fromJson(const QJsonObject &object)
{
    // Secret audits and user audits name the same facts differently (reference §9).
    AuditRecord record;
    record.id = json::integer(object, QStringLiteral("id"));
    if (record.id == 0)
        record.id = json::integer(object, QStringLiteral("auditSecretId"));
    record.action = json::string(object, QStringLiteral("action"));
    record.actionForDisplay = json::string(object, QStringLiteral("actionForDisplay"));
    record.userName = json::string(object, QStringLiteral("username"));
    record.displayName = json::string(object, QStringLiteral("byUserDisplayName"));
    if (record.displayName.isEmpty())
        record.displayName = json::string(object, QStringLiteral("displayName"));
    record.date = json::dateTime(object, QStringLiteral("dateRecorded"));
    record.notes = json::string(object, QStringLiteral("notes"));
    record.ipAddress = json::string(object, QStringLiteral("ipAddress"));
    record.machineName = json::string(object, QStringLiteral("machineName"));
    record.userId = json::integer(object, QStringLiteral("userId"));
    record.displayNameAffected = json::string(object, QStringLiteral("displayNameAffected"));
    if (record.actionForDisplay.isEmpty())
        record.actionForDisplay = record.action;
    return record;
}

} // namespace secretserver
