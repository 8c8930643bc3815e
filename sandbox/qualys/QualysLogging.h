#pragma once

#include <QLoggingCategory>

// "sandbox.qualys": which Qualys call arrived, who made it and how it ended. Never passwords,
// Authorization headers or parameter values.
Q_DECLARE_LOGGING_CATEGORY(lcSandboxQualys)
