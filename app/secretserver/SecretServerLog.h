#pragma once

#include <QLoggingCategory>

// "scanvault.secretserver": method, host, path and status of each call; never a query value,
// body, token, password or field value.
Q_DECLARE_LOGGING_CATEGORY(lcSecretServer)
