#pragma once

#include "changes/ServerChange.h"

#include <functional>
#include <memory>

// A change about an object an earlier change of the same run creates (a folder, a secret):
// until that object exists it previews what will happen; once it does (at apply time the
// runner re-reads each change in order) it builds the real change and hands everything to it.
class DeferredChange : public ServerChange
{
public:
    // make() returns the real change, or nullptr while its target does not exist yet.
    using Factory = std::function<std::unique_ptr<ServerChange>()>;

    DeferredChange(const QString &title, const QStringList &pendingPreview, Factory make);
    ~DeferredChange() override;

    QString title() const override;
    void read(secretserver::RestClient *client, QObject *context, Done done) override;
    bool isInPlace() const override;
    QStringList preview() const override;
    QStringList warnings() const override;
    void apply(secretserver::RestClient *client, QObject *context, Done done) override;

private:
    QString m_title;
    QStringList m_pendingPreview;
    Factory m_make;
    std::unique_ptr<ServerChange> m_real;
};
