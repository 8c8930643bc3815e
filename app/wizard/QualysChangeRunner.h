#pragma once

#include "changes/ChangeRunner.h"
#include "wizard/QualysChange.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <vector>

// Reads and applies QualysChanges in order, one call at a time, like ChangeRunner does for
// Secret Server. Owns the changes; stops at the first failure; cancel() lets the call in
// flight end and leaves the rest not attempted.
class QualysChangeRunner : public QObject
{
    Q_OBJECT

public:
    struct Report
    {
        ChangeOutcome outcome = ChangeOutcome::NotAttempted;
        qualys::QualysResult result;
    };

    explicit QualysChangeRunner(qualys::QualysClient *client, QObject *parent = nullptr);
    ~QualysChangeRunner() override;

    void addChange(std::unique_ptr<QualysChange> change);
    int count() const { return int(m_changes.size()); }
    QualysChange *change(int index) const { return m_changes.at(size_t(index)).get(); }
    const Report &report(int index) const { return m_reports.at(index); }
    bool isRunning() const { return m_running; }

    void readAll(); // previewReady() or previewFailed()
    void apply(); // finished()
    void cancel();

    int countOf(ChangeOutcome outcome) const;

signals:
    void previewReady();
    void previewFailed(int index, const qualys::QualysResult &result);
    void progress(int index, int count, const QString &step);
    void changeFinished(int index, ChangeOutcome outcome);
    void finished(bool allDone);

private:
    void readNext(int index);
    void applyNext(int index);
    void finishChange(int index, ChangeOutcome outcome, const qualys::QualysResult &result);

    QPointer<qualys::QualysClient> m_client;
    std::vector<std::unique_ptr<QualysChange>> m_changes;
    QList<Report> m_reports;
    bool m_running = false;
    bool m_cancelRequested = false;
};
