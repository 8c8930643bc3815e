#pragma once

#include "checks/Finding.h"

#include <QCoreApplication>
#include <QStringList>

// How the scanner's path went for one record (page 9).
struct RecordVerdict
{
    int recordId = 0;
    QString recordTitle;
    QString secretName;
    Finding finding; // "scanner-path.passed" when the password came back

    bool passed() const { return finding.severity != Finding::Severity::Blocker; }
};

// What the setup did, as the last page shows it and the report exports it: change titles,
// verdicts and what is left to do by hand. Holds no secret value, so it can be saved as is.
struct SetupSummary
{
    Q_DECLARE_TR_FUNCTIONS(SetupSummary)

public:
    QStringList applied; // created or changed by this run
    QStringList inPlace; // found as wanted; nothing sent
    QStringList failed; // with the reason
    QStringList notAttempted; // the run stopped before them
    QStringList leftByHand; // findings the console cannot fix
    QList<RecordVerdict> verdicts;
    bool verified = false;

    bool nothingChanged() const { return applied.isEmpty() && failed.isEmpty(); }
    bool complete() const { return failed.isEmpty() && notAttempted.isEmpty(); }
    // One line: "3 applied, 5 already in place, ...".
    QString headline() const;
    QString toText() const;
    QString toHtml() const;
};
