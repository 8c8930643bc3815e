#pragma once

#include <QLoggingCategory>

// scanvault.qualys: requests by method, host and path, and their outcome. Never a password.
Q_DECLARE_LOGGING_CATEGORY(lcQualys)
