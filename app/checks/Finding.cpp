#include "checks/Finding.h"

#include <algorithm>

QString Finding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return tr("Information");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Blocker:
        return tr("Blocker");
    }
    return {};
}

Finding::Severity worstSeverity(const QList<Finding> &findings)
{
    Finding::Severity worst = Finding::Severity::Info;
    for (const Finding &finding : findings)
        worst = std::max(worst, finding.severity);
    return worst;
}

bool hasBlocker(const QList<Finding> &findings)
{
    return worstSeverity(findings) == Finding::Severity::Blocker;
}
