#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// One verdict of an integration check: what is wrong (or worth knowing), why it matters
// to an unattended scan, and what fixes it. Texts are translated; none carries a secret
// value, so findings can be shown, logged and exported as they are.
struct Finding
{
    Q_DECLARE_TR_FUNCTIONS(Finding)

public:
    enum class Severity {
        Info, // worth knowing, does not affect the scan
        Warning, // the scan may still authenticate, or will fail later
        Blocker, // the scanner will not get the password
    };

    Severity severity = Severity::Info;
    QString code; // stable identifier, e.g. "secret.not-found"; for filters and exports
    QString title; // one line
    QString detail; // why it matters
    QString fix; // what to do, and where

    static QString severityName(Severity severity);
};

// The worst severity among findings; Info when there are none.
Finding::Severity worstSeverity(const QList<Finding> &findings);
bool hasBlocker(const QList<Finding> &findings);
