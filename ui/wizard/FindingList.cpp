#include "wizard/FindingList.h"

#include <algorithm>

FindingList::FindingList(const QString &accessibleName, QWidget *parent) : QListWidget(parent)
{
    setAccessibleName(accessibleName);
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setMinimumHeight(120);
}

void FindingList::setFindings(const QList<Finding> &findings)
{
    clear();
    QList<Finding> sorted = findings;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Finding &a, const Finding &b) {
        return int(a.severity) > int(b.severity);
    });
    if (sorted.isEmpty()) {
        addItem(tr("No problems found."));
        return;
    }
    for (const Finding &finding : std::as_const(sorted)) {
        QString text = QStringLiteral("%1: %2").arg(Finding::severityName(finding.severity),
                                                    finding.title);
        if (!finding.detail.isEmpty())
            text += QLatin1Char('\n') + finding.detail;
        if (!finding.fix.isEmpty())
            text += QLatin1Char('\n') + tr("Fix: %1").arg(finding.fix);
        auto *item = new QListWidgetItem(text, this);
        item->setData(Qt::UserRole, finding.code);
        item->setData(Qt::AccessibleTextRole, text);
    }
}

void FindingList::setMessage(const QString &message)
{
    clear();
    addItem(message);
}
