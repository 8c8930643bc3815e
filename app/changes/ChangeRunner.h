#pragma once

#include "changes/ServerChange.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

// How one change of a set ended.
enum class ChangeOutcome {
    NotAttempted,   // not reached: an earlier change failed, or the run was cancelled
    Applied,        // written and confirmed by reading the server again
    AlreadyInPlace, // the server already showed it; nothing was sent
    Failed,         // the read, the write or the confirmation failed; see message
};

// Reads and applies a list of ServerChanges in order, one call at a time, asynchronously.
// Owns the changes. Stops at the first failure; cancel() lets the call in flight end (a write
// is never abandoned half-way) and leaves the rest not attempted.
class ChangeRunner : public QObject
{
    Q_OBJECT

public:
    struct Report
    {
        ChangeOutcome outcome = ChangeOutcome::NotAttempted;
        secretserver::CallResult result; // the failing call for Failed
    };

    explicit ChangeRunner(secretserver::RestClient *client, QObject *parent = nullptr);
    ~ChangeRunner() override;

    void addChange(std::unique_ptr<ServerChange> change);
    int count() const { return int(m_changes.size()); }
    ServerChange *change(int index) const { return m_changes.at(size_t(index)).get(); }
    const Report &report(int index) const { return m_reports.at(index); }
    bool isRunning() const { return m_running; }

    // Reads every change for its preview; previewReady() or previewFailed() follows.
    void readAll();
    // Re-reads and applies each change in order; finished() follows.
    void apply();
    void cancel();

    int appliedCount() const { return countOf(ChangeOutcome::Applied); }
    int inPlaceCount() const { return countOf(ChangeOutcome::AlreadyInPlace); }
    int failedCount() const { return countOf(ChangeOutcome::Failed); }
    int notAttemptedCount() const { return countOf(ChangeOutcome::NotAttempted); }
    bool everythingInPlace() const; // after readAll(): nothing would be sent
    // "2 applied, 1 already in place, 1 failed (…), 1 not attempted", translated.
    QString summary() const;
    static QString outcomeText(ChangeOutcome outcome);

signals:
    void previewReady();
    void previewFailed(int index, const secretserver::CallResult &result);
    void progress(int index, int count, const QString &step);
    void changeFinished(int index, ChangeOutcome outcome);
    void finished(bool allDone);

private:
    enum class Phase { Idle, Reading, Applying };

    void readNext(int index);
    void applyNext(int index);
    void confirm(int index);
    void finishChange(int index, ChangeOutcome outcome, const secretserver::CallResult &result);
    void endRun();
    int countOf(ChangeOutcome outcome) const;

    QPointer<secretserver::RestClient> m_client;
    std::vector<std::unique_ptr<ServerChange>> m_changes;
    QList<Report> m_reports;
    Phase m_phase = Phase::Idle;
    bool m_running = false;
    bool m_cancelRequested = false;
};
