#pragma once

#include <QObject>

class QSocketNotifier;

namespace sandbox {

// Turns SIGTERM and SIGINT into a Qt signal on the event loop (through a self-pipe), so the
// sandbox can stop listening and save its state before exiting. One per process.
class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    bool isInstalled() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void drain();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace sandbox
