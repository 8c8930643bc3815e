#pragma once

#include <QLoggingCategory>

// sandbox.scanner: the simulated scanner appliance. Names methods, hosts and outcomes only.
Q_DECLARE_LOGGING_CATEGORY(lcSandboxScanner)
