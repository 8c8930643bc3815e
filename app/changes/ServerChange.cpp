#include "changes/ServerChange.h"

#include "changes/ChangesLog.h"

Q_LOGGING_CATEGORY(lcChanges, "scanvault.changes")

using namespace secretserver;

ServerChange::~ServerChange() = default;

CallResult ServerChange::failure(CallStatus status, const QString &message)
{
    CallResult result;
    result.status = status;
    result.message = message;
    return result;
}

QString ServerChange::onOff(bool on)
{
    return on ? tr("on") : tr("off");
}

QString ServerChange::principalText(const Principal &principal)
{
    return principal.isGroup ? tr("group %1").arg(principal.name) : principal.name;
}
