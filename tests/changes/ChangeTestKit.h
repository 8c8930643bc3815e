#pragma once

#include "changes/ChangeRunner.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

// Wraps a change and counts how often the runner asked it to write, so a test can show
// that a repeated run sends no write at all.
class CountingChange : public ServerChange
{
public:
    CountingChange(std::unique_ptr<ServerChange> inner, int *applies)
        : m_inner(std::move(inner)), m_applies(applies)
    {
    }

    QString title() const override { return m_inner->title(); }
    void read(secretserver::RestClient *client, QObject *context, Done done) override
    {
        m_inner->read(client, context, std::move(done));
    }
    bool isInPlace() const override { return m_inner->isInPlace(); }
    QStringList preview() const override { return m_inner->preview(); }
    QStringList warnings() const override { return m_inner->warnings(); }
    void apply(secretserver::RestClient *client, QObject *context, Done done) override
    {
        ++*m_applies;
        m_inner->apply(client, context, std::move(done));
    }

private:
    std::unique_ptr<ServerChange> m_inner;
    int *m_applies;
};

constexpr int RunMs = 30000;

// Runs apply() on a fresh runner holding the given changes; true when finished() came.
inline bool runToEnd(ChangeRunner &runner)
{
    QSignalSpy finished(&runner, &ChangeRunner::finished);
    runner.apply();
    return finished.wait(RunMs) || finished.count() > 0;
}

inline bool readToEnd(ChangeRunner &runner)
{
    QSignalSpy ready(&runner, &ChangeRunner::previewReady);
    QSignalSpy failed(&runner, &ChangeRunner::previewFailed);
    runner.readAll();
    return QTest::qWaitFor([&] { return ready.count() + failed.count() > 0; }, RunMs)
            && ready.count() == 1;
}
