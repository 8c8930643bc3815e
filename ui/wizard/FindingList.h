#pragma once

#include "checks/Finding.h"

#include <QListWidget>

// A read-only list of findings, worst first: severity, title, why and where to fix it, one
// entry each. Reused by every page of the setup wizard that explains a problem.
class FindingList : public QListWidget
{
    Q_OBJECT

public:
    explicit FindingList(const QString &accessibleName, QWidget *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    void setMessage(const QString &message); // "Checking…", an error
};
