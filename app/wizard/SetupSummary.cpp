#include "wizard/SetupSummary.h"

namespace {

QString htmlList(const QString &heading, const QStringList &items)
{
    if (items.isEmpty())
        return {};
    QString html = QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(heading.toHtmlEscaped());
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>\n").arg(item.toHtmlEscaped());
    return html + QStringLiteral("</ul>\n");
}

QString textList(const QString &heading, const QStringList &items)
{
    if (items.isEmpty())
        return {};
    QString text = heading + QLatin1Char('\n');
    for (const QString &item : items)
        text += QStringLiteral("  - ") + item + QLatin1Char('\n');
    return text + QLatin1Char('\n');
}

} // namespace

QString SetupSummary::headline() const
{
    if (nothingChanged() && complete())
        return tr("Everything was already in place; nothing was changed.");
    QStringList parts;
    parts << tr("%n applied", nullptr, int(applied.size()));
    parts << tr("%n already in place", nullptr, int(inPlace.size()));
    if (!failed.isEmpty())
        parts << tr("%n failed", nullptr, int(failed.size()));
    if (!notAttempted.isEmpty())
        parts << tr("%n not applied", nullptr, int(notAttempted.size()));
    return parts.join(QStringLiteral(", "));
}

static QStringList verdictLines(const QList<RecordVerdict> &verdicts)
{
    QStringList lines;
    for (const RecordVerdict &verdict : verdicts) {
        QString line = SetupSummary::tr("%1 (secret %2): %3")
                               .arg(verdict.recordTitle, verdict.secretName,
                                    verdict.passed() ? SetupSummary::tr("Passed")
                                                     : SetupSummary::tr("Failed"));
        if (!verdict.passed()) {
            line += QStringLiteral(" - ") + verdict.finding.title;
            if (!verdict.finding.fix.isEmpty())
                line += QStringLiteral(" ") + SetupSummary::tr("Fix: %1").arg(verdict.finding.fix);
        }
        lines << line;
    }
    return lines;
}

QString SetupSummary::toText() const
{
    QString text = tr("ScanVault setup report") + QLatin1Char('\n') + headline()
            + QStringLiteral("\n\n");
    text += textList(tr("Created or changed:"), applied);
    text += textList(tr("Already in place:"), inPlace);
    text += textList(tr("Failed:"), failed);
    text += textList(tr("Not applied:"), notAttempted);
    text += textList(tr("Scanner path per record:"), verdictLines(verdicts));
    text += textList(tr("Left to do by hand:"), leftByHand);
    return text;
}

QString SetupSummary::toHtml() const
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                                  "<title>%1</title></head><body>\n<h1>%1</h1>\n<p>%2</p>\n")
                           .arg(tr("ScanVault setup report").toHtmlEscaped(),
                                headline().toHtmlEscaped());
    html += htmlList(tr("Created or changed"), applied);
    html += htmlList(tr("Already in place"), inPlace);
    html += htmlList(tr("Failed"), failed);
    html += htmlList(tr("Not applied"), notAttempted);
    html += htmlList(tr("Scanner path per record"), verdictLines(verdicts));
    html += htmlList(tr("Left to do by hand"), leftByHand);
    return html + QStringLiteral("</body></html>\n");
}
