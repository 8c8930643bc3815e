#include "wizard/QualysChangeRunner.h"

#include "qualys/QualysClient.h"
#include "wizard/WizardLog.h"

using namespace qualys;

QualysChangeRunner::QualysChangeRunner(QualysClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

QualysChangeRunner::~QualysChangeRunner() = default;

void QualysChangeRunner::addChange(std::unique_ptr<QualysChange> change)
{
    m_changes.push_back(std::move(change));
    m_reports.append(Report {});
}

int QualysChangeRunner::countOf(ChangeOutcome outcome) const
{
    return int(std::count_if(m_reports.cbegin(), m_reports.cend(), [outcome](const Report &report) {
        return report.outcome == outcome;
    }));
}

void QualysChangeRunner::readAll()
{
    m_running = true;
    m_cancelRequested = false;
    readNext(0);
}

void QualysChangeRunner::readNext(int index)
{
    if (index >= count() || !m_client) {
        m_running = false;
        emit previewReady();
        return;
    }
    change(index)->read(m_client, this, [this, index](const QualysResult &result) {
        if (!result.ok()) {
            m_running = false;
            qCInfo(lcWizard) << "Qualys read failed for change" << index
                             << qualysStatusName(result.status);
            emit previewFailed(index, result);
            return;
        }
        readNext(index + 1);
    });
}

void QualysChangeRunner::apply()
{
    for (Report &report : m_reports)
        report = Report {};
    m_running = true;
    m_cancelRequested = false;
    applyNext(0);
}

void QualysChangeRunner::cancel()
{
    m_cancelRequested = true;
}

void QualysChangeRunner::applyNext(int index)
{
    if (index >= count() || m_cancelRequested || !m_client) {
        m_running = false;
        emit finished(index >= count());
        return;
    }
    emit progress(index, count(), change(index)->title());
    change(index)->read(m_client, this, [this, index](const QualysResult &read) {
        if (!read.ok()) {
            finishChange(index, ChangeOutcome::Failed, read);
            return;
        }
        if (change(index)->isInPlace()) {
            finishChange(index, ChangeOutcome::AlreadyInPlace, read);
            return;
        }
        change(index)->apply(m_client, this, [this, index](const QualysResult &written) {
            if (!written.ok()) {
                finishChange(index, ChangeOutcome::Failed, written);
                return;
            }
            change(index)->read(m_client, this, [this, index](const QualysResult &reread) {
                finishChange(index,
                             reread.ok() && change(index)->isInPlace() ? ChangeOutcome::Applied
                                                                       : ChangeOutcome::Failed,
                             reread.ok() ? QualysResult {} : reread);
            });
        });
    });
}

void QualysChangeRunner::finishChange(int index, ChangeOutcome outcome, const QualysResult &result)
{
    m_reports[index].outcome = outcome;
    m_reports[index].result = result;
    if (outcome == ChangeOutcome::Failed && result.ok()) {
        m_reports[index].result.status = QualysStatus::InvalidReply;
        m_reports[index].result.message
                = tr("Qualys accepted the change, but reading it back does not show it.");
    }
    qCInfo(lcWizard) << "Qualys change" << index << "ended" << int(outcome);
    emit changeFinished(index, outcome);
    if (outcome == ChangeOutcome::Failed) {
        m_running = false;
        emit finished(false);
        return;
    }
    applyNext(index + 1);
}
