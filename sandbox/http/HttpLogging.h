#pragma once

#include <QLoggingCategory>

// "sandbox.http": what the transport did with each request and connection. Never bodies,
// tokens or Authorization headers.
Q_DECLARE_LOGGING_CATEGORY(lcSandboxHttp)
