#pragma once

#include <QLoggingCategory>

// "scanvault.wizard": which step of the setup ran and how it ended; never a password, a
// field value or a request body.
Q_DECLARE_LOGGING_CATEGORY(lcWizard)
