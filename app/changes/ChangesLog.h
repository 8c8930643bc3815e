#pragma once

#include <QLoggingCategory>

// "scanvault.changes": which change ran against which object id and how it ended; never a
// field value, a password or a request body.
Q_DECLARE_LOGGING_CATEGORY(lcChanges)
