#include "checks/ReadinessAssessor.h"

#include "models/EffectiveAccessModel.h"
#include "secretserver/RestClient.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcChecks, "scanvault.checks")

using namespace secretserver;

namespace {
// Enough to see every secret whose name contains the record's, near misses included.
constexpr int CandidatePageSize = 50;
} // namespace

ReadinessAssessor::ReadinessAssessor(RestClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_access(new EffectiveAccessModel(this))
{
    m_access->setClient(client);
}

ReadinessAssessor::~ReadinessAssessor() = default;

void ReadinessAssessor::assess(const QString &vaultAccountName, const QList<RecordTarget> &records)
{
    ++m_generation;
    m_running = true;
    m_queue.clear();
    for (const RecordTarget &record : records)
        m_queue.enqueue(record);
    m_common = RecordFacts();
    m_common.vaultAccountName = vaultAccountName;
    readConfiguration();
}

void ReadinessAssessor::cancel()
{
    ++m_generation;
    m_running = false;
    m_queue.clear();
}

void ReadinessAssessor::readConfiguration()
{
    if (!m_client)
        return fail(tr("Not connected to Secret Server."));

    const quint64 generation = m_generation;
    m_client->configuration(ConfigurationArea::General, this,
                            [this, generation](const Result<ServerConfiguration> &general) {
                                if (!current(generation))
                                    return;
                                if (!general.ok())
                                    return fail(general.message);
                                m_common.webServicesEnabled = general.value.webServicesEnabled();
                                m_client->configuration(
                                        ConfigurationArea::RemotePasswordChanging, this,
                                        [this, generation](const Result<ServerConfiguration> &rpc) {
                                            if (!current(generation))
                                                return;
                                            if (!rpc.ok())
                                                return fail(rpc.message);
                                            m_common.remotePasswordChangingEnabled
                                                    = rpc.value.rpcEnabled()
                                                    && rpc.value.passwordChangeOnCheckInEnabled();
                                            findVaultAccount();
                                        });
                            });
}

void ReadinessAssessor::findVaultAccount()
{
    const quint64 generation = m_generation;
    UserQuery query;
    query.searchText = m_common.vaultAccountName;
    m_client->searchUsers(query, this, [this, generation](const Result<Page<User>> &users) {
        if (!current(generation))
            return;
        if (!users.ok())
            return fail(users.message);
        for (const User &user : users.value.records) {
            if (user.userName.compare(m_common.vaultAccountName, Qt::CaseInsensitive) == 0)
                m_common.vaultAccountUserId = user.id;
        }
        if (m_common.vaultAccountUserId == 0) {
            return fail(tr("Secret Server has no user named \"%1\"; the vault account "
                           "cannot sign in.")
                                .arg(m_common.vaultAccountName));
        }
        next();
    });
}

void ReadinessAssessor::next()
{
    if (m_queue.isEmpty()) {
        m_running = false;
        emit finished(true, {});
        return;
    }
    searchSecrets(m_queue.head());
}

void ReadinessAssessor::searchSecrets(const RecordTarget &record)
{
    const quint64 generation = m_generation;
    SecretQuery query;
    query.searchText = record.secretName.simplified();
    query.includeInactive = true;
    query.includeRestricted = true;
    query.page.take = CandidatePageSize;
    m_client->searchSecrets(query, this,
                            [this, generation, record](const Result<Page<SecretSummary>> &found) {
                                if (!current(generation))
                                    return;
                                if (!found.ok())
                                    return fail(found.message);
                                RecordFacts facts = m_common;
                                facts.recordTitle = record.title;
                                facts.secretName = record.secretName;
                                facts.recordUserName = record.userName;
                                facts.candidates = found.value.records;
                                resolveAccess(record, facts);
                            });
}

void ReadinessAssessor::resolveAccess(const RecordTarget &record, RecordFacts facts)
{
    const RecordReadiness preliminary = RecordReadiness::assess(facts);
    if (!preliminary.secret)
        return deliver(record, facts);

    const quint64 generation = m_generation;
    auto connection = std::make_shared<QMetaObject::Connection>();
    auto failure = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_access, &EffectiveAccessModel::resolved, this,
                          [=, this](const EffectiveAccess &access) mutable {
                              disconnect(*connection);
                              disconnect(*failure);
                              if (!current(generation))
                                  return;
                              facts.vaultAccountAccess = access;
                              deliver(record, facts);
                          });
    *failure = connect(m_access, &RemoteListModel::statusChanged, this,
                       [=, this](RemoteListModel::Status status) {
                           if (status != RemoteListModel::Status::Failed)
                               return;
                           disconnect(*connection);
                           disconnect(*failure);
                           if (current(generation))
                               fail(m_access->errorMessage());
                       });
    const SecretSummary &secret = *preliminary.secret;
    m_access->resolve(m_common.vaultAccountUserId, secret.id, secret.folderId,
                      secret.inheritsPermissions);
}

void ReadinessAssessor::deliver(const RecordTarget &record, const RecordFacts &facts)
{
    m_queue.dequeue();
    const RecordReadiness readiness = RecordReadiness::assess(facts);
    qCDebug(lcChecks) << "record" << record.key << (readiness.isReady() ? "ready" : "blocked");
    emit recordAssessed(record.key, readiness);
    next();
}

void ReadinessAssessor::fail(const QString &message)
{
    m_running = false;
    m_queue.clear();
    emit finished(false, message);
}
