#include "changes/ChangeRunner.h"

#include "changes/ChangesLog.h"
#include "secretserver/RestClient.h"

#include <algorithm>

using namespace secretserver;

ChangeRunner::ChangeRunner(RestClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

ChangeRunner::~ChangeRunner() = default;

void ChangeRunner::addChange(std::unique_ptr<ServerChange> change)
{
    if (m_running)
        return;
    m_changes.push_back(std::move(change));
    m_reports.append(Report{});
}

void ChangeRunner::readAll()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelRequested = false;
    m_phase = Phase::Reading;
    readNext(0);
}

void ChangeRunner::apply()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelRequested = false;
    m_phase = Phase::Applying;
    for (Report &report : m_reports)
        report = Report{};
    applyNext(0);
}

void ChangeRunner::cancel()
{
    // The call in flight ends on its own: aborting a write could leave the server changed
    // without the report saying so.
    if (m_running)
        m_cancelRequested = true;
}

void ChangeRunner::readNext(int index)
{
    if (index >= count() || m_cancelRequested || !m_client) {
        m_running = false;
        m_phase = Phase::Idle;
        if (index >= count())
            emit previewReady();
        else {
            CallResult cancelled;
            cancelled.status = CallStatus::Cancelled;
            cancelled.message = tr("Cancelled.");
            emit previewFailed(index, cancelled);
        }
        return;
    }

    emit progress(index, count(), tr("Reading: %1").arg(change(index)->title()));
    change(index)->read(m_client, this, [this, index](const CallResult &result) {
        if (!result.ok()) {
            qCInfo(lcChanges) << "read failed for change" << index << callStatusName(result.status);
            m_running = false;
            m_phase = Phase::Idle;
            emit previewFailed(index, result);
            return;
        }
        readNext(index + 1);
    });
}

void ChangeRunner::applyNext(int index)
{
    if (index >= count() || m_cancelRequested || !m_client) {
        endRun();
        return;
    }

    emit progress(index, count(), tr("Checking: %1").arg(change(index)->title()));
    // Read again right before writing: the preview may be stale, and an unchanged server
    // must see no write at all.
    change(index)->read(m_client, this, [this, index](const CallResult &read) {
        if (!read.ok()) {
            finishChange(index, ChangeOutcome::Failed, read);
            return;
        }
        if (change(index)->isInPlace()) {
            finishChange(index, ChangeOutcome::AlreadyInPlace, read);
            return;
        }
        emit progress(index, count(), tr("Applying: %1").arg(change(index)->title()));
        change(index)->apply(m_client, this, [this, index](const CallResult &written) {
            if (!written.ok()) {
                finishChange(index, ChangeOutcome::Failed, written);
                return;
            }
            confirm(index);
        });
    });
}

void ChangeRunner::confirm(int index)
{
    emit progress(index, count(), tr("Confirming: %1").arg(change(index)->title()));
    change(index)->read(m_client, this, [this, index](const CallResult &reread) {
        if (!reread.ok()) {
            CallResult failed = reread;
            failed.message = tr("The change was sent, but reading it back failed: %1")
                                     .arg(reread.message);
            finishChange(index, ChangeOutcome::Failed, failed);
            return;
        }
        if (!change(index)->isInPlace()) {
            CallResult failed;
            failed.status = CallStatus::InvalidReply;
            failed.message = tr("The server accepted the change but does not show it.");
            finishChange(index, ChangeOutcome::Failed, failed);
            return;
        }
        finishChange(index, ChangeOutcome::Applied, reread);
    });
}

void ChangeRunner::finishChange(int index, ChangeOutcome outcome, const CallResult &result)
{
    m_reports[index].outcome = outcome;
    if (outcome == ChangeOutcome::Failed)
        m_reports[index].result = result;
    qCInfo(lcChanges) << "change" << index << "ended" << int(outcome)
                      << callStatusName(result.status);
    emit changeFinished(index, outcome);

    if (outcome == ChangeOutcome::Failed) {
        endRun();
        return;
    }
    applyNext(index + 1);
}

void ChangeRunner::endRun()
{
    m_running = false;
    m_phase = Phase::Idle;
    emit finished(failedCount() == 0 && notAttemptedCount() == 0);
}

bool ChangeRunner::everythingInPlace() const
{
    for (const auto &change : m_changes) {
        if (!change->isInPlace())
            return false;
    }
    return true;
}

int ChangeRunner::countOf(ChangeOutcome outcome) const
{
    return int(std::count_if(m_reports.cbegin(), m_reports.cend(), [outcome](const Report &report) {
        return report.outcome == outcome;
    }));
}

QString ChangeRunner::outcomeText(ChangeOutcome outcome)
{
    switch (outcome) {
    case ChangeOutcome::NotAttempted:
        return tr("not attempted");
    case ChangeOutcome::Applied:
        return tr("applied");
    case ChangeOutcome::AlreadyInPlace:
        return tr("already in place");
    case ChangeOutcome::Failed:
        return tr("failed");
    }
    return {};
}

QString ChangeRunner::summary() const
{
    if (count() > 0 && inPlaceCount() == count())
        return tr("Nothing changed: every change was already in place.");

    QStringList parts;
    if (appliedCount() > 0)
        parts << tr("%n applied", nullptr, appliedCount());
    if (inPlaceCount() > 0)
        parts << tr("%n already in place", nullptr, inPlaceCount());
    for (const Report &report : m_reports) {
        if (report.outcome == ChangeOutcome::Failed)
            parts << tr("1 failed (%1)").arg(report.result.message);
    }
    if (notAttemptedCount() > 0)
        parts << tr("%n not attempted", nullptr, notAttemptedCount());
    return parts.join(QStringLiteral(", "));
}
