#include "wizard/DeferredChange.h"

using namespace secretserver;

DeferredChange::DeferredChange(const QString &title, const QStringList &pendingPreview,
                               Factory make)
    : m_title(title), m_pendingPreview(pendingPreview), m_make(std::move(make))
{
}

DeferredChange::~DeferredChange() = default;

QString DeferredChange::title() const
{
    return m_real ? m_real->title() : m_title;
}

void DeferredChange::read(RestClient *client, QObject *context, Done done)
{
    if (!m_real)
        m_real = m_make();
    if (!m_real) {
        done(CallResult {}); // nothing to read yet: the target is made earlier in the run
        return;
    }
    m_real->read(client, context, std::move(done));
}

bool DeferredChange::isInPlace() const
{
    return m_real && m_real->isInPlace();
}

QStringList DeferredChange::preview() const
{
    return m_real ? m_real->preview() : m_pendingPreview;
}

QStringList DeferredChange::warnings() const
{
    return m_real ? m_real->warnings() : QStringList();
}

void DeferredChange::apply(RestClient *client, QObject *context, Done done)
{
    if (!m_real) {
        done(failure(
                CallStatus::NotFound,
                tr("%1: what it applies to was not created, so it was not changed.").arg(m_title)));
        return;
    }
    m_real->apply(client, context, std::move(done));
}
